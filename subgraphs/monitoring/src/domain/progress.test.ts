import { describe, expect, it } from 'vitest';
import { cellKeyProtected, perturb, type Tally } from '@uitstroom/disclosure';
import { progressOn, statusOf, windowFor, type TargetDefinition } from './progress.ts';

const perYear = (amount: number, extra: Partial<TargetDefinition> = {}): TargetDefinition => ({
  kind: 'aantal',
  amount,
  basisPoints: null,
  period: 'jaar',
  validFrom: '2020-01-01',
  validTo: null,
  toleranceBasisPoints: 1000,
  ...extra,
});

/** Realisations per day; the key sums only matter to protected viewers (tested below). */
function daily(entries: [string, number][]): Map<string, Tally> {
  return new Map(entries.map(([date, n]) => [date, { n, keySum: 0 }]));
}

/** One realisation (or `perDay`) a day for `days` days from `from`. */
function evenly(from: string, days: number, perDay = 1): [string, number][] {
  const out: [string, number][] = [];
  for (let i = 0; i < days; i++) out.push([new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), perDay]);
  return out;
}

describe('status at the boundaries (100 a year, tolerance 10%)', () => {
  it.each([
    ['exactly on target', 100, 100, 'op_koers'],
    ['one below, within tolerance', 99, 99, 'op_koers'],
    ['one above the target already realised', 101, 101, 'boven'],
    ['projection at the lower tolerance edge', 50, 90, 'op_koers'],
    ['projection just under the lower edge', 50, 89.9, 'achter'],
    ['projection at the upper edge', 50, 110, 'op_koers'],
    ['projection just over the upper edge', 50, 110.1, 'boven'],
  ] as const)('%s', (_, realised, projection, status) => {
    expect(statusOf(realised, projection, 100, 1000)).toBe(status);
  });

  it('knows no status without a target', () => {
    expect(statusOf(3, 10, null, 1000)).toBeNull();
  });

  it('judges a zero target: nothing realised is on course, anything is above', () => {
    expect(statusOf(0, 0, 0, 1000)).toBe('op_koers');
    expect(statusOf(1, 1, 0, 1000)).toBe('boven');
  });
});

describe('progressOn', () => {
  it('on the first day of the year: one day elapsed, pro-rata 100/365, unreliable projection', () => {
    const p = progressOn({ target: perYear(100), on: '2025-01-01', daily: daily([['2025-01-01', 1]]), vacanciesPreviousYear: null });
    expect(p).toMatchObject({ windowStart: '2025-01-01', windowEnd: '2025-12-31', elapsedDays: 1, totalDays: 365, realised: 1, projection: 365, projectionMethod: 'run_rate', status: 'boven', reliable: false });
    expect(p.expectedByNow).toBeCloseTo(100 / 365, 10);
  });

  it('on the last day of the year: the whole target expected, realised exactly, op koers', () => {
    const p = progressOn({ target: perYear(100), on: '2025-12-31', daily: daily([['2025-03-01', 60], ['2025-11-30', 40], ['2024-12-31', 7], ['2026-01-01', 9]]), vacanciesPreviousYear: null });
    expect(p).toMatchObject({ elapsedDays: 365, realised: 100, expectedByNow: 100, projection: 100, status: 'op_koers', reliable: true });
  });

  it('counts 366 days in a leap year', () => {
    const p = progressOn({ target: perYear(100), on: '2024-02-29', daily: daily(evenly('2024-01-01', 60)), vacanciesPreviousYear: null });
    expect(p.totalDays).toBe(366);
    expect(p.elapsedDays).toBe(60);
    expect(p.projection).toBe(366);
    expect(p.expectedByNow).toBeCloseTo((100 * 60) / 366, 10);
  });

  it('pro-rates a first window that starts mid-year (Meppel from 13 March)', () => {
    const p = progressOn({ target: perYear(100, { validFrom: '2025-03-13' }), on: '2025-06-30', daily: new Map(), vacanciesPreviousYear: null });
    expect([p.windowStart, p.windowEnd]).toEqual(['2025-03-13', '2025-12-31']);
    expect(p.totalDays).toBe(294);
    expect(p.targetAmount).toBeCloseTo((100 * 294) / 365, 10);
    expect(p.status).toBe('achter');
  });

  it('runs at the run rate: half the year gone, 50 realised, op koers', () => {
    const p = progressOn({ target: perYear(100), on: '2025-07-02', daily: daily([['2025-02-01', 50]]), vacanciesPreviousYear: null });
    expect(p.elapsedDays).toBe(183);
    expect(p.projection).toBeCloseTo((50 * 365) / 183, 10);
    expect(p.status).toBe('op_koers');
  });

  it('projects with the seasonal pattern of earlier years when they had enough', () => {
    // Earlier years: 80% of the year's visits in the first half. This year: 60 by 30 June.
    const earlier: [string, number][] = [['2023-03-01', 40], ['2023-10-01', 10], ['2024-03-01', 40], ['2024-10-01', 10]];
    const p = progressOn({ target: perYear(100, { validFrom: '2023-01-01' }), on: '2025-06-30', daily: daily([...earlier, ['2025-04-01', 60]]), vacanciesPreviousYear: null });
    expect(p.projectionMethod).toBe('seasonal');
    expect(p.projection).toBeCloseTo(60 / 0.8, 10);
    // Usually 80% is done by now, so 60 points to 75 at year end: behind — where the run rate
    // (60 in half a year → ~121) would have said above.
    expect(p.status).toBe('achter');
    expect((60 * 365) / 181).toBeGreaterThan(110);
  });

  it('keeps to the run rate when earlier years are too thin or before the target began', () => {
    const thin = progressOn({ target: perYear(100, { validFrom: '2024-01-01' }), on: '2025-06-30', daily: daily([['2024-03-01', 5], ['2025-04-01', 60]]), vacanciesPreviousYear: null });
    expect(thin.projectionMethod).toBe('run_rate');
    const before = progressOn({ target: perYear(100, { validFrom: '2025-01-01' }), on: '2025-06-30', daily: daily([['2024-03-01', 50], ['2025-04-01', 60]]), vacanciesPreviousYear: null });
    expect(before.projectionMethod).toBe('run_rate');
  });

  it('turns a ratio target into a count: 5% of 300 vacated homes, for the first half year only', () => {
    const target: TargetDefinition = { ...perYear(0), kind: 'aandeel_vrijgekomen', amount: null, basisPoints: 500, validFrom: '2023-06-13', validTo: '2023-12-12' };
    const p = progressOn({ target, on: '2023-09-30', daily: daily([['2023-08-01', 3]]), vacanciesPreviousYear: 300 });
    expect([p.windowStart, p.windowEnd]).toEqual(['2023-06-13', '2023-12-12']);
    expect(p.targetAmount).toBeCloseTo((300 * 0.05 * 183) / 365, 10);
    expect(p.status).toBe('achter');
  });

  it('has no target and no status for a ratio target without its vacancy count, and a zero target with zero vacancies', () => {
    const target: TargetDefinition = { ...perYear(0), kind: 'aandeel_vrijgekomen', amount: null, basisPoints: 500 };
    expect(progressOn({ target, on: '2025-05-01', daily: new Map(), vacanciesPreviousYear: null })).toMatchObject({ targetAmount: null, expectedByNow: null, status: null });
    expect(progressOn({ target, on: '2025-05-01', daily: new Map(), vacanciesPreviousYear: 0 })).toMatchObject({ targetAmount: 0, status: 'op_koers' });
    expect(progressOn({ target, on: '2025-05-01', daily: daily([['2025-02-01', 1]]), vacanciesPreviousYear: 0 })).toMatchObject({ targetAmount: 0, status: 'boven' });
  });

  it('before the target starts: nothing elapsed; after it ends: the last window, complete', () => {
    const target = perYear(100, { validFrom: '2025-03-13', validTo: '2026-03-12' });
    expect(progressOn({ target, on: '2025-01-10', daily: new Map(), vacanciesPreviousYear: null })).toMatchObject({ windowStart: '2025-03-13', elapsedDays: 0, realised: 0 });
    expect(windowFor(target, '2027-05-01')).toEqual(['2026-01-01', '2026-03-12']);
    expect(progressOn({ target, on: '2027-05-01', daily: new Map(), vacanciesPreviousYear: null })).toMatchObject({ asOf: '2026-03-12', elapsedDays: 71, totalDays: 71 });
  });

  it('uses half-years for a half-yearly target', () => {
    expect(windowFor(perYear(50, { period: 'halfjaar' }), '2025-08-15')).toEqual(['2025-07-01', '2025-12-31']);
  });
});

describe('progress as a protected viewer sees it', () => {
  // Key sums chosen so that the published counts differ from the true ones.
  const days: [string, Tally][] = [
    ['2025-02-01', { n: 40, keySum: 2_100_000_000 }],
    ['2025-03-01', { n: 3, keySum: 5 }],
  ];

  it('publishes realised with its cell key, and projects and judges from the published number', () => {
    const truth = progressOn({ target: perYear(100), on: '2025-07-02', daily: new Map(days), vacanciesPreviousYear: null });
    const p = progressOn({ target: perYear(100), on: '2025-07-02', daily: new Map(days), vacanciesPreviousYear: null, disclosure: cellKeyProtected });
    const published = perturb({ n: 43, keySum: 2_100_000_005 });
    expect(truth.realised).toBe(43);
    expect(p.realised).toBe(published);
    expect(p.realisedShown).toEqual(cellKeyProtected.show({ n: 43, keySum: 2_100_000_005 }));
    expect(p.projection).toBeCloseTo((published * 365) / p.elapsedDays, 10);
    expect(p.projectionHidden).toBe(false);
  });

  it('hides the projection while realised shows as "<5", which it would give away', () => {
    const three = (keySum: number) => progressOn({ target: perYear(100), on: '2025-03-31', daily: new Map([['2025-03-01', { n: 3, keySum }]]), vacanciesPreviousYear: null, disclosure: cellKeyProtected });
    // A cell key in the middle of [0, 1) gives adjustment 0: published 3, shown as "<5".
    const hidden = three(2 ** 30);
    expect(hidden.realisedShown.display).toBe('<5');
    expect(hidden.projectionHidden).toBe(true);
    // Near the top it gives +2: published 5, shown, and the projection with it.
    const shown = three(Math.floor(0.97 * 2 ** 31));
    expect(shown.realisedShown).toMatchObject({ count: 5, display: '5' });
    expect(shown.projectionHidden).toBe(false);
  });

  it('makes the seasonal pattern from the earlier years as published, not from their true counts', () => {
    // 2024: 15 by 31 January of 133 in the year; 2025: 7 by 31 January. Keys chosen to move them.
    const key = (n: number) => ({ n, keySum: Math.floor(0.97 * 2 ** 31) });
    const days = new Map<string, Tally>([
      ['2024-01-15', key(15)],
      ['2024-06-15', key(118)],
      ['2025-01-20', key(7)],
    ]);
    const target = perYear(120, { validFrom: '2024-01-01' });
    const p = progressOn({ target, on: '2025-01-31', daily: days, vacanciesPreviousYear: null, disclosure: cellKeyProtected });
    const reached = perturb({ n: 15, keySum: key(15).keySum });
    const total = perturb({ n: 133, keySum: (key(15).keySum * 2) % 2 ** 31 });
    expect(p.projectionMethod).toBe('seasonal');
    expect(p.projection).toBeCloseTo(perturb(key(7)) / (reached / total), 10);
    // The true share would have given 7 ÷ (15 / 133): not what a protected viewer gets.
    expect(p.projection).not.toBeCloseTo((7 * 133) / 15, 6);
  });

  it('takes the earlier year only up to a month end: a share up to a day off the grid would give that day away', () => {
    const at = (n: number) => ({ n, keySum: 2 ** 30 });
    const days = new Map<string, Tally>([
      ['2025-10-31', at(50)],
      ['2025-11-01', at(9)],
      ['2025-12-01', at(41)],
      ['2026-10-15', at(60)],
    ]);
    const target = perYear(100, { validFrom: '2025-01-01' });
    // On a data date that is not a month end, 1 November: the 2025 share counts up to 31 October.
    const p = progressOn({ target, on: '2026-11-01', daily: days, vacanciesPreviousYear: null, disclosure: cellKeyProtected });
    const share = perturb(at(50)) / perturb({ n: 100, keySum: (3 * 2 ** 30) % 2 ** 31 });
    expect(p.projection).toBeCloseTo(perturb(at(60)) / share, 10);
    // The beheerder's share runs to the same day.
    const exactShare = 59 / 100;
    expect(progressOn({ target, on: '2026-11-01', daily: days, vacanciesPreviousYear: null }).projection).toBeCloseTo(60 / exactShare, 10);
  });
});
