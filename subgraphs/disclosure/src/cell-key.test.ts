import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, adjustment, perturb, RECORD_KEY_MODULUS, sum, type Tally } from './cell-key.ts';
import { PPM, PTABLE_DESIGN } from './ptable-design.ts';
import { rowFor } from './ptable.ts';
import { cellKeyProtected, exact, shownShare } from './shown-count.ts';

const tally = fc.record({ n: fc.nat(10_000), keySum: fc.integer({ min: 0, max: RECORD_KEY_MODULUS - 1 }) });

describe('cell key perturbation', () => {
  it('gives adjustments with the p-table’s probabilities over evenly spread cell keys', () => {
    const steps = 200_000;
    for (const n of [1, 2, 7]) {
      const seen = new Map<number, number>();
      for (let i = 0; i < steps; i++) {
        const a = adjustment({ n, keySum: Math.floor((i * RECORD_KEY_MODULUS) / steps) });
        seen.set(a, (seen.get(a) ?? 0) + 1);
      }
      for (const a of rowFor(n).adjustments) expect(Math.abs((seen.get(a.value) ?? 0) / steps - a.ppm / PPM)).toBeLessThan(1e-4);
    }
  });

  it('is deterministic, never negative, within the p-table’s maximum, and leaves 0 at 0', () => {
    fc.assert(
      fc.property(tally, (t) => {
        const published = perturb(t);
        expect(perturb({ ...t })).toBe(published);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(Math.abs(published - t.n)).toBeLessThanOrEqual(PTABLE_DESIGN.maxAdjustment);
        if (t.n === 0) expect(published).toBe(0);
      }),
    );
  });

  it('depends on the whole set: the same people in another order give the same key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: RECORD_KEY_MODULUS - 1 }), { minLength: 1, maxLength: 50 }), (keys) => {
        const people: Tally[] = keys.map((keySum) => ({ n: 1, keySum }));
        const forward = sum(people);
        const backward = sum([...people].reverse());
        expect(backward).toEqual(forward);
        expect(forward.keySum).toBeLessThan(RECORD_KEY_MODULUS);
        expect(add(sum(people.slice(0, 1)), sum(people.slice(1)))).toEqual(forward);
      }),
    );
  });

  it('is unbiased: averaged over cell keys the published count is the true count', () => {
    for (const n of [1, 2, 3, 40]) {
      let total = 0;
      const steps = 100_000;
      for (let i = 0; i < steps; i++) total += perturb({ n, keySum: Math.floor(((i + 0.5) * RECORD_KEY_MODULUS) / steps) });
      expect(total / steps).toBeCloseTo(n, 2);
    }
  });

  it('refuses what is not a count', () => {
    expect(() => perturb({ n: -1, keySum: 0 })).toThrow('whole number >= 0');
    expect(() => perturb({ n: 1.5, keySum: 0 })).toThrow('whole number >= 0');
  });
});

describe('what a viewer sees', () => {
  it('shows "<5" exactly for a published 1–4, and the number otherwise', () => {
    fc.assert(
      fc.property(tally, (t) => {
        const shown = cellKeyProtected.show(t);
        const published = cellKeyProtected.value(t);
        expect(shown.protected).toBe(true);
        if (published >= 1 && published <= 4) expect(shown).toEqual({ count: null, display: '<5', suppressed: true, protected: true });
        else expect(shown).toEqual({ count: published, display: String(published), suppressed: false, protected: true });
      }),
    );
  });

  it('gives the beheerder the true count, small ones too', () => {
    expect(exact.show({ n: 3, keySum: 12345 })).toEqual({ count: 3, display: '3', suppressed: false, protected: false });
  });

  it('computes shares from the numbers as shown, only on a base of 10 or more', () => {
    const shown = (count: number | null) => ({ count, display: String(count), suppressed: count === null, protected: true });
    expect(shownShare(shown(5), shown(9))).toBeNull();
    expect(shownShare(shown(null), shown(20))).toBeNull();
    expect(shownShare(shown(5), shown(15))).toBe(3333);
    expect(shownShare(shown(2), shown(3000))).toBe(7);
    expect(shownShare(shown(12), shown(11))).toBe(10_000);
  });
});
