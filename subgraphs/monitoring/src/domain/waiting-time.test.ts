import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WAITING_NORM_DAYS, kaplanMeier, summariseWaitingTimes, waitingQuantile, type WaitObservation } from './waiting-time.ts';

const housed = (days: number): WaitObservation => ({ days, housed: true });
const waiting = (days: number): WaitObservation => ({ days, housed: false });

/** Few distinct days, so ties between events and censorings are common. */
const observationArb = fc.record({ days: fc.integer({ min: 0, max: 40 }), housed: fc.boolean() });
const observationsArb = fc.array(observationArb, { maxLength: 60 });
/** Quantiles as whole percentages, so the reference below can use exact integer arithmetic. */
const percentArb = fc.integer({ min: 1, max: 99 });

/** Reference without censoring: the smallest value with at least q·n observations <= it (q = percent / 100). */
function empiricalLowerQuantile(values: readonly number[], percent: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.find((value) => sorted.filter((other) => other <= value).length * 100 >= percent * sorted.length) ?? null;
}

const quantileOf = (observations: readonly WaitObservation[], percent: number) => waitingQuantile(kaplanMeier(observations), percent / 100);

// Freireich et al. (1963), 6-MP arm: weeks in remission, '+' = still in remission (censored).
// 6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+ (n = 21). Textbook KM median: 23.
const FREIREICH_6MP: WaitObservation[] = [
  ...[6, 6, 6, 7, 10, 13, 16, 22, 23].map(housed),
  ...[6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35].map(waiting),
];

describe('kaplanMeier', () => {
  it('has no steps without observations', () => expect(kaplanMeier([])).toEqual([]));

  it('reproduces the Freireich 6-MP curve', () => {
    const curve = kaplanMeier(FREIREICH_6MP);
    // S(t) multiplies (1 − events/atRisk) over the event days; censoring days keep S.
    const s6 = 18 / 21;
    const s7 = s6 * (16 / 17);
    const s10 = s7 * (14 / 15);
    const s13 = s10 * (11 / 12);
    const s16 = s13 * (10 / 11);
    const s22 = s16 * (6 / 7);
    const s23 = s22 * (5 / 6);
    const expected = [
      [6, 21, 3, 1, s6], [7, 17, 1, 0, s7], [9, 16, 0, 1, s7], [10, 15, 1, 1, s10], [11, 13, 0, 1, s10],
      [13, 12, 1, 0, s13], [16, 11, 1, 0, s16], [17, 10, 0, 1, s16], [19, 9, 0, 1, s16], [20, 8, 0, 1, s16],
      [22, 7, 1, 0, s22], [23, 6, 1, 0, s23], [25, 5, 0, 1, s23], [32, 4, 0, 2, s23], [34, 2, 0, 1, s23], [35, 1, 0, 1, s23],
    ];
    expect(curve.map(({ day, atRisk, events, censored }) => [day, atRisk, events, censored])).toEqual(expected.map((row) => row.slice(0, 4)));
    curve.forEach((step, i) => expect(step.survival).toBeCloseTo(expected[i]?.[4] ?? Number.NaN, 12));
    // The published values, rounded: 0.857 0.807 0.753 0.690 0.627 0.538 0.448.
    expect([s6, s7, s10, s13, s16, s22, s23].map((s) => Number(s.toFixed(3)))).toEqual([0.857, 0.807, 0.753, 0.69, 0.627, 0.538, 0.448]);
  });

  it('counts the housed before the censored on a shared day', () => {
    // Housed 2, 4, 5, 9; still waiting 4 and 7 (n = 6).
    // day 2: 6 at risk, 1 housed → S = 5/6
    // day 4: 5 at risk (the one still waiting on day 4 included), 1 housed, 1 censored → S = 5/6 × 4/5 = 2/3
    // day 5: 3 at risk, 1 housed → S = 2/3 × 2/3 = 4/9 ≈ 0.444
    // day 7: 2 at risk, 1 censored → S stays 4/9
    // day 9: 1 at risk, 1 housed → S = 0
    const curve = kaplanMeier([housed(9), waiting(7), housed(4), waiting(4), housed(2), housed(5)]);
    expect(curve.map(({ day, atRisk, events, censored }) => ({ day, atRisk, events, censored }))).toEqual([
      { day: 2, atRisk: 6, events: 1, censored: 0 },
      { day: 4, atRisk: 5, events: 1, censored: 1 },
      { day: 5, atRisk: 3, events: 1, censored: 0 },
      { day: 7, atRisk: 2, events: 0, censored: 1 },
      { day: 9, atRisk: 1, events: 1, censored: 0 },
    ]);
    [5 / 6, 2 / 3, 4 / 9, 4 / 9, 0].forEach((s, i) => expect(curve[i]?.survival).toBeCloseTo(s, 12));
    // Median: first S <= 0.5 is day 5 (4/9); p75 and p90: first S <= 0.25 / 0.1 is day 9 (0).
    expect([0.5, 0.75, 0.9].map((q) => waitingQuantile(curve, q))).toEqual([5, 9, 9]);
  });

  it('keeps day 0 (housed on the day of aanmelding)', () => {
    expect(kaplanMeier([housed(0), waiting(0)])).toEqual([{ day: 0, survival: 0.5, atRisk: 2, events: 1, censored: 1 }]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d days', (days) => {
    expect(() => kaplanMeier([housed(3), { days, housed: true }])).toThrow(/observation 1 must be a whole number of days >= 0/);
  });

  it('does not change its input', () => {
    const input = [housed(5), waiting(2), housed(1)];
    const copy = structuredClone(input);
    kaplanMeier(input);
    expect(input).toEqual(copy);
  });

  it('property: a non-increasing step curve with consistent bookkeeping', () => {
    fc.assert(
      fc.property(observationsArb, (observations) => {
        const curve = kaplanMeier(observations);
        let atRisk = observations.length;
        let previous = { day: -1, survival: 1 };
        for (const step of curve) {
          expect(step.day).toBeGreaterThan(previous.day);
          expect(step.atRisk).toBe(atRisk);
          expect(step.atRisk).toBe(observations.filter((o) => o.days >= step.day).length);
          expect(step.events + step.censored).toBeGreaterThan(0);
          expect(step.survival).toBeLessThanOrEqual(previous.survival);
          expect(step.survival).toBeGreaterThanOrEqual(0);
          if (step.events === 0) expect(step.survival).toBe(previous.survival);
          atRisk -= step.events + step.censored;
          previous = step;
        }
        expect(atRisk).toBe(0);
        expect(curve.reduce((sum, step) => sum + step.events, 0)).toBe(observations.filter((o) => o.housed).length);
      }),
    );
  });

  it('property: the order of the observations does not matter', () => {
    fc.assert(
      fc.property(observationsArb, fc.func(fc.integer()), (observations, key) => {
        const shuffled = [...observations].sort((a, b) => key(a) - key(b));
        expect(kaplanMeier(shuffled)).toEqual(kaplanMeier(observations));
      }),
    );
  });
});

describe('waitingQuantile', () => {
  it('gives the Freireich 6-MP median 23 and no p75/p90 (S never falls below 0.448)', () => {
    const curve = kaplanMeier(FREIREICH_6MP);
    expect([0.5, 0.75, 0.9].map((q) => waitingQuantile(curve, q))).toEqual([23, null, null]);
  });

  it('takes the lower quantile where S is exactly 1 − q (no midpoint)', () => {
    // Housed 1, 2, 3, 4: S(2) = 3/4 × 2/3 = 1/2 exactly on paper → median 2, not 2.5 or 3.
    expect(waitingQuantile(kaplanMeier([1, 2, 3, 4].map(housed)), 0.5)).toBe(2);
  });

  it('tolerates floating-point error in exact cases', () => {
    // Housed 1..10: S(9) = 9/10 × 8/9 × … × 1/2 = 1/10 on paper, 0.10000000000000002 in floating point,
    // and 1 − 0.9 is 0.09999999999999998: without the tolerance p90 would wrongly be 10.
    const curve = kaplanMeier([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(housed));
    expect(curve[8]?.survival).not.toBe(0.1);
    expect([0.5, 0.75, 0.9].map((q) => waitingQuantile(curve, q))).toEqual([5, 8, 9]);
  });

  it('is null on an empty curve', () => expect(waitingQuantile([], 0.5)).toBeNull());

  it.each([0, -0.1, 1.1, Number.NaN])('refuses q = %d', (q) => expect(() => waitingQuantile([], q)).toThrow(/quantile must be in \(0, 1\]/));

  it('property: without censoring it is the empirical lower quantile', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }), percentArb, (days, percent) => {
        expect(quantileOf(days.map(housed), percent)).toBe(empiricalLowerQuantile(days, percent));
      }),
    );
  });

  it('property: nobody housed means no quantile at all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }), percentArb, (days, percent) => {
        expect(quantileOf(days.map(waiting), percent)).toBeNull();
      }),
    );
  });

  it('property: counting the still-waiting as housed today never gives a longer quantile', () => {
    fc.assert(
      fc.property(observationsArb, percentArb, (observations, percent) => {
        const km = quantileOf(observations, percent);
        const naive = quantileOf(observations.map((o) => housed(o.days)), percent);
        if (km !== null) expect(naive).not.toBeNull();
        if (km !== null && naive !== null) expect(naive).toBeLessThanOrEqual(km);
      }),
    );
  });

  it('property: dropping the still-waiting never gives a longer quantile', () => {
    fc.assert(
      fc.property(observationsArb, percentArb, (observations, percent) => {
        const km = quantileOf(observations, percent);
        const dropped = quantileOf(observations.filter((o) => o.housed), percent);
        if (km !== null) expect(dropped).not.toBeNull();
        if (km !== null && dropped !== null) expect(dropped).toBeLessThanOrEqual(km);
      }),
    );
  });

  it('property: a higher q never gives a shorter wait, and once unknown stays unknown', () => {
    fc.assert(
      fc.property(observationsArb, percentArb, percentArb, (observations, a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const atLow = quantileOf(observations, low);
        const atHigh = quantileOf(observations, high);
        if (atLow === null) expect(atHigh).toBeNull();
        else if (atHigh !== null) expect(atHigh).toBeGreaterThanOrEqual(atLow);
      }),
    );
  });
});

describe('summariseWaitingTimes', () => {
  it('keeps the Walcheren norm of 6 months as 183 days', () => expect(WAITING_NORM_DAYS).toBe(183));

  it('reports zeros and no quantiles for no observations', () => {
    expect(summariseWaitingTimes([])).toEqual({ observations: 0, housed: 0, stillWaiting: 0, longerThanNorm: 0, medianDays: null, p75Days: null, p90Days: null });
  });

  it('summarises the Freireich 6-MP arm', () => {
    // Longer than 20: housed 22, 23 and still waiting 25, 32, 32, 34, 35 → 7.
    expect(summariseWaitingTimes(FREIREICH_6MP, 20)).toEqual({ observations: 21, housed: 9, stillWaiting: 12, longerThanNorm: 7, medianDays: 23, p75Days: null, p90Days: null });
  });

  it.each([
    ['exactly 183 days meets the norm', 183, 0],
    ['184 days misses it', 184, 2],
  ])('%s, housed or still waiting', (_name, days, expected) => {
    expect(summariseWaitingTimes([housed(days), waiting(days), housed(10)]).longerThanNorm).toBe(expected);
  });

  it('takes another norm when given one', () => {
    const observations = [housed(30), waiting(31), housed(90), waiting(5)];
    expect([summariseWaitingTimes(observations, 30).longerThanNorm, summariseWaitingTimes(observations, 0).longerThanNorm]).toEqual([2, 4]);
  });

  it('reports no quantiles when everybody is still waiting', () => {
    expect(summariseWaitingTimes([waiting(200), waiting(3)])).toEqual({ observations: 2, housed: 0, stillWaiting: 2, longerThanNorm: 1, medianDays: null, p75Days: null, p90Days: null });
  });

  it.each([-1, 182.5, Number.NaN])('refuses norm %d', (norm) => expect(() => summariseWaitingTimes([], norm)).toThrow(/normDays must be a whole number of days >= 0/));

  it('refuses a bad observation', () => expect(() => summariseWaitingTimes([housed(-3)])).toThrow(/observation 0/));

  it('property: counts add up and match the curve', () => {
    fc.assert(
      fc.property(observationsArb, fc.integer({ min: 0, max: 45 }), (observations, norm) => {
        const summary = summariseWaitingTimes(observations, norm);
        const curve = kaplanMeier(observations);
        expect(summary.observations).toBe(observations.length);
        expect(summary.housed + summary.stillWaiting).toBe(observations.length);
        expect(summary.stillWaiting).toBe(observations.filter((o) => !o.housed).length);
        expect(summary.longerThanNorm).toBe(observations.filter((o) => o.days > norm).length);
        expect([summary.medianDays, summary.p75Days, summary.p90Days]).toEqual([0.5, 0.75, 0.9].map((q) => waitingQuantile(curve, q)));
      }),
    );
  });
});
