// The uitstroommonitor's figures, shaped from the SQL results and shown as the viewer may see them.
// Counts come from SQL; here only what SQL cannot sensibly do: suppression, the Kaplan–Meier
// estimator and the prognosis.
import { expectedOutflow } from './prognosis.ts';
import { MIN_PERCENTAGE_BASE, suppressSumOfCells, type ShownCount } from './suppression.ts';
import { FIRST_BAND_PAST_NORM, WAITING_BANDS, waitingBandCounts } from './waiting-bands.ts';
import { showCount, showShare, showTable } from './visibility.ts';
import { kaplanMeier, summariseWaitingTimes, WAITING_NORM_DAYS, type WaitObservation } from './waiting-time.ts';

export interface MonitorInputs {
  facility: { key: string; count: number }[];
  ageCategory: { key: string; count: number }[];
  byOrigin: { originId: string; housed: number; returned: number }[];
  /** Waits of the people registered in the range (per distinct wait). */
  cohort: { days: number; housed: boolean; n: number }[];
  /** Waits of everyone registered up to asOf, for the prognosis curve. */
  history: { days: number; housed: boolean; n: number }[];
  open: { days: number; n: number }[];
  afterHome: {
    housed: number;
    temporaryWithin6Months: number;
    structuralWithin6Months: number;
    temporaryWithin12Months: number;
    structuralWithin12Months: number;
    omklap: number;
    negativeEndings: number;
  };
  signals: { relapses: number; negativeEndings: number };
}

export const PROGNOSIS_MONTHS = [3, 6, 12] as const;

/** A one-column breakdown with its total, suppressed as one table. */
export function breakdown(rows: { key: string; count: number }[], suppress: boolean) {
  const table = showTable(rows.map((r) => [r.count]), suppress);
  return { rows: rows.map((r, i) => ({ key: r.key, value: table.rowTotals[i] as ShownCount })), total: table.grandTotal };
}

function expand(rows: { days: number; housed: boolean; n: number }[]): WaitObservation[] {
  return rows.flatMap((r) => Array.from({ length: r.n }, () => ({ days: r.days, housed: r.housed })));
}

function woonplaatsbeginsel(rows: MonitorInputs['byOrigin'], suppress: boolean) {
  // Columns: returned to the municipality of origin, housed elsewhere; row totals are the housed.
  const table = showTable(rows.map((r) => [r.returned, r.housed - r.returned]), suppress);
  const returned = table.columnTotals[0] ?? showCount(0, suppress);
  return {
    housed: table.grandTotal,
    returnedToOrigin: returned,
    shareBasisPoints: showShare(returned, table.grandTotal),
    perGemeente: rows.map((r, i) => {
      const housed = table.rowTotals[i] as ShownCount;
      const back = table.cells[i]?.[0] as ShownCount;
      return { gemeenteId: r.originId, housed, returnedToOrigin: back, shareBasisPoints: showShare(back, housed) };
    }),
  };
}

function waitingTime(inputs: MonitorInputs, suppress: boolean) {
  const summary = summariseWaitingTimes(expand(inputs.cohort));
  // Quantiles of fewer than 10 people would describe individuals: shown only from 10 on.
  const quantile = (days: number | null) => (suppress && summary.observations < MIN_PERCENTAGE_BASE ? null : days);
  // The bands, their column totals (housed, still waiting) and the grand total (registered) are
  // one table, so no shown number can be subtracted from another to recover a hidden band.
  const table = showTable(waitingBandCounts(inputs.cohort), suppress);
  const pastNorm = table.cells.slice(FIRST_BAND_PAST_NORM).flat();
  return {
    registered: table.grandTotal,
    housed: table.columnTotals[0] ?? showCount(0, suppress),
    stillWaiting: table.columnTotals[1] ?? showCount(0, suppress),
    longerThanNorm: suppress ? suppressSumOfCells(summary.longerThanNorm, pastNorm) : showCount(summary.longerThanNorm, false),
    bands: WAITING_BANDS.map((band, i) => ({ ...band, housed: table.cells[i]?.[0] as ShownCount, stillWaiting: table.cells[i]?.[1] as ShownCount })),
    normDays: WAITING_NORM_DAYS,
    medianDays: quantile(summary.medianDays),
    p75Days: quantile(summary.p75Days),
    p90Days: quantile(summary.p90Days),
  };
}

function afterHome(a: MonitorInputs['afterHome'], suppress: boolean) {
  const housed = showCount(a.housed, suppress);
  const omklap = showCount(a.omklap, suppress);
  return {
    housed,
    temporaryRelapseWithin6Months: showCount(a.temporaryWithin6Months, suppress),
    structuralRelapseWithin6Months: showCount(a.structuralWithin6Months, suppress),
    temporaryRelapseWithin12Months: showCount(a.temporaryWithin12Months, suppress),
    structuralRelapseWithin12Months: showCount(a.structuralWithin12Months, suppress),
    omklap,
    omklapShareBasisPoints: showShare(omklap, housed),
    negativeEndings: showCount(a.negativeEndings, suppress),
  };
}

export function buildMonitor(inputs: MonitorInputs, suppress: boolean) {
  const curve = kaplanMeier(expand(inputs.history));
  const openCount = inputs.open.reduce((sum, o) => sum + o.n, 0);
  const pastNorm = inputs.open.filter((o) => o.days > WAITING_NORM_DAYS).reduce((sum, o) => sum + o.n, 0);
  return {
    outflowByFacility: breakdown(inputs.facility, suppress),
    outflowByAgeCategory: breakdown(inputs.ageCategory, suppress),
    woonplaatsbeginsel: woonplaatsbeginsel(inputs.byOrigin, suppress),
    waitingTime: waitingTime(inputs, suppress),
    afterHome: afterHome(inputs.afterHome, suppress),
    prognosis: PROGNOSIS_MONTHS.map((months) => ({
      months,
      // A model estimate, not a count of people: rounded, not suppressed.
      expectedOutflow: Math.round(expectedOutflow(curve, inputs.open, Math.round((months * 365.25) / 12))),
      openTrajectories: showCount(openCount, suppress),
    })),
    signals: {
      pastNorm: showCount(pastNorm, suppress),
      relapses: showCount(inputs.signals.relapses, suppress),
      negativeEndings: showCount(inputs.signals.negativeEndings, suppress),
    },
  };
}
