// Turns SQL counts (period × target group) into the outflow report's cells and margins, suppressed
// as one table unless the viewer may see exact counts.
import type { ShownCount } from './suppression.ts';
import { showTable } from './visibility.ts';

export interface CountCell<G extends string> {
  periodCode: string;
  targetGroup: G;
  count: number;
}

export interface ShownTable<G extends string> {
  cells: { periodCode: string; targetGroup: G; value: ShownCount }[];
  periodTotals: { periodCode: string; value: ShownCount }[];
  targetGroupTotals: { targetGroup: G; value: ShownCount }[];
  total: ShownCount;
}

/**
 * periodCodes: every period of the report, in order (rows). Columns are the target groups that
 * occur, in `groupOrder`. Only cells whose true count is above 0 are returned.
 */
export function shownOutflowTable<G extends string>(periodCodes: readonly string[], groupOrder: readonly G[], cells: readonly CountCell<G>[], suppress: boolean): ShownTable<G> {
  const groups = groupOrder.filter((g) => cells.some((c) => c.targetGroup === g && c.count > 0));
  const counts = periodCodes.map((p) => groups.map((g) => cells.filter((c) => c.periodCode === p && c.targetGroup === g).reduce((sum, c) => sum + c.count, 0)));
  const table = showTable(counts, suppress);
  return {
    cells: periodCodes.flatMap((periodCode, r) =>
      groups.flatMap((targetGroup, c) => ((counts[r]?.[c] ?? 0) > 0 ? [{ periodCode, targetGroup, value: table.cells[r]?.[c] as ShownCount }] : [])),
    ),
    periodTotals: periodCodes.map((periodCode, r) => ({ periodCode, value: table.rowTotals[r] as ShownCount })),
    targetGroupTotals: groups.map((targetGroup, c) => ({ targetGroup, value: table.columnTotals[c] as ShownCount })),
    total: table.grandTotal,
  };
}
