// The period grid: for every role but the beheerder, figures exist only for whole calendar quarters,
// half-years and years (and the periods of the covenant's own evaluation calendar), with the
// reference date (peildatum) fixed by the period and the data date. Any other range would let a
// reader subtract one answer from another until a single day, and a single person, remains; on a
// fixed grid only a fixed, small number of groups can ever be asked about (docs/disclosure-control.md).
import { addDays } from '@uitstroom/db/dates';
import { periodOf, type Granularity, type Period } from './periods.ts';

const GRANULARITIES: readonly Granularity[] = ['quarter', 'half_year', 'year'];

/** A period a protected viewer may ask about that is not a calendar period (an evaluation period). */
export interface OwnPeriod {
  code: string;
  from: string;
  to: string;
}

/** The calendar period [from, to] is exactly, or null. */
export function calendarPeriod(from: string, to: string): Period | null {
  for (const granularity of GRANULARITIES) {
    const period = periodOf(from, granularity);
    if (period.start === from && period.end === to) return period;
  }
  return null;
}

const describe = (p: Period) => `${p.code} (${p.start} to ${p.end})`;

/** What to say when [from, to] is off the grid: the calendar periods around `from`. */
function gridProblem(from: string, to: string, role: string, own: readonly OwnPeriod[]): string {
  const around = GRANULARITIES.map((g) => describe(periodOf(from, g))).join(', ');
  const evaluations = own.length > 0 ? `, or a period of the covenant's evaluation calendar (${own.map((p) => `${p.code}: ${p.from} to ${p.to}`).join('; ')})` : '';
  return (
    `figures for role ${role} exist only for whole calendar quarters, half-years and years${evaluations}; ` +
    `${from} to ${to} is none of them. Around ${from}: ${around}`
  );
}

/** Null when [from, to] is one calendar period or one of `own`; else what to ask instead. */
export function monitorPeriodProblem(from: string, to: string, role: string, own: readonly OwnPeriod[] = []): string | null {
  if (calendarPeriod(from, to) !== null || own.some((p) => p.from === from && p.to === to)) return null;
  return gridProblem(from, to, role, own.filter((p) => calendarPeriod(p.from, p.to) === null));
}

/** Null when [from, to] starts and ends on the boundaries of `granularity`'s periods; else what to ask. */
export function rangeProblem(from: string, to: string, granularity: Granularity, role: string): string | null {
  const first = periodOf(from, granularity);
  const last = periodOf(to, granularity);
  if (first.start === from && last.end === to) return null;
  const unit = { quarter: 'quarters', half_year: 'half-years', year: 'years' }[granularity];
  return `figures for role ${role} exist only for whole calendar ${unit} at this granularity: from must be the first day of one (${first.start}) and to the last day of one (${last.end}); got ${from} to ${to}`;
}

/** The last day of the month that contains `on`. */
export function endOfMonth(on: string): string {
  return new Date(Date.UTC(Number(on.slice(0, 4)), Number(on.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/** Null when `on` may be a reference date for a protected viewer: a month's last day or the data date. */
export function referenceDateProblem(on: string, dataDate: string | null, role: string): string | null {
  const monthEnd = endOfMonth(on);
  if (on === monthEnd || on === dataDate) return null;
  return (
    `progress for role ${role} exists only at the end of a month or on the data date${dataDate === null ? '' : ` (${dataDate})`}; ` +
    `${on} is neither: ask for ${addDays(`${on.slice(0, 7)}-01`, -1)} or ${monthEnd}`
  );
}

/**
 * Peildatum: figures about a period are counted up to its last day, or up to the data date when
 * that is earlier (nothing after it has been recorded yet), and never after today.
 */
export function referenceDate(periodEnd: string, dataDate: string | null, today: string): string {
  const limit = dataDate !== null && dataDate < today ? dataDate : today;
  return periodEnd < limit ? periodEnd : limit;
}

/** Voorlopig: the period is not over by the data date, so its figures will still change. */
export function isProvisional(periodEnd: string, dataDate: string | null, today: string): boolean {
  return referenceDate(periodEnd, dataDate, today) < periodEnd;
}
