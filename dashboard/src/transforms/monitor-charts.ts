// Chart rows for the monitor page. Hidden counts become undefined (no bar), never a guess; the
// tables beside the charts carry every number, '<5' included.
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { chartValue } from './outflow.ts';
import { AFTER_HOME_ROWS } from './monitor.ts';

export interface WaitingChartRow {
  key: string;
  label: string;
  housed: number | undefined;
  stillWaiting: number | undefined;
  /** Whether this band starts after the norm. */
  pastNorm: boolean;
}

export function waitingChartRows(monitor: UitstroomMonitor): WaitingChartRow[] {
  return monitor.waitingTime.bands.map((band) => ({
    key: band.key,
    label: band.label,
    housed: chartValue(band.housed),
    stillWaiting: chartValue(band.stillWaiting),
    pastNorm: band.fromDays > monitor.waitingTime.normDays,
  }));
}

/** The band the norm line is drawn at the start of; undefined when no band starts after the norm. */
export function firstBandPastNorm(rows: readonly WaitingChartRow[]): string | undefined {
  return rows.find((row) => row.pastNorm)?.label;
}

export interface OriginShareRow {
  name: string;
  /** Percentage with one decimal; undefined when the gateway withholds the share (base under 10 or hidden). */
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

export interface AfterHomeChartRow {
  key: string;
  label: string;
  current: number | undefined;
  previous: number | undefined;
}

export function afterHomeChartRows(current: UitstroomMonitor, previous: UitstroomMonitor): AfterHomeChartRow[] {
  return AFTER_HOME_ROWS.map((row) => ({
    key: row.key,
    label: row.short,
    current: chartValue(row.pick(current)),
    previous: chartValue(row.pick(previous)),
  }));
}
