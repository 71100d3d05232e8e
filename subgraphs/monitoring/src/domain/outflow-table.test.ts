import { cellKeyProtected, exact, perturb } from '@uitstroom/disclosure';
import { describe, expect, it } from 'vitest';
import { shownOutflowTable } from './outflow-table.ts';

const GROUPS = ['BW', 'MO', 'VO'] as const;
const cells = [
  { periodCode: '2025-K1', targetGroup: 'BW' as const, count: 12, keySum: 100 },
  { periodCode: '2025-K1', targetGroup: 'MO' as const, count: 3, keySum: 2 ** 30 },
  { periodCode: '2025-K2', targetGroup: 'BW' as const, count: 9, keySum: 7 },
  { periodCode: '2025-K2', targetGroup: 'MO' as const, count: 8, keySum: 2_000_000_000 },
];

describe('shownOutflowTable', () => {
  it('gives true counts and margins to the beheerder', () => {
    const table = shownOutflowTable(['2025-K1', '2025-K2', '2025-K3'], GROUPS, cells, exact, true);
    expect(table.cells.map((c) => [c.periodCode, c.targetGroup, c.value.display])).toEqual([
      ['2025-K1', 'BW', '12'],
      ['2025-K1', 'MO', '3'],
      ['2025-K2', 'BW', '9'],
      ['2025-K2', 'MO', '8'],
    ]);
    expect(table.periodTotals.map((t) => t.value.count)).toEqual([15, 17, 0]);
    // VO has no outflow: no column.
    expect(table.targetGroupTotals?.map((t) => [t.targetGroup, t.value.count])).toEqual([['BW', 21], ['MO', 11]]);
    expect(table.total?.count).toBe(32);
  });

  it('protects every number as a group of its own: a total is the key sum of its people, not a sum of published cells', () => {
    const table = shownOutflowTable(['2025-K1', '2025-K2'], GROUPS, cells, cellKeyProtected, true);
    const k1 = { n: 15, keySum: 100 + 2 ** 30 };
    expect(table.periodTotals[0]?.value.count).toBe(perturb(k1));
    expect(table.total?.count).toBe(perturb({ n: 32, keySum: (100 + 2 ** 30 + 7 + 2_000_000_000) % 2 ** 31 }));
    // 3 with a mid-range cell key stays 3: shown as "<5", and only that.
    expect(table.cells.find((c) => c.targetGroup === 'MO' && c.periodCode === '2025-K1')?.value).toEqual({ count: null, display: '<5', suppressed: true, protected: true });
    for (const c of table.cells) expect(c.value.suppressed).toBe(c.value.count === null);
  });

  it('leaves out cells published as 0, and range totals over more than one calendar period', () => {
    // A single person with a cell key in the lowest 38% of [0, 1) is published as 0.
    const one = [{ periodCode: '2025-K1', targetGroup: 'VO' as const, count: 1, keySum: 1000 }];
    const table = shownOutflowTable(['2025-K1', '2025-K2'], GROUPS, one, cellKeyProtected, false);
    expect(table.cells).toEqual([]);
    expect(table.targetGroupTotals).toBeNull();
    expect(table.total).toBeNull();
    expect(table.periodTotals.map((t) => t.value.display)).toEqual(['0', '0']);
  });
});
