import { describe, expect, it } from 'vitest';
import { progressHistory } from './progress-history.ts';
import type { TargetDefinition } from './progress.ts';

const target: TargetDefinition = { kind: 'aantal', amount: 120, basisPoints: null, period: 'jaar', validFrom: '2024-04-15', validTo: null, toleranceBasisPoints: 1000 };

describe('progressHistory', () => {
  const daily = new Map([
    ['2025-01-20', { n: 10, keySum: 0 }],
    ['2025-02-10', { n: 10, keySum: 0 }],
    ['2025-03-31', { n: 10, keySum: 0 }],
  ]);
  const { progress, points } = progressHistory({ target, on: '2025-03-31', daily, vacanciesPreviousYear: null });

  it('has one point per month end of the year, the last on the window end', () => {
    expect(points.map((p) => p.date)).toEqual([
      '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30',
      '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31',
    ]);
  });

  it('shows realised up to the date only, cumulatively', () => {
    expect(points.map((p) => p.realised?.count ?? null)).toEqual([10, 20, 30, null, null, null, null, null, null, null, null, null]);
  });

  it('draws the pro-rata line to the whole target at the end', () => {
    expect(points[0]?.proRata).toBeCloseTo((120 * 31) / 365, 10);
    expect(points.at(-1)?.proRata).toBeCloseTo(120, 10);
  });

  it('projects from what is realised now to the projection at the end', () => {
    expect(points[2]?.projection).toBeNull();
    expect(points.at(-1)?.projection).toBeCloseTo(progress.projection, 10);
    expect(progress.projection).toBeCloseTo((30 * 365) / 90, 10);
  });

  it('ends a window early with the target validity', () => {
    const short = progressHistory({ target: { ...target, validTo: '2025-02-14' }, on: '2025-02-14', daily, vacanciesPreviousYear: null });
    expect(short.points.map((p) => p.date)).toEqual(['2025-01-31', '2025-02-14']);
    expect(short.points.at(-1)?.projection).toBeNull();
  });
});
