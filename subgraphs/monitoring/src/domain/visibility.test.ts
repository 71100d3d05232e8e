import { describe, expect, it } from 'vitest';
import { seesExactCounts, showCount, showShare, showTable } from './visibility.ts';

describe('visibility', () => {
  it('only the beheerder sees exact counts', () => {
    expect(seesExactCounts({ role: 'beheerder', organisationId: null })).toBe(true);
    for (const role of ['werkgroep', 'bestuurder', 'analist', 'medewerker', 'anoniem'] as const) {
      expect(seesExactCounts({ role, organisationId: null })).toBe(false);
    }
  });

  it('shows a small count exactly or as <5', () => {
    expect(showCount(3, false).display).toBe('3');
    expect(showCount(3, true)).toMatchObject({ count: null, display: '<5', suppressed: true });
  });

  it('gives exact margins when not suppressing', () => {
    const table = showTable([[1, 2], [3, 4]], false);
    expect(table.rowTotals.map((t) => t.count)).toEqual([3, 7]);
    expect(table.columnTotals.map((t) => t.count)).toEqual([4, 6]);
    expect(table.grandTotal.count).toBe(10);
  });

  it('gives a share only when part and base are shown and the base is at least 10', () => {
    expect(showShare(showCount(6, true), showCount(12, true))).toBe(5000);
    expect(showShare(showCount(3, true), showCount(12, true))).toBeNull();
    expect(showShare(showCount(6, true), showCount(9, true))).toBeNull();
  });
});
