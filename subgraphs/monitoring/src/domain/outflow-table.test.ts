import { describe, expect, it } from 'vitest';
import { shownOutflowTable } from './outflow-table.ts';

const GROUPS = ['BW', 'MO', 'VO'] as const;
const cells = [
  { periodCode: '2025-K1', targetGroup: 'BW' as const, count: 12 },
  { periodCode: '2025-K1', targetGroup: 'MO' as const, count: 3 },
  { periodCode: '2025-K2', targetGroup: 'BW' as const, count: 9 },
  { periodCode: '2025-K2', targetGroup: 'MO' as const, count: 8 },
];

describe('shownOutflowTable', () => {
  it('gives exact counts and margins when not suppressing', () => {
    const table = shownOutflowTable(['2025-K1', '2025-K2', '2025-K3'], GROUPS, cells, false);
    expect(table.cells.map((c) => [c.periodCode, c.targetGroup, c.value.display])).toEqual([
      ['2025-K1', 'BW', '12'],
      ['2025-K1', 'MO', '3'],
      ['2025-K2', 'BW', '9'],
      ['2025-K2', 'MO', '8'],
    ]);
    expect(table.periodTotals.map((t) => t.value.count)).toEqual([15, 17, 0]);
    // VO has no outflow: no column.
    expect(table.targetGroupTotals.map((t) => [t.targetGroup, t.value.count])).toEqual([['BW', 21], ['MO', 11]]);
    expect(table.total.count).toBe(32);
  });

  it('hides the small cell and enough others that no margin gives it away', () => {
    const table = shownOutflowTable(['2025-K1', '2025-K2'], GROUPS, cells, true);
    const shown = Object.fromEntries(table.cells.map((c) => [`${c.periodCode}/${c.targetGroup}`, c.value.display]));
    expect(shown['2025-K1/MO']).toBe('<5');
    // With only 12 beside it in its row, 12 must go too (else 15 − 12 = 3).
    expect(shown['2025-K1/BW']).toBe('<5');
    expect(table.cells.every((c) => c.value.suppressed === (c.value.count === null))).toBe(true);
    expect(table.total).toMatchObject({ count: 32, suppressed: false });
  });
});
