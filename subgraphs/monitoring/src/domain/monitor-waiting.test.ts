import { cellKeyProtected, exact } from '@uitstroom/disclosure';
import { describe, expect, it } from 'vitest';
import { quantile, waitingTime } from './monitor-waiting.ts';
import { kaplanMeier } from './waiting-time.ts';

const people = (days: number, housed: boolean, n: number) => Array.from({ length: n }, () => ({ days, housed }));

describe('waiting-time quantiles', () => {
  it('are estimated when enough people are behind them', () => {
    const curve = kaplanMeier([...people(30, true, 10), ...people(60, true, 10), ...people(90, true, 10)]);
    expect(quantile(curve, 30, 50, false)).toEqual({ percent: 50, days: 60, status: 'GESCHAT', note: null });
    // Protected viewers get whole weeks: 60 days is 8.6 weeks, so 63.
    expect(quantile(curve, 30, 50, true).days).toBe(63);
  });

  it('are not estimated on fewer than 10 registrations', () => {
    const curve = kaplanMeier(people(40, true, 9));
    expect(quantile(curve, 9, 50, false)).toMatchObject({ days: null, status: 'TE_WEINIG_GEGEVENS', note: 'nog niet te schatten: minder dan 10 aanmeldingen in de periode' });
  });

  it('are not estimated where the curve reaches the share on fewer than 10 people at risk (a p90 equal to the median)', () => {
    // 95 registered, 24 housed: the curve drops to the 90% point only on the last few at risk.
    const observations = [...people(100, true, 20), ...people(168, false, 67), ...people(168, true, 4), ...people(170, false, 4)];
    const curve = kaplanMeier(observations);
    const p90 = quantile(curve, observations.length, 90, false);
    expect(p90.status).not.toBe('GESCHAT');
    const median = quantile(curve, observations.length, 50, false);
    expect(median.days === null || median.days !== p90.days).toBe(true);
  });

  it('say when the share has not been reached', () => {
    const curve = kaplanMeier([...people(10, true, 4), ...people(50, false, 16)]);
    expect(quantile(curve, 20, 50, false)).toMatchObject({ days: null, status: 'NOG_NIET_BEREIKT', note: 'nog niet bereikt: minder dan 50% heeft al een woning' });
  });
});

describe('waitingTime', () => {
  const cohort = [
    { days: 50, housed: true, n: 20, keySum: 11 },
    { days: 200, housed: true, n: 6, keySum: 22 },
    { days: 100, housed: false, n: 7, keySum: 33 },
  ];
  const open = [
    { days: 100, n: 7, keySum: 33 },
    { days: 400, n: 12, keySum: 44 },
  ];

  it('counts everyone still waiting past the norm at the reference date, not only those registered in the period', () => {
    const w = waitingTime(cohort, open, exact);
    expect(w.longerThanNorm.count).toBe(12);
    expect(w.registeredLongerThanNorm.count).toBe(6);
    expect(w.registered.count).toBe(33);
    expect(w.bands.map((b) => [b.housed.count, b.stillWaiting.count])).toEqual([[20, 0], [0, 7], [6, 0], [0, 0], [0, 0], [0, 0]]);
  });

  it('protects every count with the key sum of its own people', () => {
    const w = waitingTime(cohort, open, cellKeyProtected);
    expect(w.longerThanNorm).toEqual(cellKeyProtected.show({ n: 12, keySum: 44 }));
    expect(w.stillWaiting).toEqual(cellKeyProtected.show({ n: 7, keySum: 33 }));
    expect(w.registered).toEqual(cellKeyProtected.show({ n: 33, keySum: 66 }));
  });
});
