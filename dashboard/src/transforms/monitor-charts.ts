// Chart rows for the monitor page. A count shown as '<5' becomes undefined (no bar), never a guess,
// and each chart says how many it left out; the tables beside the charts carry every number.
import type { ShownCount } from '../lib/contract.ts';
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { chartValue, summariseChart, type ChartSummary } from './chart-summary.ts';
import { AFTER_HOME_ROWS } from './monitor.ts';

export interface WaitingChartRow {
  key: string;
  label: string;
  housed: number | undefined;
  stillWaiting: number | undefined;
  /** Whether this band starts after the norm. */
  pastNorm: boolean;
}

export type WaitingSeries = 'housed' | 'stillWaiting';

export interface WaitingChart {
  rows: WaitingChartRow[];
  /** Series with at least one bar to draw: the legend lists only these. */
  series: WaitingSeries[];
  summary: ChartSummary;
}

/** Series (keys of `values`) with at least one number above 0 to draw. */
function occurring<K extends string>(keys: readonly K[], values: (key: K) => readonly ShownCount[]): K[] {
  return keys.filter((key) => values(key).some((value) => (value.count ?? 0) > 0));
}

export function waitingChart(monitor: UitstroomMonitor): WaitingChart {
  const bands = monitor.waitingTime.bands;
  const rows = bands.map((band) => ({
    key: band.key,
    label: band.label,
    housed: chartValue(band.housed),
    stillWaiting: chartValue(band.stillWaiting),
    pastNorm: band.fromDays > monitor.waitingTime.normDays,
  }));
  const series = occurring<WaitingSeries>(['housed', 'stillWaiting'], (key) => bands.map((band) => band[key]));
  return { rows, series, summary: summariseChart(bands.flatMap((band) => [band.housed, band.stillWaiting])) };
}

/** The band the norm line is drawn at the start of; undefined when no band starts after the norm. */
export function firstBandPastNorm(rows: readonly WaitingChartRow[]): string | undefined {
  return rows.find((row) => row.pastNorm)?.label;
}

export interface OriginShareRow {
  name: string;
  /** Percentage with one decimal; undefined when the gateway withholds the share (base under 10 or '<5'). */
  percent: number | undefined;
}

const toPercent = (basisPoints: number | null) => (basisPoints === null ? undefined : Math.round(basisPoints / 10) / 10);

export function originShareRows(monitor: UitstroomMonitor): OriginShareRow[] {
  return [...monitor.woonplaatsbeginsel.perGemeente]
    .sort((a, b) => a.gemeente.name.localeCompare(b.gemeente.name, 'nl'))
    .map((g) => ({ name: g.gemeente.name, percent: toPercent(g.shareBasisPoints) }));
}

export function overallOriginShare(monitor: UitstroomMonitor): number | undefined {
  return toPercent(monitor.woonplaatsbeginsel.shareBasisPoints);
}

/** 'Bij 3 gemeenten is geen aandeel getoond (…); ze staan niet in het diagram.' — null when every gemeente has one. */
export function originNotDrawnText(rows: readonly OriginShareRow[]): string | null {
  const missing = rows.filter((row) => row.percent === undefined).length;
  if (missing === 0) return null;
  const gemeenten = missing === 1 ? '1 gemeente' : `${missing} gemeenten`;
  return `Bij ${gemeenten} is geen aandeel getoond (minder dan 10 gehuisvest, of een aantal '<5'); die staan niet in het diagram.`;
}

export interface AfterHomeChartRow {
  key: string;
  label: string;
  current: number | undefined;
  previous: number | undefined;
}

export type AfterHomeSeries = 'current' | 'previous';

export interface AfterHomeChart {
  rows: AfterHomeChartRow[];
  /** The periods with at least one bar to draw, previous first (as the legend reads). */
  series: AfterHomeSeries[];
  summary: ChartSummary;
}

export function afterHomeChart(current: UitstroomMonitor, previous: UitstroomMonitor): AfterHomeChart {
  const of = { current, previous };
  const rows = AFTER_HOME_ROWS.map((row) => ({ key: row.key, label: row.short, current: chartValue(row.pick(current)), previous: chartValue(row.pick(previous)) }));
  const series = occurring<AfterHomeSeries>(['previous', 'current'], (key) => AFTER_HOME_ROWS.map((row) => row.pick(of[key])));
  return { rows, series, summary: summariseChart(AFTER_HOME_ROWS.flatMap((row) => [row.pick(current), row.pick(previous)])) };
}
