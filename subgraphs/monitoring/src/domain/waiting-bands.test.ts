import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, FIRST_BAND_PAST_NORM, WAITING_BANDS, waitingBandCounts } from './waiting-bands.ts';
import { WAITING_NORM_DAYS } from './waiting-time.ts';

describe('waiting bands', () => {
  it.each([
    [0, '0-3'],
    [91, '0-3'],
    [92, '3-6'],
    [WAITING_NORM_DAYS, '3-6'],
    [WAITING_NORM_DAYS + 1, '6-9'],
    [365, '9-12'],
    [366, '12-18'],
    [548, '12-18'],
    [549, '18+'],
    [5000, '18+'],
  ])('%i days falls in band %s', (days, key) => {
    expect(WAITING_BANDS[bandOf(days)]?.key).toBe(key);
  });

  it('meet at the norm: the bands from FIRST_BAND_PAST_NORM on hold exactly the waits longer than the norm', () => {
    expect(WAITING_BANDS[FIRST_BAND_PAST_NORM - 1]?.toDays).toBe(WAITING_NORM_DAYS);
    expect(WAITING_BANDS[FIRST_BAND_PAST_NORM]?.fromDays).toBe(WAITING_NORM_DAYS + 1);
  });

  it('refuses a negative wait', () => {
    expect(() => bandOf(-1)).toThrow(/no waiting band/);
  });

  it('counts housed and still waiting per band, every band present', () => {
    const counts = waitingBandCounts([
      { days: 10, housed: true, n: 3 },
      { days: 100, housed: false, n: 2 },
      { days: 90, housed: true, n: 1 },
      { days: 700, housed: false, n: 4 },
    ]);
    expect(counts).toEqual([[4, 0], [0, 2], [0, 0], [0, 0], [0, 0], [0, 4]]);
  });

  it('loses nobody and puts everyone past the norm after FIRST_BAND_PAST_NORM', () => {
    const observation = fc.record({ days: fc.integer({ min: 0, max: 2000 }), housed: fc.boolean(), n: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (observations) => {
        const counts = waitingBandCounts(observations);
        const total = observations.reduce((sum, o) => sum + o.n, 0);
        expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(total);
        const pastNorm = observations.filter((o) => o.days > WAITING_NORM_DAYS).reduce((sum, o) => sum + o.n, 0);
        expect(counts.slice(FIRST_BAND_PAST_NORM).flat().reduce((a, b) => a + b, 0)).toBe(pastNorm);
      }),
    );
  });
});
