import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_PERCENTAGE_BASE, MIN_SHOWN_COUNT, shareBasisPoints, suppressCount, suppressSumOfCells, suppressTable, type ShownCount, type SuppressedTable } from './suppression.ts';

/** The table as the displays a reader sees: cells, then row totals, column totals and grand total. */
function displays(table: SuppressedTable) {
  const show = (shownCount: ShownCount) => shownCount.display;
  return { cells: table.cells.map((row) => row.map(show)), rowTotals: table.rowTotals.map(show), columnTotals: table.columnTotals.map(show), grandTotal: show(table.grandTotal) };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('suppressCount', () => {
  it.each([
    [0, { count: 0, suppressed: false, reason: null, display: '0' }],
    [1, { count: null, suppressed: true, reason: 'primary', display: '<5' }],
    [4, { count: null, suppressed: true, reason: 'primary', display: '<5' }],
    [5, { count: 5, suppressed: false, reason: null, display: '5' }],
    [12, { count: 12, suppressed: false, reason: null, display: '12' }],
  ])('shows %i as %o', (count, expected) => expect(suppressCount(count)).toEqual(expected));

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (count) => expect(() => suppressCount(count)).toThrow(/whole number >= 0/));

  it('keeps the thresholds the domain names', () => expect([MIN_SHOWN_COUNT, MIN_PERCENTAGE_BASE]).toEqual([5, 10]));
});

describe('shareBasisPoints', () => {
  it.each([
    ['base 9 is too small', 1, 9, null],
    ['base 0 is empty', 0, 0, null],
    ['base 10 is enough', 1, 10, 1000],
    ['1/3 rounds down', 10, 30, 3333],
    ['2/3 rounds up', 20, 30, 6667],
    ['exactly half a basis point rounds up', 1, 20_000, 1],
    ['a quarter basis point rounds down', 1, 40_000, 0],
    ['none', 0, 10, 0],
    ['all', 10, 10, 10_000],
    ['large numbers stay exact', 2 ** 52, 2 ** 53 - 1, 5000],
  ])('%s: %i of %i', (_name, part, base, expected) => expect(shareBasisPoints(part, base)).toBe(expected));

  it.each([
    [-1, 10],
    [1, -10],
    [0.5, 10],
    [1, 10.5],
  ])('refuses %d of %d', (part, base) => expect(() => shareBasisPoints(part, base)).toThrow(/whole number >= 0/));

  it('refuses a part larger than its base', () => expect(() => shareBasisPoints(11, 10)).toThrow('part (11) must not exceed base (10)'));
});

describe('suppressTable examples', () => {
  it.each([
    ['empty table', [], { cells: [], rowTotals: [], columnTotals: [], grandTotal: '0' }],
    ['rows without columns', [[], []], { cells: [[], []], rowTotals: ['0', '0'], columnTotals: [], grandTotal: '0' }],
    ['1×1 of 0', [[0]], { cells: [['0']], rowTotals: ['0'], columnTotals: ['0'], grandTotal: '0' }],
    ['1×1 of 4', [[4]], { cells: [['<5']], rowTotals: ['<5'], columnTotals: ['<5'], grandTotal: '<5' }],
    ['1×1 of 5', [[5]], { cells: [['5']], rowTotals: ['5'], columnTotals: ['5'], grandTotal: '5' }],
    ['all zero', [[0, 0], [0, 0]], { cells: [['0', '0'], ['0', '0']], rowTotals: ['0', '0'], columnTotals: ['0', '0'], grandTotal: '0' }],
    ['no small counts', [[5, 6], [7, 0]], { cells: [['5', '6'], ['7', '0']], rowTotals: ['11', '7'], columnTotals: ['12', '6'], grandTotal: '18' }],
    [
      'a row with one small cell gets its smallest other cell hidden, and the columns follow',
      [[3, 10, 7], [20, 30, 40]],
      { cells: [['<5', '10', '<5'], ['<5', '30', '<5']], rowTotals: ['20', '90'], columnTotals: ['23', '40', '47'], grandTotal: '110' },
    ],
    [
      'a row of two small cells is safe on its own, but each column needs a second hidden cell',
      [[2, 3, 10], [20, 30, 40]],
      { cells: [['<5', '<5', '10'], ['<5', '<5', '40']], rowTotals: ['15', '90'], columnTotals: ['22', '33', '50'], grandTotal: '105' },
    ],
    [
      'ties go to the first cell',
      [[1, 8, 8], [9, 8, 8]],
      { cells: [['<5', '<5', '8'], ['<5', '<5', '8']], rowTotals: ['17', '25'], columnTotals: ['10', '16', '16'], grandTotal: '42' },
    ],
    [
      'a single-cell row hides its total, and the margins follow',
      [[7, 0], [3, 10]],
      { cells: [['<5', '0'], ['<5', '<5']], rowTotals: ['<5', '<5'], columnTotals: ['<5', '<5'], grandTotal: '20' },
    ],
    [
      'a small total is hidden, and another total with it so the grand total does not give it away',
      [[1, 2], [10, 20], [30, 40]],
      { cells: [['<5', '<5'], ['<5', '<5'], ['30', '40']], rowTotals: ['<5', '<5', '70'], columnTotals: ['41', '62'], grandTotal: '103' },
    ],
  ])('%s', (_name, counts, expected) => expect(displays(suppressTable(counts))).toEqual(expected));

  it('gives the reason for each hidden number', () => {
    const table = suppressTable([[2, 3, 10], [20, 30, 40]]);
    expect(table.cells.map((row) => row.map((cell) => cell.reason))).toEqual([
      ['primary', 'primary', null],
      ['secondary', 'secondary', null],
    ]);
    expect(table.cells[1]?.[0]).toEqual({ count: null, suppressed: true, reason: 'secondary', display: '<5' });
  });

  it('hides a total only when its line has no other cell to hide', () => {
    const table = suppressTable([[7, 0], [3, 10]]);
    expect(table.columnTotals.map((total) => total.reason)).toEqual(['secondary', 'secondary']);
    expect(table.rowTotals[0]?.reason).toBe('secondary');
  });

  // Known limit of a line-by-line rule: in [[0, 0, 3], [0, 0, 2], [3, 3, 4]] every line has 0 or ≥ 2 hidden
  // numbers, yet the 4 follows from column 3 total 9 − (grand total 15 − row 3 total 10). Needs a cycle check.
  it.todo('leaves no hidden number recoverable by combining several lines');

  it.each([
    ['a negative count', [[1, -1]], /count at row 0, column 1 must be a whole number >= 0, got -1/],
    ['a fraction', [[1], [2.5]], /count at row 1, column 0 must be a whole number >= 0, got 2.5/],
    ['NaN', [[Number.NaN]], /whole number >= 0, got NaN/],
    ['ragged rows', [[1, 2], [3]], /row 1 has 1 cells, expected 2 like row 0 \(ragged table\)/],
    ['a sum too large to count', [[Number.MAX_SAFE_INTEGER, 1]], /too large/],
  ])('refuses %s', (_name, counts, message) => expect(() => suppressTable(counts)).toThrow(message));
});

/** Counts weighted towards the small numbers where suppression happens. */
const countArbitrary = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 },
  { arbitrary: fc.integer({ min: 5, max: 30 }), weight: 3 },
);

/** Tables of up to 6 rows × 8 columns, including empty ones. */
const tableArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8 }))
  .chain(([rows, columns]) => fc.array(fc.array(countArbitrary, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

/** True values and outcomes side by side, margins included, as one (rows + 1) × (columns + 1) grid. */
function extendedGrid(counts: number[][], table: SuppressedTable) {
  const columns = counts[0]?.length ?? 0;
  const columnSums = Array.from({ length: columns }, (_, c) => sum(counts.map((row) => row[c] ?? 0)));
  const values = [...counts.map((row) => [...row, sum(row)]), [...columnSums, sum(columnSums)]];
  const shown = [...table.cells.map((row, r) => [...row, table.rowTotals[r]]), [...table.columnTotals, table.grandTotal]];
  return { values, shown: shown.map((row) => row.map((entry) => entry as ShownCount)) };
}

/** Each line of the grid as [true values, outcomes]; the last entry of a line is its total. */
function linesOf(grid: ReturnType<typeof extendedGrid>) {
  const rows = grid.values.map((row, r) => [row, grid.shown[r] ?? []] as const);
  const width = grid.values[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, c) => [grid.values.map((row) => row[c] ?? 0), grid.shown.map((row) => row[c] as ShownCount)] as const);
  return [...rows, ...columns];
}

const hiddenNonZero = (values: readonly number[], outcomes: readonly ShownCount[]) => values.filter((value, i) => value > 0 && outcomes[i]?.suppressed).length;

describe('suppressTable properties', () => {
  it('(a) shows no cell or total of 1–4', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const grid = extendedGrid(counts, suppressTable(counts));
        grid.shown.flat().forEach((entry) => expect(entry.suppressed || entry.count === 0 || (entry.count ?? 0) >= MIN_SHOWN_COUNT).toBe(true));
      }),
    );
  });

  it('(b) shows every cell as its true value, and hides it without leaking the value', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        suppressTable(counts).cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            const value = counts[r]?.[c];
            if (cell.suppressed) expect(cell).toEqual({ count: null, suppressed: true, reason: cell.reason, display: '<5' });
            else expect(cell).toEqual({ count: value, suppressed: false, reason: null, display: String(value) });
            expect(cell.reason === 'primary').toBe(value !== undefined && value > 0 && value < MIN_SHOWN_COUNT);
          }),
        );
      }),
    );
  });

  it('(c) leaves 0 or at least 2 hidden non-zero cells in every row and column whose total is shown', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const grid = extendedGrid(counts, suppressTable(counts));
        for (const [values, outcomes] of linesOf(grid)) {
          if (outcomes[outcomes.length - 1]?.suppressed) continue;
          expect(hiddenNonZero(values.slice(0, -1), outcomes.slice(0, -1))).not.toBe(1);
        }
      }),
    );
  });

  it('(c+) leaves no line with exactly one hidden number, counting totals and margins, so none is recovered by subtraction or addition', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const grid = extendedGrid(counts, suppressTable(counts));
        for (const [values, outcomes] of linesOf(grid)) expect(hiddenNonZero(values, outcomes)).not.toBe(1);
        const values = grid.values.flat();
        grid.shown.flat().forEach((entry, i) => {
          if (entry.suppressed) expect(values[i]).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('(d) shows totals as the true sums', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const table = suppressTable(counts);
        const columns = counts[0]?.length ?? 0;
        const expectTotal = (total: ShownCount | undefined, value: number) => {
          if (!total?.suppressed) expect(total).toEqual({ count: value, suppressed: false, reason: null, display: String(value) });
        };
        counts.forEach((row, r) => expectTotal(table.rowTotals[r], sum(row)));
        Array.from({ length: columns }, (_, c) => expectTotal(table.columnTotals[c], sum(counts.map((row) => row[c] ?? 0))));
        expectTotal(table.grandTotal, sum(counts.flat()));
        expect([table.cells.length, table.rowTotals.length, table.columnTotals.length]).toEqual([counts.length, counts.length, columns]);
      }),
    );
  });

  it('(d+) hides the grand total only when it is 1–4 itself, so another table showing the same total (the monitor shows the housed in several) reveals nothing it hides', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const grand = sum(counts.flat());
        expect(suppressTable(counts).grandTotal.suppressed).toBe(grand > 0 && grand < MIN_SHOWN_COUNT);
      }),
      { numRuns: 2_000 },
    );
  });

  it('(e) is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(tableArbitrary, (counts) => {
        const copy = counts.map((row) => [...row]);
        const first = suppressTable(counts);
        expect(suppressTable(copy)).toEqual(first);
        expect(suppressTable(counts)).toEqual(first);
        expect(copy).toEqual(counts);
      }),
    );
  });

  it('(f) suppressCount agrees with rule 1 for any count', () => {
    fc.assert(
      fc.property(fc.nat(), (count) => {
        expect(suppressCount(count).suppressed).toBe(count > 0 && count < MIN_SHOWN_COUNT);
      }),
    );
  });

  it('(g) shareBasisPoints is the half-up rounded share on bases of at least 10', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), (a, b) => {
        const [part, base] = a <= b ? [a, b] : [b, a];
        const share = shareBasisPoints(part, base);
        if (base < MIN_PERCENTAGE_BASE) {
          expect(share).toBeNull();
          return;
        }
        expect(share).not.toBeNull();
        const bp = share ?? 0;
        // bp - 1/2 <= part × 10000 / base < bp + 1/2, checked in integers.
        expect(2 * part * 10_000 >= (2 * bp - 1) * base && 2 * part * 10_000 < (2 * bp + 1) * base).toBe(true);
      }),
    );
  });
});

describe('suppressSumOfCells', () => {
  const cell = (count: number) => suppressCount(count);
  it('shows a sum of shown cells', () => {
    expect(suppressSumOfCells(12, [cell(5), cell(7)])).toMatchObject({ count: 12, suppressed: false });
  });
  it('hides a sum that would reveal a hidden cell', () => {
    expect(suppressSumOfCells(9, [cell(3), cell(6)])).toMatchObject({ count: null, suppressed: true, reason: 'secondary', display: '<5' });
  });
  it('hides a small sum as primary', () => {
    expect(suppressSumOfCells(4, [cell(0), cell(4)])).toMatchObject({ count: null, reason: 'primary' });
  });
  it('shows zero', () => {
    expect(suppressSumOfCells(0, [cell(0)])).toMatchObject({ count: 0, suppressed: false });
  });
});
