// Small-cell suppression: the platform's one rule for showing counts to anyone without case-level
// rights (DOMAIN.md §5, CBS practice). Monitor breakdowns must not single anyone out, neither
// directly (a count of 1–4) nor by subtracting shown numbers from a shown total.

/** Counts from 1 up to (not including) this are hidden: a group this small identifies people. */
export const MIN_SHOWN_COUNT = 5;
/** A percentage is only shown on at least this many persons, so one person never moves it far. */
export const MIN_PERCENTAGE_BASE = 10;

/** Why a number is hidden: too small itself ('primary'), or it would let one be recovered ('secondary'). */
export type SuppressionReason = 'primary' | 'secondary';

/** One number as it may be shown; `count` is null whenever it is suppressed, so it cannot leak. */
export interface ShownCount {
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** '12', '0', or '<5' for every hidden number (secondary ones too, so the reason is not given away). */
  display: string;
}

/** A two-dimensional breakdown with its margins, each number suppressed as one consistent whole. */
export interface SuppressedTable {
  cells: ShownCount[][];
  rowTotals: ShownCount[];
  columnTotals: ShownCount[];
  grandTotal: ShownCount;
}

type Position = readonly [row: number, column: number];

/**
 * The table with its margins as one (rows + 1) × (columns + 1) grid: the last column holds the row
 * totals, the last row the column totals, the corner the grand total. Every row and column of this
 * grid, margins included, is a "line" whose last entry is the sum of the others.
 */
interface Grid {
  values: number[][];
  reasons: (SuppressionReason | null)[][];
}

const SUPPRESSED_DISPLAY = `<${MIN_SHOWN_COUNT}`;

function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${what} must be a whole number >= 0, got ${String(value)}`);
  }
}

function isSmall(count: number): boolean {
  return count > 0 && count < MIN_SHOWN_COUNT;
}

function shown(count: number, reason: SuppressionReason | null): ShownCount {
  if (reason === null) return { count, suppressed: false, reason: null, display: String(count) };
  return { count: null, suppressed: true, reason, display: SUPPRESSED_DISPLAY };
}

/**
 * A count that is the sum of some cells of an already suppressed table (not one of its margins):
 * hidden when it is small itself, or when any of those cells is hidden — it would reveal them.
 */
export function suppressSumOfCells(count: number, cells: readonly ShownCount[]): ShownCount {
  checkCount(count, 'count');
  if (isSmall(count)) return shown(count, 'primary');
  return shown(count, cells.some((cell) => cell.suppressed) ? 'secondary' : null);
}

/** A single count with no table around it (rule 1 only). */
export function suppressCount(count: number): ShownCount {
  checkCount(count, 'count');
  return shown(count, isSmall(count) ? 'primary' : null);
}

/** Percentage in basis points rounded half-up to whole basis points, or null when base < MIN_PERCENTAGE_BASE or base 0. Integer arithmetic only. */
export function shareBasisPoints(part: number, base: number): number | null {
  checkCount(part, 'part');
  checkCount(base, 'base');
  if (part > base) throw new Error(`part (${part}) must not exceed base (${base})`);
  if (base === 0 || base < MIN_PERCENTAGE_BASE) return null;
  // round(part × 10000 / base) half-up = floor((2 × part × 10000 + base) / (2 × base)); BigInt keeps it exact.
  return Number((2n * BigInt(part) * 10_000n + BigInt(base)) / (2n * BigInt(base)));
}

/** Validates the input and lays it out with its sums as the extended grid, primary suppression applied. */
function buildGrid(counts: readonly (readonly number[])[]): Grid {
  const columns = counts[0]?.length ?? 0;
  const values = counts.map((row, r) => {
    if (row.length !== columns) throw new Error(`row ${r} has ${row.length} cells, expected ${columns} like row 0 (ragged table)`);
    row.forEach((count, c) => checkCount(count, `count at row ${r}, column ${c}`));
    return [...row, row.reduce((sum, count) => sum + count, 0)];
  });
  const totalsRow = Array.from({ length: columns + 1 }, (_, c) => values.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const grandTotal = totalsRow[columns] ?? 0;
  if (!Number.isSafeInteger(grandTotal)) throw new Error(`grand total ${grandTotal} is too large to count exactly`);
  values.push(totalsRow);
  return { values, reasons: values.map((row) => row.map((value) => (isSmall(value) ? 'primary' : null))) };
}

/** Every row, then every column of the grid (margins included); each line's last position is its total. */
function linesOf(rows: number, columns: number): Position[][] {
  const lines: Position[][] = [];
  for (let r = 0; r <= rows; r++) lines.push(Array.from({ length: columns + 1 }, (_, c): Position => [r, c]));
  for (let c = 0; c <= columns; c++) lines.push(Array.from({ length: rows + 1 }, (_, r): Position => [r, c]));
  return lines;
}

function valueAt(grid: Grid, [r, c]: Position): number {
  return grid.values[r]?.[c] ?? 0;
}

function isHidden(grid: Grid, [r, c]: Position): boolean {
  return (grid.reasons[r]?.[c] ?? null) !== null;
}

/**
 * If exactly one entry of the line is hidden (a cell, or the total itself), subtraction or addition
 * would recover it, so hide one more: the smallest visible non-zero cell (first on ties), or else
 * the total. Only non-zero entries are ever hidden, so a line with one hidden entry always has such
 * a candidate. Returns whether anything changed.
 */
function protectLine(grid: Grid, line: readonly Position[]): boolean {
  if (line.filter((position) => isHidden(grid, position)).length !== 1) return false;
  let pick: Position | undefined;
  for (const position of line.slice(0, -1)) {
    const value = valueAt(grid, position);
    if (value > 0 && !isHidden(grid, position) && (pick === undefined || value < valueAt(grid, pick))) pick = position;
  }
  pick ??= line[line.length - 1];
  if (pick === undefined || isHidden(grid, pick)) throw new Error('suppression invariant broken: no entry left to hide');
  const row = grid.reasons[pick[0]];
  if (row !== undefined) row[pick[1]] = 'secondary';
  return true;
}

/**
 * Suppresses a two-dimensional breakdown with row totals, column totals and a grand total.
 * Primary: every number 1–4 is hidden. Secondary: repeated over all lines in a fixed order until
 * stable, no line (margins included) keeps exactly one hidden entry, so no hidden number is
 * recoverable by subtracting shown numbers within one line. Deterministic; the input is not changed.
 * counts[row][column], all whole numbers >= 0; rows may be empty; all rows same length.
 */
export function suppressTable(counts: readonly (readonly number[])[]): SuppressedTable {
  const grid = buildGrid(counts);
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const lines = linesOf(rows, columns);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) changed = protectLine(grid, line) || changed;
  }
  const at = (r: number, c: number): ShownCount => shown(valueAt(grid, [r, c]), grid.reasons[r]?.[c] ?? null);
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => at(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => at(rows, c)),
    grandTotal: at(rows, columns),
  };
}
