import { describe, expect, it } from 'vitest';
import type { OutflowCell, Period } from '../lib/contract.ts';
import {
  buildOutflowTable,
  isEmptyOutflow,
  targetGroupsWithOutflow,
  toChartRows,
  zeroCounts,
  type CountsByTargetGroup,
} from './outflow.ts';

function quarter(code: string): Period {
  const [year, k] = code.split('-K');
  return { code, label: `${k}e kwartaal ${year}`, start: `${year}-01-01`, end: `${year}-03-31` };
}

function counts(partial: Partial<CountsByTargetGroup>): CountsByTargetGroup {
  return { ...zeroCounts(), ...partial };
}

const Q1 = quarter('2025-K1');
const Q2 = quarter('2025-K2');
const Q3 = quarter('2025-K3');

describe('buildOutflowTable', () => {
  const cases: Array<{
    name: string;
    periods: Period[];
    cells: OutflowCell[];
    rows: Array<[string, Partial<CountsByTargetGroup>, number]>;
    totals: Partial<CountsByTargetGroup>;
    total: number;
  }> = [
    {
      name: 'sums rows, columns and the grand total',
      periods: [Q1, Q2],
      cells: [
        { periodCode: '2025-K1', targetGroup: 'BW', count: 3 },
        { periodCode: '2025-K1', targetGroup: 'MO', count: 2 },
        { periodCode: '2025-K2', targetGroup: 'BW', count: 4 },
        { periodCode: '2025-K2', targetGroup: 'OVERIG', count: 1 },
      ],
      rows: [
        ['2025-K1', { BW: 3, MO: 2 }, 5],
        ['2025-K2', { BW: 4, OVERIG: 1 }, 5],
      ],
      totals: { BW: 7, MO: 2, OVERIG: 1 },
      total: 10,
    },
    {
      name: 'keeps empty periods as rows of zeros (missing cells are 0)',
      periods: [Q1, Q2, Q3],
      cells: [{ periodCode: '2025-K2', targetGroup: 'GGZ', count: 6 }],
      rows: [
        ['2025-K1', {}, 0],
        ['2025-K2', { GGZ: 6 }, 6],
        ['2025-K3', {}, 0],
      ],
      totals: { GGZ: 6 },
      total: 6,
    },
    {
      name: 'orders rows by the report periods, not by the order of the cells',
      periods: [Q1, Q2, Q3],
      cells: [
        { periodCode: '2025-K3', targetGroup: 'VO', count: 1 },
        { periodCode: '2025-K1', targetGroup: 'VO', count: 2 },
      ],
      rows: [
        ['2025-K1', { VO: 2 }, 2],
        ['2025-K2', {}, 0],
        ['2025-K3', { VO: 1 }, 1],
      ],
      totals: { VO: 3 },
      total: 3,
    },
    {
      name: 'adds up duplicate cells for the same period and target group',
      periods: [Q1],
      cells: [
        { periodCode: '2025-K1', targetGroup: 'JZ', count: 2 },
        { periodCode: '2025-K1', targetGroup: 'JZ', count: 5 },
      ],
      rows: [['2025-K1', { JZ: 7 }, 7]],
      totals: { JZ: 7 },
      total: 7,
    },
    {
      name: 'leaves out cells for periods outside the report, so totals match the rows',
      periods: [Q1],
      cells: [
        { periodCode: '2025-K1', targetGroup: 'DET', count: 1 },
        { periodCode: '2024-K4', targetGroup: 'DET', count: 9 },
      ],
      rows: [['2025-K1', { DET: 1 }, 1]],
      totals: { DET: 1 },
      total: 1,
    },
    {
      name: 'handles an all-empty report',
      periods: [Q1, Q2],
      cells: [],
      rows: [
        ['2025-K1', {}, 0],
        ['2025-K2', {}, 0],
      ],
      totals: {},
      total: 0,
    },
    {
      name: 'handles a report without periods',
      periods: [],
      cells: [],
      rows: [],
      totals: {},
      total: 0,
    },
  ];

  it.each(cases)('$name', ({ periods, cells, rows, totals, total }) => {
    const table = buildOutflowTable({ periods, cells });
    expect(table.rows.map((row) => [row.periodCode, row.counts, row.total])).toEqual(
      rows.map(([code, partial, rowTotal]) => [code, counts(partial), rowTotal]),
    );
    expect(table.totalsByTargetGroup).toEqual(counts(totals));
    expect(table.total).toBe(total);
  });

  it('always lists all eight target groups in contract order', () => {
    const table = buildOutflowTable({ periods: [Q1], cells: [{ periodCode: '2025-K1', targetGroup: 'WLZ', count: 1 }] });
    expect(table.targetGroups).toEqual(['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG']);
  });

  it('keeps the period label for each row', () => {
    const table = buildOutflowTable({ periods: [Q3], cells: [] });
    expect(table.rows[0]?.periodLabel).toBe('3e kwartaal 2025');
  });
});

describe('targetGroupsWithOutflow', () => {
  it.each([
    { name: 'only groups with outflow, in contract order', cells: ['OVERIG', 'BW', 'GGZ'], expected: ['BW', 'GGZ', 'OVERIG'] },
    { name: 'none for an empty report', cells: [], expected: [] },
  ] as const)('$name', ({ cells, expected }) => {
    const table = buildOutflowTable({
      periods: [Q1],
      cells: cells.map((targetGroup) => ({ periodCode: '2025-K1', targetGroup, count: 1 })),
    });
    expect(targetGroupsWithOutflow(table)).toEqual(expected);
  });
});

describe('toChartRows', () => {
  it('flattens each row into one bar keyed by target group, zeros included', () => {
    const table = buildOutflowTable({
      periods: [Q1, Q2],
      cells: [{ periodCode: '2025-K2', targetGroup: 'MO', count: 4 }],
    });
    expect(toChartRows(table)).toEqual([
      { periodCode: '2025-K1', periodLabel: '1e kwartaal 2025', total: 0, ...zeroCounts() },
      { periodCode: '2025-K2', periodLabel: '2e kwartaal 2025', total: 4, ...counts({ MO: 4 }) },
    ]);
  });
});

describe('isEmptyOutflow', () => {
  it.each([
    { cells: [], expected: true },
    { cells: [{ periodCode: '2025-K1', targetGroup: 'BW', count: 1 }] as OutflowCell[], expected: false },
  ])('is $expected for $cells.length cell(s)', ({ cells, expected }) => {
    expect(isEmptyOutflow(buildOutflowTable({ periods: [Q1], cells }))).toBe(expected);
  });
});
