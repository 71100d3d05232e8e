// Who sees exact counts, and counts and tables as that viewer may see them: only the beheerder
// sees exact counts; every other role gets suppressed aggregates (suppression.ts).
import type { Viewer } from '@uitstroom/subgraph-kit';
import { shareBasisPoints, suppressCount, suppressTable, type ShownCount, type SuppressedTable } from './suppression.ts';

export function seesExactCounts(viewer: Viewer): boolean {
  return viewer.role === 'beheerder';
}

const exact = (count: number): ShownCount => ({ count, suppressed: false, reason: null, display: String(count) });

export function showCount(count: number, suppress: boolean): ShownCount {
  return suppress ? suppressCount(count) : exact(count);
}

/** A table with margins, suppressed as one whole, or exact. */
export function showTable(counts: number[][], suppress: boolean): SuppressedTable {
  if (suppress) return suppressTable(counts);
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = (counts[0] ?? []).map((_, c) => counts.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return {
    cells: counts.map((row) => row.map(exact)),
    rowTotals: rowTotals.map(exact),
    columnTotals: columnTotals.map(exact),
    grandTotal: exact(rowTotals.reduce((a, b) => a + b, 0)),
  };
}

/** A share in basis points only when both numbers are shown (and the base is at least 10), so it never reveals a hidden count. */
export function showShare(part: ShownCount, base: ShownCount): number | null {
  return part.count === null || base.count === null ? null : shareBasisPoints(part.count, base.count);
}
