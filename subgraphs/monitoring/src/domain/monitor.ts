// The uitstroommonitor's figures, shaped from the SQL results and published as the viewer may see
// them. Counts and their key sums come from SQL; here only what SQL cannot sensibly do: the
// disclosure (one Disclosure for the whole request), the Kaplan–Meier estimator and the prognosis.
import { MIN_BASE, shownShare, sum, type Disclosure, type ShownCount, type Tally } from '@uitstroom/disclosure';
import { addDays } from '@uitstroom/db/dates';
// The names of the counts the SQL gives (a type only: the domain runs nothing of the db package's).
import type { AfterHomeFigure } from '@uitstroom/db/queries/monitoring';
import { expand, waitingTime, type OpenRow, type WaitRow } from './monitor-waiting.ts';
import { expectedOutflow } from './prognosis.ts';
import { kaplanMeier, WAITING_NORM_DAYS } from './waiting-time.ts';


export interface MonitorInputs {
  facility: { key: string; count: number; keySum: number }[];
  ageCategory: { key: string; count: number; keySum: number }[];
  byOrigin: { originId: string; housed: number; housedKeySum: number; returned: number; returnedKeySum: number }[];
  /** Waits of the people registered in the period (per distinct wait). */
  cohort: WaitRow[];
  /** Waits of everyone registered up to the reference date, for the prognosis curve. */
  history: { days: number; housed: boolean; n: number }[];
  open: OpenRow[];
  afterHome: Record<AfterHomeFigure, Tally>;
  signals: Record<'relapses' | 'negativeEndings', Tally>;
  /** Last day of the period, and the day up to which what happened after the home is known. */
  followUp: { periodEnd: string; observedUntil: string };
}

export const PROGNOSIS_MONTHS = [3, 6, 12] as const;

/** One row per group, with its total. Rows whose published value is 0 are left out, like empty ones. */
export function breakdown(rows: readonly { key: string; count: number; keySum: number }[], disclosure: Disclosure) {
  const tallies = rows.map((r) => ({ key: r.key, tally: { n: r.count, keySum: r.keySum } }));
  return {
    rows: tallies.filter((r) => disclosure.value(r.tally) > 0).map((r) => ({ key: r.key, value: disclosure.show(r.tally) })),
    total: disclosure.show(sum(tallies.map((r) => r.tally))),
  };
}

function woonplaatsbeginsel(rows: MonitorInputs['byOrigin'], disclosure: Disclosure) {
  const housedOf = (r: MonitorInputs['byOrigin'][number]): Tally => ({ n: r.housed, keySum: r.housedKeySum });
  const returnedOf = (r: MonitorInputs['byOrigin'][number]): Tally => ({ n: r.returned, keySum: r.returnedKeySum });
  const housed = disclosure.show(sum(rows.map(housedOf)));
  const returned = disclosure.show(sum(rows.map(returnedOf)));
  return {
    housed,
    returnedToOrigin: returned,
    shareBasisPoints: shownShare(returned, housed),
    perGemeente: rows
      .filter((r) => disclosure.value(housedOf(r)) > 0 || disclosure.value(returnedOf(r)) > 0)
      .map((r) => {
        const here = disclosure.show(housedOf(r));
        const back = disclosure.show(returnedOf(r));
        return { gemeenteId: r.originId, housed: here, returnedToOrigin: back, shareBasisPoints: shownShare(back, here) };
      }),
  };
}

function afterHome(a: MonitorInputs['afterHome'], followUp: MonitorInputs['followUp'], disclosure: Disclosure) {
  const housed = disclosure.show(a.housed);
  const omklap = disclosure.show(a.omklap);
  return {
    housed,
    temporaryRelapseWithin6Months: disclosure.show(a.temporaryWithin6Months),
    structuralRelapseWithin6Months: disclosure.show(a.structuralWithin6Months),
    temporaryRelapseWithin12Months: disclosure.show(a.temporaryWithin12Months),
    structuralRelapseWithin12Months: disclosure.show(a.structuralWithin12Months),
    omklap,
    omklapShareBasisPoints: shownShare(omklap, housed),
    negativeEndings: disclosure.show(a.negativeEndings),
    // Someone housed on the period's last day is followed for the whole window only that many days later.
    within6MonthsObserved: followUp.observedUntil >= addDays(followUp.periodEnd, 183),
    within12MonthsObserved: followUp.observedUntil >= addDays(followUp.periodEnd, 365),
    observedUntil: followUp.observedUntil,
  };
}

/** The prognosis, only where the open trajectories it starts from are shown as a number of at least MIN_BASE. */
function prognosis(inputs: MonitorInputs, openShown: ShownCount, disclosure: Disclosure) {
  const curve = kaplanMeier(expand(inputs.history));
  const estimable = !disclosure.protects || (openShown.count !== null && openShown.count >= MIN_BASE);
  return PROGNOSIS_MONTHS.map((months) => ({
    months,
    // A model estimate, not a count of people: rounded to whole people.
    expectedOutflow: estimable ? Math.round(expectedOutflow(curve, inputs.open, Math.round((months * 365.25) / 12))) : null,
    note: estimable ? null : `niet getoond: de prognose rust op minder dan ${MIN_BASE} open trajecten`,
    openTrajectories: openShown,
  }));
}

export function buildMonitor(inputs: MonitorInputs, disclosure: Disclosure) {
  const openTally = sum(inputs.open);
  const openShown = disclosure.show(openTally);
  return {
    outflowByFacility: breakdown(inputs.facility, disclosure),
    outflowByAgeCategory: breakdown(inputs.ageCategory, disclosure),
    woonplaatsbeginsel: woonplaatsbeginsel(inputs.byOrigin, disclosure),
    waitingTime: waitingTime(inputs.cohort, inputs.open, disclosure),
    afterHome: afterHome(inputs.afterHome, inputs.followUp, disclosure),
    prognosis: prognosis(inputs, openShown, disclosure),
    signals: {
      pastNorm: disclosure.show(sum(inputs.open.filter((o) => o.days > WAITING_NORM_DAYS))),
      relapses: disclosure.show(inputs.signals.relapses),
      negativeEndings: disclosure.show(inputs.signals.negativeEndings),
    },
  };
}
