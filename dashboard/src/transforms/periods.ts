// Reporting periods the user picks from: quarters ('2025-K3'), half-years ('2025-H1') and years ('2025'),
// each with its dates, its Dutch name and the period it is compared with (the one before it, of the same kind).
import type { IsoDate } from '../lib/contract.ts';

export type PeriodKind = 'kwartaal' | 'halfjaar' | 'jaar';

export interface ReportPeriod {
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–2 for a half-year, 1 for a year. */
  index: number;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

const PATTERN = /^(\d{4})(?:-(K|H)([1-4]))?$/;
const MONTHS: Record<PeriodKind, number> = { kwartaal: 3, halfjaar: 6, jaar: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function makePeriod(kind: PeriodKind, year: number, index: number): ReportPeriod {
  const months = MONTHS[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const code = kind === 'jaar' ? String(year) : `${year}-${kind === 'kwartaal' ? 'K' : 'H'}${index}`;
  const label = kind === 'jaar' ? `jaar ${year}` : kind === 'kwartaal' ? `${index}e kwartaal ${year}` : `${index}e halfjaar ${year}`;
  return {
    code,
    kind,
    year,
    index,
    label,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/** '2025-H1' → the period; null for anything else (also '2025-H3', '2025-K5'). */
export function parsePeriod(code: string | null): ReportPeriod | null {
  const match = code === null ? null : PATTERN.exec(code.trim().toUpperCase());
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return makePeriod('jaar', year, 1);
  const index = Number(match[3]);
  if (match[2] === 'H') return index <= 2 ? makePeriod('halfjaar', year, index) : null;
  return makePeriod('kwartaal', year, index);
}

/** The period before, of the same kind: 2025-H1 → 2024-H2, 2025-K1 → 2024-K4, 2025 → 2024. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const perYear = 12 / MONTHS[period.kind];
  return period.index > 1 ? makePeriod(period.kind, period.year, period.index - 1) : makePeriod(period.kind, period.year - 1, perYear);
}

/** The last half-year that has ended on `today`: what the werkgroep reviews. */
export function lastCompletedHalfYear(today: IsoDate): ReportPeriod {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 7 ? makePeriod('halfjaar', year, 1) : makePeriod('halfjaar', year - 1, 2);
}

/** Every selectable period from `firstYear` up to the one containing `today`, newest first, grouped by kind. */
export function selectablePeriods(firstYear: number, today: IsoDate): Record<PeriodKind, ReportPeriod[]> {
  const lastYear = Number(today.slice(0, 4));
  const out: Record<PeriodKind, ReportPeriod[]> = { halfjaar: [], jaar: [], kwartaal: [] };
  for (let year = lastYear; year >= firstYear; year -= 1) {
    for (const kind of ['halfjaar', 'jaar', 'kwartaal'] as const) {
      const count = 12 / MONTHS[kind];
      for (let index = count; index >= 1; index -= 1) {
        const period = makePeriod(kind, year, index);
        if (period.from <= today) out[kind].push(period);
      }
    }
  }
  return out;
}

/** Today's date in the Netherlands, as 'YYYY-MM-DD'. */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
