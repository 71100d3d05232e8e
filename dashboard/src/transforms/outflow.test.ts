import { describe, expect, it } from 'vitest';
import type { OutflowCell, OutflowReport, Period, ShownCount, TargetGroup } from '../lib/contract.ts';
import { notDrawnText } from './chart-summary.ts';
import { cellText, tableLegend, toCsv } from './figure-table.ts';
import { PROTECTED_LEGEND, UNPUBLISHED_TOTALS_NOTE } from './format.ts';
import { buildOutflowTable, isEmptyOutflow, outflowChart, outflowFigureTable, zero } from './outflow.ts';

function quarter(code: string, provisional = false): Period {
  const [year, k] = code.split('-K');
  return { code, label: `${k}e kwartaal ${year}`, start: `${year}-01-01`, end: `${year}-03-31`, provisional };
}

/** A count as the gateway publishes it to a protected viewer. */
function shown(count: number): ShownCount {
  return { count, display: String(count), suppressed: false, protected: true };
}

const SMALL: ShownCount = { count: null, display: '<5', suppressed: true, protected: true };

/** Test shorthand: a number is a published count, 's' a published 1–4 ('<5'). */
type V = number | 's';
const value = (v: V): ShownCount => (v === 's' ? SMALL : shown(v));

type ReportInput = Pick<OutflowReport, 'periods' | 'cells' | 'periodTotals' | 'targetGroupTotals' | 'total' | 'protectionApplied' | 'dataDate'>;

function report(input: {
  periods: Period[];
  cells?: [string, TargetGroup, V][];
  periodTotals?: V[];
  /** null: not published (protected, more than one calendar period). */
  groupTotals?: Partial<Record<TargetGroup, V>> | null;
  total: V | null;
  protectionApplied?: boolean;
}): ReportInput {
  const cells: OutflowCell[] = (input.cells ?? []).map(([periodCode, targetGroup, v]) => ({ periodCode, targetGroup, value: value(v) }));
  const groupTotals = input.groupTotals === undefined ? {} : input.groupTotals;
  return {
    periods: input.periods,
    cells,
    periodTotals: input.periods.map((period, i) => ({ periodCode: period.code, value: value(input.periodTotals?.[i] ?? 0) })),
    targetGroupTotals: groupTotals === null ? null : Object.entries(groupTotals).map(([targetGroup, v]) => ({ targetGroup: targetGroup as TargetGroup, value: value(v) })),
    total: input.total === null ? null : value(input.total),
    protectionApplied: input.protectionApplied ?? true,
    dataDate: '2025-11-01',
  };
}

const Q1 = quarter('2025-K1');
const Q2 = quarter('2025-K2');
const Q3 = quarter('2025-K3');

/** The table as the page shows it: one row of cell texts per line, header and legend left out. */
function screen(input: ReportInput): string[][] {
  return outflowFigureTable(buildOutflowTable(input), 'Test', (g) => g).rows.map((row) => row.cells.map(cellText));
}

describe('buildOutflowTable', () => {
  it('shows every count and total as the gateway publishes it, totals never summed from cells', () => {
    // Protected totals are groups of their own: 30 + 20 published as 49 stays 49.
    const input = report({
      periods: [Q1, Q2],
      cells: [
        ['2025-K1', 'BW', 30],
        ['2025-K1', 'MO', 20],
        ['2025-K2', 'VO', 's'],
      ],
      periodTotals: [49, 's'],
      groupTotals: { BW: 31, MO: 20, VO: 's' },
      total: 52,
    });
    expect(screen(input)).toEqual([
      ['2025-K1', '30', '20', '0', '0', '0', '0', '0', '0', '49'],
      ['2025-K2', '0', '0', '<5', '0', '0', '0', '0', '0', '<5'],
      ['Totaal', '31', '20', '<5', '0', '0', '0', '0', '0', '52'],
    ]);
  });

  it('fills every absent cell and group total with a published 0, protected as the rest', () => {
    const table = buildOutflowTable(report({ periods: [Q1], cells: [['2025-K1', 'WLZ', 5]], periodTotals: [5], groupTotals: { WLZ: 5 }, total: 5 }));
    expect(table.rows[0]?.cells.BW).toEqual(zero(true));
    expect(table.totalsByTargetGroup?.BW).toEqual({ count: 0, display: '0', suppressed: false, protected: true });
    const exact = buildOutflowTable(report({ periods: [Q1], total: 0, protectionApplied: false }));
    expect(exact.rows[0]?.cells.BW.protected).toBe(false);
    expect(exact.protectionApplied).toBe(false);
  });

  it('shows a total the gateway does not publish as —, never 0, and explains it in the legend and the CSV', () => {
    const input = report({ periods: [Q1, Q2], cells: [['2025-K1', 'BW', 12]], periodTotals: [12, 0], groupTotals: null, total: null });
    const table = buildOutflowTable(input);
    expect(table.totalsByTargetGroup).toBeNull();
    expect(table.total).toBeNull();
    expect(screen(input).at(-1)).toEqual(['Totaal', '—', '—', '—', '—', '—', '—', '—', '—', '—']);
    const figures = outflowFigureTable(table, 'Test', (g) => g);
    expect(tableLegend(figures)).toEqual([PROTECTED_LEGEND, UNPUBLISHED_TOTALS_NOTE]);
    const lines = toCsv(figures).split('\r\n');
    expect(lines[3]).toBe('Totaal;—;—;—;—;—;—;—;—;—');
    expect(lines.slice(4, 6)).toEqual([`"${PROTECTED_LEGEND}"`, UNPUBLISHED_TOTALS_NOTE]);
  });

  it('marks a period that is not over by the data date as voorlopig', () => {
    const input = report({ periods: [Q3, quarter('2025-K4', true)], total: 0 });
    expect(buildOutflowTable(input).rows.map((row) => row.provisional)).toEqual([false, true]);
    expect(screen(input).map((row) => row[0])).toEqual(['2025-K3', '2025-K4 (voorlopig)', 'Totaal']);
  });

  it('orders rows by the report periods and leaves out cells outside them', () => {
    const input = report({
      periods: [Q1, Q2, Q3],
      cells: [
        ['2025-K3', 'OVERIG', 5],
        ['2025-K1', 'VO', 7],
        ['2024-K4', 'DET', 9],
      ],
      periodTotals: [7, 0, 5],
      total: 12,
    });
    expect(screen(input).map((row) => [row[0], row[3], row[5], row[8]])).toEqual([
      ['2025-K1', '7', '0', '0'],
      ['2025-K2', '0', '0', '0'],
      ['2025-K3', '0', '0', '5'],
      ['Totaal', '0', '0', '0'],
    ]);
  });

  it('keeps the first of duplicate cells rather than adding them up, and ignores unknown target groups', () => {
    const input = report({ periods: [Q1], periodTotals: [7], total: 7 });
    input.cells = [
      { periodCode: '2025-K1', targetGroup: 'JZ', value: shown(7) },
      { periodCode: '2025-K1', targetGroup: 'JZ', value: shown(5) },
      { periodCode: '2025-K1', targetGroup: 'ONBEKEND' as TargetGroup, value: shown(3) },
    ];
    const table = buildOutflowTable(input);
    expect(table.rows[0]?.cells.JZ.display).toBe('7');
    expect(table.targetGroups).toEqual(['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG']);
  });

  it('never puts a number behind a cell shown as <5', () => {
    const table = buildOutflowTable(report({ periods: [Q1], cells: [['2025-K1', 'MO', 's']], periodTotals: ['s'], total: 's' }));
    expect(table.rows[0]?.cells.MO).toEqual(SMALL);
  });
});

describe('outflowChart', () => {
  it('draws the published numbers, leaves <5 out and counts it, and lists only groups with a bar', () => {
    const table = buildOutflowTable(
      report({
        periods: [Q1, Q2],
        cells: [
          ['2025-K2', 'MO', 14],
          ['2025-K2', 'BW', 's'],
          ['2025-K1', 'VO', 's'],
        ],
        periodTotals: ['s', 17],
        total: 19,
      }),
    );
    const chart = outflowChart(table);
    // BW and VO have only '<5': nothing to draw, so not in the legend either.
    expect(chart.groups).toEqual(['MO']);
    expect(chart.rows[1]?.MO).toBe(14);
    expect(chart.rows[1]?.BW).toBeUndefined();
    expect(chart.rows[1]?.displays.BW).toBe('<5');
    expect(chart.summary.state).toBe('drawn');
    expect(notDrawnText(chart.summary)).toBe("2 waarden '<5' niet getekend (geen getal om te tekenen); de tabel toont ze.");
  });

  it('says when every value is <5 or 0, instead of drawing empty axes', () => {
    const hidden = outflowChart(buildOutflowTable(report({ periods: [Q1], cells: [['2025-K1', 'BW', 's']], periodTotals: ['s'], total: 's' })));
    expect(hidden.summary.state).toBe('all-hidden');
    expect(hidden.groups).toEqual([]);
    expect(outflowChart(buildOutflowTable(report({ periods: [Q1, Q2], total: 0 }))).summary.state).toBe('all-zero');
  });
});

describe('isEmptyOutflow', () => {
  it.each([
    { name: 'everything published as 0 is empty', input: report({ periods: [Q1], total: 0 }), expected: true },
    { name: 'no totals published and no cells is empty', input: report({ periods: [Q1, Q2], groupTotals: null, total: null }), expected: true },
    { name: 'a published count is not empty', input: report({ periods: [Q1], cells: [['2025-K1', 'BW', 7]], periodTotals: [7], total: 7 }), expected: false },
    { name: 'a <5 is not empty', input: report({ periods: [Q1], cells: [['2025-K1', 'BW', 's']], periodTotals: ['s'], total: 's' }), expected: false },
    { name: 'a period total above 0 with every cell 0 is not empty', input: report({ periods: [Q1], periodTotals: [5], total: null, groupTotals: null }), expected: false },
  ])('$name', ({ input, expected }) => {
    expect(isEmptyOutflow(buildOutflowTable(input))).toBe(expected);
  });
});
