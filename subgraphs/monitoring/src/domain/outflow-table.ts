// Turns SQL counts (period × target group, each with its key sum) into the outflow report's cells
// and margins, published as the viewer may see them. Every number is its own cell: a period total
// is the people housed in that period, protected as a group of its own, so it need not equal the sum
// of its published cells. Totals over the whole range are published to protected viewers only when
// the range is one calendar period: a total over, say, five quarters is not on the period grid.
import { add, EMPTY, sum, type Disclosure, type ShownCount, type Tally } from '@uitstroom/disclosure';

export interface CountCell<G extends string> {
  periodCode: string;
  targetGroup: G;
  count: number;
  keySum: number;
}

export interface ShownTable<G extends string> {
  cells: { periodCode: string; targetGroup: G; value: ShownCount }[];
  periodTotals: { periodCode: string; value: ShownCount }[];
  /** Null when range totals are not published to this viewer. */
  targetGroupTotals: { targetGroup: G; value: ShownCount }[] | null;
  total: ShownCount | null;
}

/**
 * periodCodes: every period of the report, in order (rows). Columns: the target groups, in
 * `groupOrder`, with a published value above 0 somewhere; only cells published above 0 are returned
 * (a missing cell shows as 0), so what is listed never tells a published 0 from a true one.
 */
export function shownOutflowTable<G extends string>(
  periodCodes: readonly string[],
  groupOrder: readonly G[],
  cells: readonly CountCell<G>[],
  disclosure: Disclosure,
  rangeTotalsPublished: boolean,
): ShownTable<G> {
  const tally = (p: string, g: G): Tally => sum(cells.filter((c) => c.periodCode === p && c.targetGroup === g).map((c) => ({ n: c.count, keySum: c.keySum })));
  const grid = periodCodes.map((p) => groupOrder.map((g) => tally(p, g)));
  const groupTotals = groupOrder.map((_, c) => grid.reduce((acc, row) => add(acc, row[c] ?? EMPTY), EMPTY));
  const shownCells = periodCodes.flatMap((periodCode, r) =>
    groupOrder.flatMap((targetGroup, c) => {
      const t = grid[r]?.[c] ?? EMPTY;
      return disclosure.value(t) > 0 ? [{ periodCode, targetGroup, value: disclosure.show(t) }] : [];
    }),
  );
  const groups = groupOrder.filter((g, c) => shownCells.some((cell) => cell.targetGroup === g) || (rangeTotalsPublished && disclosure.value(groupTotals[c] ?? EMPTY) > 0));
  return {
    cells: shownCells,
    periodTotals: periodCodes.map((periodCode, r) => ({ periodCode, value: disclosure.show(sum(grid[r] ?? [])) })),
    targetGroupTotals: rangeTotalsPublished ? groups.map((targetGroup) => ({ targetGroup, value: disclosure.show(groupTotals[groupOrder.indexOf(targetGroup)] ?? EMPTY) })) : null,
    total: rangeTotalsPublished ? disclosure.show(sum(groupTotals)) : null,
  };
}
