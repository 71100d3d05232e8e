// Progress towards a streefaantal on a date: realised so far, the pro-rata expectation, a projection
// to the end of the period and a status. Pure; the counts come from SQL.
//
// Periods are calendar years (or half-years), clipped to the target's validity: a target that starts
// on 13 March has a first window of 13 March – 31 December, and its amount is pro-rated to the days
// of that window. A ratio target (5% of last year's vacated homes, on an annual basis) becomes a
// count the same way once the corporation's vacancy count is known.
//
// Projection: the run rate (realised per elapsed day × days in the window) — or, when at least one
// earlier full period had enough realisations (SEASONAL_MIN_TOTAL), the seasonal pattern of those
// periods: realised ÷ the share that earlier periods had reached by the same day of the period.
// Status: 'boven' when already above the target or the projection is more than the tolerance above
// it, 'achter' when the projection is more than the tolerance below, else 'op_koers'.
//
// For protected viewers (every role but the beheerder) `realised` is the published count of the
// people realised so far (cell key method), and the projection and status are made from it, so they
// never say more than the number beside them; while that number shows as "<5" the projection,
// which would give it away, is not shown.
import { add, EMPTY, exact, type Disclosure, type ShownCount, type Tally } from '@uitstroom/disclosure';
import { addDays, daysBetween } from '@uitstroom/db/dates';
import { endOfMonth } from './period-grid.ts';

export type TargetKind = 'aantal' | 'aandeel_vrijgekomen';
export type TargetStatus = 'op_koers' | 'achter' | 'boven';

export interface TargetDefinition {
  kind: TargetKind;
  /** For 'aantal': the count per period. */
  amount: number | null;
  /** For 'aandeel_vrijgekomen': the share of last year's vacated homes, on an annual basis. */
  basisPoints: number | null;
  period: 'jaar' | 'halfjaar';
  validFrom: string;
  validTo: string | null;
  /** How far the projection may stray from the target and still be 'op_koers' (1000 = 10%). */
  toleranceBasisPoints: number;
}

export interface ProgressInput {
  target: TargetDefinition;
  on: string;
  /** Realisations per day (date → count and key sum), for the window and for earlier periods (seasonal pattern). */
  daily: ReadonlyMap<string, Tally>;
  /** How counts are published to the viewer (default: true counts). */
  disclosure?: Disclosure;
  /** Homes vacated in the year before the window's year; only for ratio targets. */
  vacanciesPreviousYear: number | null;
}

export interface Progress {
  windowStart: string;
  windowEnd: string;
  /** The date the figures are for: `on`, or the window's end when `on` is later. */
  asOf: string;
  /** Days of the window up to and including asOf (0 before the window starts). */
  elapsedDays: number;
  totalDays: number;
  /** The target for the window; null when a ratio target lacks its vacancy count. */
  targetAmount: number | null;
  /** Realised up to asOf, as published to the viewer (the true count for the beheerder). */
  realised: number;
  realisedShown: ShownCount;
  expectedByNow: number | null;
  projection: number;
  /** True when the projection would reveal a realised count shown as "<5". */
  projectionHidden: boolean;
  projectionMethod: 'run_rate' | 'seasonal';
  status: TargetStatus | null;
  /** false in the window's first month, when a projection says little yet. */
  reliable: boolean;
}

/** Earlier periods must have had at least this many realisations for their pattern to be used. */
export const SEASONAL_MIN_TOTAL = 10;
/** Before this many days a projection is shown but marked unreliable. */
export const RELIABLE_AFTER_DAYS = 31;

const year = (date: string) => Number(date.slice(0, 4));
const periodBounds = (date: string, period: TargetDefinition['period']): [string, string] => {
  if (period === 'jaar') return [`${year(date)}-01-01`, `${year(date)}-12-31`];
  return Number(date.slice(5, 7)) <= 6 ? [`${year(date)}-01-01`, `${year(date)}-06-30`] : [`${year(date)}-07-01`, `${year(date)}-12-31`];
};
const inclusiveDays = (from: string, to: string) => daysBetween(from, to) + 1;

/** The window containing `on` (clamped into the validity), clipped to the validity. */
export function windowFor(target: Pick<TargetDefinition, 'period' | 'validFrom' | 'validTo'>, on: string): [string, string] {
  const clamped = on < target.validFrom ? target.validFrom : target.validTo !== null && on > target.validTo ? target.validTo : on;
  const [start, end] = periodBounds(clamped, target.period);
  return [start < target.validFrom ? target.validFrom : start, target.validTo !== null && end > target.validTo ? target.validTo : end];
}

function targetFor(input: ProgressInput, windowStart: string, windowEnd: string): number | null {
  const { target } = input;
  const [periodStart, periodEnd] = periodBounds(windowStart, target.period);
  if (target.kind === 'aantal') {
    if (target.amount === null) return null;
    return (target.amount * inclusiveDays(windowStart, windowEnd)) / inclusiveDays(periodStart, periodEnd);
  }
  if (target.basisPoints === null || input.vacanciesPreviousYear === null) return null;
  // An annual rate: the window's share of its year.
  const yearDays = inclusiveDays(`${year(windowStart)}-01-01`, `${year(windowStart)}-12-31`);
  return (input.vacanciesPreviousYear * target.basisPoints * inclusiveDays(windowStart, windowEnd)) / (10_000 * yearDays);
}

function tallyBetween(daily: ReadonlyMap<string, Tally>, from: string, to: string): Tally {
  let total = EMPTY;
  for (const [date, t] of daily) if (date >= from && date <= to) total = add(total, t);
  return total;
}


/**
 * Share of earlier full periods' totals reached by the same day of the period; null without enough
 * history. For a protected viewer it is made from the earlier periods' counts as published — from
 * true counts, realised ÷ projection would hand over an exact share of true counts — and only from
 * counts that are published anyway: the same day is taken back to its month's end before it (a point
 * of the earlier year's chart), since a share up to a day off the grid would give away that day.
 */
function seasonalShare(input: ProgressInput, windowStart: string, elapsedDays: number, disclosure: Disclosure): number | null {
  const [periodStart] = periodBounds(windowStart, input.target.period);
  if (windowStart !== periodStart) return null;
  let reached = 0;
  let total = 0;
  for (let back = 1; back <= 5; back++) {
    const start = input.target.period === 'jaar' ? `${year(periodStart) - back}-${periodStart.slice(5)}` : addDays(periodStart, -183 * back);
    const [earlierStart, earlierEnd] = periodBounds(start, input.target.period);
    if (earlierStart < input.target.validFrom) break;
    const day = addDays(earlierStart, Math.min(elapsedDays, inclusiveDays(earlierStart, earlierEnd)) - 1);
    const sameDay = disclosure.protects && endOfMonth(day) !== day ? addDays(`${day.slice(0, 7)}-01`, -1) : day;
    reached += disclosure.value(tallyBetween(input.daily, earlierStart, sameDay));
    total += disclosure.value(tallyBetween(input.daily, earlierStart, earlierEnd));
  }
  return total >= SEASONAL_MIN_TOTAL && reached > 0 ? reached / total : null;
}

export function statusOf(realised: number, projection: number, target: number | null, toleranceBasisPoints: number): TargetStatus | null {
  if (target === null) return null;
  if (realised > target) return 'boven';
  const tolerance = (target * toleranceBasisPoints) / 10_000;
  if (projection > target + tolerance) return 'boven';
  if (projection < target - tolerance) return 'achter';
  return 'op_koers';
}

export function progressOn(input: ProgressInput): Progress {
  const [windowStart, windowEnd] = windowFor(input.target, input.on);
  const asOf = input.on > windowEnd ? windowEnd : input.on;
  const totalDays = inclusiveDays(windowStart, windowEnd);
  const elapsedDays = asOf < windowStart ? 0 : inclusiveDays(windowStart, asOf);
  const targetAmount = targetFor(input, windowStart, windowEnd);
  const disclosure = input.disclosure ?? exact;
  const realisedTally = elapsedDays === 0 ? EMPTY : tallyBetween(input.daily, windowStart, asOf);
  const realisedShown = disclosure.show(realisedTally);
  const realised = disclosure.value(realisedTally);
  const share = elapsedDays === 0 ? null : seasonalShare(input, windowStart, elapsedDays, disclosure);
  const projection = share !== null ? realised / share : elapsedDays === 0 ? 0 : (realised * totalDays) / elapsedDays;
  return {
    windowStart,
    windowEnd,
    asOf,
    elapsedDays,
    totalDays,
    targetAmount,
    realised,
    realisedShown,
    projectionHidden: realisedShown.suppressed,
    expectedByNow: targetAmount === null ? null : (targetAmount * elapsedDays) / totalDays,
    projection,
    projectionMethod: share !== null ? 'seasonal' : 'run_rate',
    status: statusOf(realised, projection, targetAmount, input.target.toleranceBasisPoints),
    reliable: share !== null || elapsedDays >= RELIABLE_AFTER_DAYS || elapsedDays === totalDays,
  };
}
