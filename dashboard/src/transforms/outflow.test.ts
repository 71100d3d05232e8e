import { describe, expect, it } from 'vitest';
import type { OutflowCell, OutflowReport, Period, ShownCount, TargetGroup } from '../lib/contract.ts';
import { ZERO, buildOutflowTable, chartValue, isEmptyOutflow, toChartRows } from './outflow.ts';

function quarter(code: string): Period {
  const [year, k] = code.split('-K');
  return { code, label: `${k}e kwartaal ${year}`, start: `${year}-01-01`, end: `${year}-03-31` };
}

/** A shown count as the gateway sends it. */
function shown(count: number): ShownCount {
  return { count, display: String(count), suppressed: false };
}

const HIDDEN: ShownCount = { count: null, display: '<5', suppressed: true };

/** Test shorthand: a number is a shown count, 'x' a hidden one. */
type V = number | 'x';
const value = (v: V): ShownCount => (v === 'x' ? HIDDEN : shown(v));

type ReportInput = Pick<
  OutflowReport,
  'periods' | 'cells' | 'periodTotals' | 'targetGroupTotals' | 'total' | 'suppressionApplied'
>;

function report(input: {
  periods: Period[];
  cells?: Array<[string, TargetGroup, V]>;
  periodTotals?: V[];
  groupTotals?: Partial<Record<TargetGroup, V>>;
  total: V;
  suppressionApplied?: boolean;
}): ReportInput {
  const cells: OutflowCell[] = (input.cells ?? []).map(([periodCode, targetGroup, v]) => ({
    periodCode,
    targetGroup,
    value: value(v),
  }));
  return {
    periods: input.periods,
    cells,
    periodTotals: input.periods.map((period, i) => ({ periodCode: period.code, value: value(input.periodTotals?.[i] ?? 0) })),
    targetGroupTotals: Object.entries(input.groupTotals ?? {}).map(([targetGroup, v]) => ({
      targetGroup: targetGroup as TargetGroup,
      value: value(v),
    })),
    total: value(input.total),
    suppressionApplied: input.suppressionApplied ?? true,
  };
}

const Q1 = quarter('2025-K1');
const Q2 = quarter('2025-K2');
const Q3 = quarter('2025-K3');

/** What the table shows: per row [period, {group: display} for non-'0' cells, row total, anyHidden]. */
type ShownRow = [string, Partial<Record<TargetGroup, string>>, string, boolean];

function shownRows(table: ReturnType<typeof buildOutflowTable>): ShownRow[] {
  return table.rows.map((row) => [
    row.periodCode,
    Object.fromEntries(
      table.targetGroups.filter((g) => row.cells[g].display !== '0').map((g) => [g, row.cells[g].display]),
    ),
    row.total.display,
    row.anyHidden,
  ]);
}

function shownGroupTotals(table: ReturnType<typeof buildOutflowTable>): Partial<Record<TargetGroup, string>> {
  return Object.fromEntries(
    table.targetGroups
      .filter((g) => table.totalsByTargetGroup[g].display !== '0')
      .map((g) => [g, table.totalsByTargetGroup[g].display]),
  );
}

describe('buildOutflowTable', () => {
  const cases: Array<{
    name: string;
    input: ReportInput;
    rows: ShownRow[];
    groupTotals: Partial<Record<TargetGroup, string>>;
    total: string;
    anyHidden: boolean;
    chartGroups: TargetGroup[];
  }> = [
    {
      name: 'shows every count and total as the gateway displays it',
      input: report({
        periods: [Q1, Q2],
        cells: [
          ['2025-K1', 'BW', 30],
          ['2025-K1', 'MO', 20],
          ['2025-K2', 'BW', 40],
          ['2025-K2', 'OVERIG', 10],
        ],
        periodTotals: [50, 50],
        groupTotals: { BW: 70, MO: 20, OVERIG: 10 },
        total: 100,
      }),
      rows: [
        ['2025-K1', { BW: '30', MO: '20' }, '50', false],
        ['2025-K2', { BW: '40', OVERIG: '10' }, '50', false],
      ],
      groupTotals: { BW: '70', MO: '20', OVERIG: '10' },
      total: '100',
      anyHidden: false,
      chartGroups: ['BW', 'MO', 'OVERIG'],
    },
    {
      name: 'hidden cells show <5, and a row with one is flagged',
      input: report({
        periods: [Q1, Q2],
        cells: [
          ['2025-K1', 'BW', 'x'],
          ['2025-K1', 'MO', 'x'],
          ['2025-K1', 'VO', 12],
          ['2025-K2', 'VO', 9],
        ],
        periodTotals: [17, 9],
        groupTotals: { BW: 'x', MO: 'x', VO: 21 },
        total: 26,
      }),
      rows: [
        ['2025-K1', { BW: '<5', MO: '<5', VO: '12' }, '17', true],
        ['2025-K2', { VO: '9' }, '9', false],
      ],
      groupTotals: { BW: '<5', MO: '<5', VO: '21' },
      total: '26',
      anyHidden: true,
      chartGroups: ['BW', 'MO', 'VO'],
    },
    {
      name: 'totals come from the gateway, not from summing the cells',
      input: report({
        periods: [Q1],
        // The gateway's totals include the hidden cell; the shown cells alone add up to 6.
        cells: [
          ['2025-K1', 'JZ', 6],
          ['2025-K1', 'DET', 'x'],
        ],
        periodTotals: [9],
        groupTotals: { JZ: 6, DET: 'x' },
        total: 9,
      }),
      rows: [['2025-K1', { JZ: '6', DET: '<5' }, '9', true]],
      groupTotals: { JZ: '6', DET: '<5' },
      total: '9',
      anyHidden: true,
      chartGroups: ['JZ', 'DET'],
    },
    {
      name: 'a hidden row total is flagged even when its cells are shown',
      input: report({
        periods: [Q1, Q2],
        cells: [
          ['2025-K1', 'GGZ', 'x'],
          ['2025-K2', 'GGZ', 8],
          ['2025-K2', 'WLZ', 7],
        ],
        periodTotals: ['x', 15],
        groupTotals: { GGZ: 11, WLZ: 7 },
        total: 18,
      }),
      rows: [
        ['2025-K1', { GGZ: '<5' }, '<5', true],
        ['2025-K2', { GGZ: '8', WLZ: '7' }, '15', false],
      ],
      groupTotals: { GGZ: '11', WLZ: '7' },
      total: '18',
      anyHidden: true,
      chartGroups: ['GGZ', 'WLZ'],
    },
    {
      name: 'missing cells, empty periods and groups without a total show 0',
      input: report({
        periods: [Q1, Q2, Q3],
        cells: [['2025-K2', 'GGZ', 6]],
        periodTotals: [0, 6, 0],
        groupTotals: { GGZ: 6 },
        total: 6,
      }),
      rows: [
        ['2025-K1', {}, '0', false],
        ['2025-K2', { GGZ: '6' }, '6', false],
        ['2025-K3', {}, '0', false],
      ],
      groupTotals: { GGZ: '6' },
      total: '6',
      anyHidden: false,
      chartGroups: ['GGZ'],
    },
    {
      name: 'orders rows by the report periods and series by contract order, not by arrival',
      input: report({
        periods: [Q1, Q2, Q3],
        cells: [
          ['2025-K3', 'OVERIG', 5],
          ['2025-K1', 'VO', 7],
        ],
        periodTotals: [7, 0, 5],
        groupTotals: { OVERIG: 5, VO: 7 },
        total: 12,
      }),
      rows: [
        ['2025-K1', { VO: '7' }, '7', false],
        ['2025-K2', {}, '0', false],
        ['2025-K3', { OVERIG: '5' }, '5', false],
      ],
      groupTotals: { VO: '7', OVERIG: '5' },
      total: '12',
      anyHidden: false,
      chartGroups: ['VO', 'OVERIG'],
    },
    {
      name: 'leaves out cells for periods outside the report; totals stay the gateway’s',
      input: report({
        periods: [Q1],
        cells: [
          ['2025-K1', 'DET', 5],
          ['2024-K4', 'DET', 9],
        ],
        periodTotals: [5],
        groupTotals: { DET: 5 },
        total: 5,
      }),
      rows: [['2025-K1', { DET: '5' }, '5', false]],
      groupTotals: { DET: '5' },
      total: '5',
      anyHidden: false,
      chartGroups: ['DET'],
    },
    {
      name: 'a suppressed grand total shows <5 and is flagged',
      input: report({
        periods: [Q1],
        cells: [['2025-K1', 'BW', 'x']],
        periodTotals: ['x'],
        groupTotals: { BW: 'x' },
        total: 'x',
      }),
      rows: [['2025-K1', { BW: '<5' }, '<5', true]],
      groupTotals: { BW: '<5' },
      total: '<5',
      anyHidden: true,
      chartGroups: ['BW'],
    },
    {
      name: 'handles an all-empty report',
      input: report({ periods: [Q1, Q2], total: 0 }),
      rows: [
        ['2025-K1', {}, '0', false],
        ['2025-K2', {}, '0', false],
      ],
      groupTotals: {},
      total: '0',
      anyHidden: false,
      chartGroups: [],
    },
    {
      name: 'handles a report without periods',
      input: report({ periods: [], total: 0 }),
      rows: [],
      groupTotals: {},
      total: '0',
      anyHidden: false,
      chartGroups: [],
    },
  ];

  it.each(cases)('$name', ({ input, rows, groupTotals, total, anyHidden, chartGroups }) => {
    const table = buildOutflowTable(input);
    expect(shownRows(table)).toEqual(rows);
    expect(shownGroupTotals(table)).toEqual(groupTotals);
    expect(table.total.display).toBe(total);
    expect(table.anyHidden).toBe(anyHidden);
    expect(table.targetGroupsWithOutflow).toEqual(chartGroups);
  });

  it('fills every absent cell and group total with a shown 0', () => {
    const table = buildOutflowTable(report({ periods: [Q1], cells: [['2025-K1', 'WLZ', 5]], periodTotals: [5], groupTotals: { WLZ: 5 }, total: 5 }));
    expect(table.rows[0]?.cells.BW).toEqual(ZERO);
    expect(table.totalsByTargetGroup.BW).toEqual({ count: 0, display: '0', suppressed: false });
  });

  it('never puts a number behind a hidden cell', () => {
    const table = buildOutflowTable(report({ periods: [Q1], cells: [['2025-K1', 'MO', 'x']], periodTotals: ['x'], groupTotals: { MO: 'x' }, total: 'x' }));
    expect(table.rows[0]?.cells.MO).toEqual({ count: null, display: '<5', suppressed: true });
  });

  it('keeps the first of duplicate cells rather than adding them up', () => {
    const input = report({ periods: [Q1], periodTotals: [7], groupTotals: { JZ: 7 }, total: 7 });
    input.cells = [
      { periodCode: '2025-K1', targetGroup: 'JZ', value: shown(7) },
      { periodCode: '2025-K1', targetGroup: 'JZ', value: shown(5) },
    ];
    expect(buildOutflowTable(input).rows[0]?.cells.JZ.display).toBe('7');
  });

  it('ignores target groups and totals this dashboard does not know', () => {
    const input = report({ periods: [Q1], cells: [['2025-K1', 'BW', 5]], periodTotals: [5], groupTotals: { BW: 5 }, total: 5 });
    input.cells.push({ periodCode: '2025-K1', targetGroup: 'ONBEKEND' as TargetGroup, value: shown(3) });
    input.targetGroupTotals.push({ targetGroup: 'ONBEKEND' as TargetGroup, value: shown(3) });
    const table = buildOutflowTable(input);
    expect(shownRows(table)).toEqual([['2025-K1', { BW: '5' }, '5', false]]);
    expect(table.targetGroupsWithOutflow).toEqual(['BW']);
  });

  it('always lists all eight target groups in contract order', () => {
    const table = buildOutflowTable(report({ periods: [Q1], total: 0 }));
    expect(table.targetGroups).toEqual(['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG']);
  });

  it('keeps the period label for each row', () => {
    const table = buildOutflowTable(report({ periods: [Q3], total: 0 }));
    expect(table.rows[0]?.periodLabel).toBe('3e kwartaal 2025');
  });

  it.each([true, false])('passes suppressionApplied = %s through', (suppressionApplied) => {
    expect(buildOutflowTable(report({ periods: [Q1], total: 0, suppressionApplied })).suppressionApplied).toBe(
      suppressionApplied,
    );
  });
});

describe('chartValue', () => {
  it.each([
    { name: 'a shown count', value: shown(12), expected: 12 },
    { name: 'a shown zero', value: ZERO, expected: 0 },
    { name: 'a hidden count: no bar', value: HIDDEN, expected: undefined },
  ])('$name', ({ value: v, expected }) => {
    expect(chartValue(v)).toBe(expected);
  });
});

describe('toChartRows', () => {
  it('gives one bar per period: shown counts as numbers, hidden cells undefined, the table’s text alongside', () => {
    const table = buildOutflowTable(
      report({
        periods: [Q1, Q2],
        cells: [
          ['2025-K2', 'MO', 14],
          ['2025-K2', 'BW', 'x'],
        ],
        periodTotals: [0, 17],
        groupTotals: { MO: 14, BW: 'x' },
        total: 17,
      }),
    );
    const zeros = { BW: 0, MO: 0, VO: 0, JZ: 0, DET: 0, GGZ: 0, WLZ: 0, OVERIG: 0 };
    const zeroDisplays = { BW: '0', MO: '0', VO: '0', JZ: '0', DET: '0', GGZ: '0', WLZ: '0', OVERIG: '0' };
    expect(toChartRows(table)).toEqual([
      { periodCode: '2025-K1', periodLabel: '1e kwartaal 2025', anyHidden: false, displays: zeroDisplays, ...zeros },
      {
        periodCode: '2025-K2',
        periodLabel: '2e kwartaal 2025',
        anyHidden: true,
        displays: { ...zeroDisplays, MO: '14', BW: '<5' },
        ...zeros,
        MO: 14,
        BW: undefined,
      },
    ]);
    // toEqual treats a missing key like undefined; say plainly that the hidden cell carries no number.
    expect(toChartRows(table)[1]?.BW).toBeUndefined();
  });
});

describe('isEmptyOutflow', () => {
  it.each([
    { name: 'a total of 0 is empty', total: 0 as V, expected: true },
    { name: 'a shown total is not empty', total: 7 as V, expected: false },
    { name: 'a suppressed total (<5) is not empty', total: 'x' as V, expected: false },
  ])('$name', ({ total, expected }) => {
    expect(isEmptyOutflow(buildOutflowTable(report({ periods: [Q1], total })))).toBe(expected);
  });
});
