// What a chart can draw of the published numbers, and what it must say in words instead. A chart
// draws exactly the published values: a count shown as '<5' (or 'x' in an old evaluation) has no
// number to draw, so it is left out — and the chart says how many it left out. A chart with
// nothing to draw says so instead of showing empty axes.
import type { ShownCount } from '../lib/contract.ts';

/** The number a bar or line may draw; undefined for a count shown as '<5' or 'x' (no bar, never a guess). */
export function chartValue(value: ShownCount): number | undefined {
  return value.count === null ? undefined : value.count;
}

export type ChartState = 'drawn' | 'all-hidden' | 'all-zero';

export interface ChartSummary {
  state: ChartState;
  /** How many values the chart leaves out, per display ('<5': 2). */
  notDrawn: ReadonlyMap<string, number>;
}

/** Drawn when at least one value is a number above 0; else all hidden when something is not shown, else all zero. */
export function summariseChart(values: readonly ShownCount[]): ChartSummary {
  const notDrawn = new Map<string, number>();
  for (const value of values) if (value.count === null) notDrawn.set(value.display, (notDrawn.get(value.display) ?? 0) + 1);
  const anyDrawn = values.some((value) => (value.count ?? 0) > 0);
  return { state: anyDrawn ? 'drawn' : notDrawn.size > 0 ? 'all-hidden' : 'all-zero', notDrawn };
}

const waarden = (n: number) => (n === 1 ? '1 waarde' : `${n} waarden`);

/** "2 waarden '<5' niet getekend." — null when everything is drawn. */
export function notDrawnText(summary: Pick<ChartSummary, 'notDrawn'>): string | null {
  if (summary.notDrawn.size === 0) return null;
  const parts = [...summary.notDrawn].map(([display, n]) => `${waarden(n)} '${display}'`);
  return `${parts.join(' en ')} niet getekend (geen getal om te tekenen); de tabel toont ze.`;
}

/** Instead of a chart without anything to draw: what there is, in words. */
export function emptyChartText(state: Exclude<ChartState, 'drawn'>, what: string): string {
  return state === 'all-zero'
    ? `Geen diagram: ${what} is overal 0.`
    : `Geen diagram: ${what} is nergens als getal gepubliceerd (alleen '<5' of 0). De tabel toont de waarden.`;
}
