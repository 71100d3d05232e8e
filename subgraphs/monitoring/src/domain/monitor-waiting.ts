// The waiting-time part of the monitor: the cohort registered in the period in bands of months,
// everyone still waiting past the norm at the reference date, and the Kaplan–Meier quantiles —
// each quantile only where enough people are behind it to make it an estimate, not an anecdote.
import { MIN_BASE, sum, type Disclosure, type Tally } from '@uitstroom/disclosure';
import { bandOf, WAITING_BANDS } from './waiting-bands.ts';
import { kaplanMeier, WAITING_NORM_DAYS, type KaplanMeierStep, type WaitObservation } from './waiting-time.ts';

export interface WaitRow {
  days: number;
  housed: boolean;
  n: number;
  keySum: number;
}

export interface OpenRow {
  days: number;
  n: number;
  keySum: number;
}

export function expand(rows: readonly { days: number; housed: boolean; n: number }[]): WaitObservation[] {
  return rows.flatMap((r) => Array.from({ length: r.n }, () => ({ days: r.days, housed: r.housed })));
}

const tallyOf = (rows: readonly { n: number; keySum: number }[]): Tally => sum(rows.map((r) => ({ n: r.n, keySum: r.keySum })));

export type QuantileStatus = 'GESCHAT' | 'NOG_NIET_BEREIKT' | 'TE_WEINIG_GEGEVENS';

export interface Quantile {
  /** 50, 75 or 90: the percentage housed by `days`. */
  percent: number;
  days: number | null;
  status: QuantileStatus;
  /** Dutch, for the reader: why there is no number. Null when there is one. */
  note: string | null;
}

/**
 * The day by which an estimated `percent` has a home, when at least MIN_BASE people were registered
 * and at least MIN_BASE were still at risk on that day: beyond that the curve drops in big steps
 * on one or two people (a p90 equal to the median, say) and says nothing about the group.
 * For protected viewers the day is rounded to whole weeks.
 */
export function quantile(curve: readonly KaplanMeierStep[], observations: number, percent: number, roundToWeeks: boolean): Quantile {
  if (observations < MIN_BASE) {
    return { percent, days: null, status: 'TE_WEINIG_GEGEVENS', note: `nog niet te schatten: minder dan ${MIN_BASE} aanmeldingen in de periode` };
  }
  const threshold = 1 - percent / 100 + 1e-12;
  const step = curve.find((s) => s.survival <= threshold);
  if (step === undefined) return { percent, days: null, status: 'NOG_NIET_BEREIKT', note: `nog niet bereikt: minder dan ${percent}% heeft al een woning` };
  if (step.atRisk < MIN_BASE) {
    return { percent, days: null, status: 'TE_WEINIG_GEGEVENS', note: `nog niet te schatten: op dat punt wachtten nog minder dan ${MIN_BASE} mensen` };
  }
  return { percent, days: roundToWeeks ? Math.round(step.day / 7) * 7 : step.day, status: 'GESCHAT', note: null };
}

/** The waiting time of the cohort registered in the period, and everyone open past the norm at the reference date. */
export function waitingTime(cohort: readonly WaitRow[], open: readonly OpenRow[], disclosure: Disclosure) {
  const observations = expand(cohort);
  const curve = kaplanMeier(observations);
  const quantiles = [50, 75, 90].map((percent) => quantile(curve, observations.length, percent, disclosure.protects));
  const inBand = (i: number, housed: boolean) => tallyOf(cohort.filter((r) => r.housed === housed && bandOf(r.days) === i));
  return {
    registered: disclosure.show(tallyOf(cohort)),
    housed: disclosure.show(tallyOf(cohort.filter((r) => r.housed))),
    stillWaiting: disclosure.show(tallyOf(cohort.filter((r) => !r.housed))),
    // Everyone still waiting at the reference date who has waited longer than the norm, whenever
    // they were registered: the same people as the signal, so the same number.
    longerThanNorm: disclosure.show(tallyOf(open.filter((o) => o.days > WAITING_NORM_DAYS))),
    registeredLongerThanNorm: disclosure.show(tallyOf(cohort.filter((r) => r.days > WAITING_NORM_DAYS))),
    bands: WAITING_BANDS.map((band, i) => ({ ...band, housed: disclosure.show(inBand(i, true)), stillWaiting: disclosure.show(inBand(i, false)) })),
    normDays: WAITING_NORM_DAYS,
    medianDays: quantiles[0]?.days ?? null,
    p75Days: quantiles[1]?.days ?? null,
    p90Days: quantiles[2]?.days ?? null,
    quantiles,
  };
}
