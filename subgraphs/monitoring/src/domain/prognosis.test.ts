import { describe, expect, it } from 'vitest';
import { expectedOutflow, survivalAt } from './prognosis.ts';
import { kaplanMeier } from './waiting-time.ts';

// Four people housed after 10, 20, 30 and 40 days: S = 0.75, 0.5, 0.25, 0.
const curve = kaplanMeier([10, 20, 30, 40].map((days) => ({ days, housed: true })));

describe('survivalAt', () => {
  it.each([
    [0, 1],
    [9, 1],
    [10, 0.75],
    [25, 0.5],
    [40, 0],
    [400, 0],
  ])('S(%i) = %f', (day, survival) => expect(survivalAt(curve, day)).toBeCloseTo(survival, 12));
});

describe('expectedOutflow', () => {
  it('is the conditional chance of a home within the horizon, summed over open trajectories', () => {
    // Waited 15 days: S(15)=0.75, S(25)=0.5 → 1/3 each; two such people → 2/3.
    expect(expectedOutflow(curve, [{ days: 15, n: 2 }], 10)).toBeCloseTo(2 / 3, 12);
    // Waited 0 days, 40-day horizon: certain.
    expect(expectedOutflow(curve, [{ days: 0, n: 3 }], 40)).toBeCloseTo(3, 12);
  });

  it('counts someone who waited longer than anyone ever did as due', () => {
    expect(expectedOutflow(curve, [{ days: 50, n: 1 }], 30)).toBe(1);
  });

  it('is zero without open trajectories and never more than their number', () => {
    expect(expectedOutflow(curve, [], 90)).toBe(0);
    expect(expectedOutflow(curve, [{ days: 5, n: 7 }], 10_000)).toBeLessThanOrEqual(7);
  });
});
