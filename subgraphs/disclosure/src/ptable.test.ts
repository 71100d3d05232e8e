import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designPTable, maxEntropy, PPM, PTABLE_DESIGN, renderPTable, toPartsPerMillion } from './ptable-design.ts';
import { checkPTable, PTABLE_FILE, ptable, rowFor } from './ptable.ts';

const mean = (row: { adjustments: { value: number; ppm: number }[] }) => row.adjustments.reduce((s, a) => s + a.value * a.ppm, 0) / PPM;
const variance = (row: { adjustments: { value: number; ppm: number }[] }) => row.adjustments.reduce((s, a) => s + a.value ** 2 * a.ppm, 0) / PPM - mean(row) ** 2;

describe('the p-table in use', () => {
  it('is exactly what the design gives (regenerate with npm run ptable -w @uitstroom/disclosure)', () => {
    expect(readFileSync(PTABLE_FILE, 'utf8')).toBe(renderPTable(PTABLE_DESIGN));
  });

  it.each(ptable.rows.map((row) => [row.count, row]))('row for %i: unbiased, never negative, at most ±4, every probability whole ppm summing to 1', (count, row) => {
    expect(row.adjustments.reduce((s, a) => s + a.ppm, 0)).toBe(PPM);
    // Exactly 0, not nearly: the mean is made whole in ppm.
    expect(row.adjustments.reduce((s, a) => s + a.value * a.ppm, 0)).toBe(0);
    for (const a of row.adjustments) {
      expect(count + a.value).toBeGreaterThanOrEqual(0);
      expect(Math.abs(a.value)).toBeLessThanOrEqual(PTABLE_DESIGN.maxAdjustment);
      expect(a.ppm).toBeGreaterThan(0);
    }
  });

  it('has variance 1 where the full range of adjustments is open (counts of 4 and more)', () => {
    expect(variance(rowFor(4))).toBeCloseTo(PTABLE_DESIGN.variance, 4);
    expect(rowFor(1000)).toBe(rowFor(4));
  });

  it('lets every count of 1–4 be published as 0, so a published 0 does not prove absence', () => {
    for (const count of [1, 2, 3, 4]) expect(rowFor(count).adjustments.some((a) => count + a.value === 0)).toBe(true);
  });

  it('never pins a published value to one true count: each is reachable from at least three', () => {
    for (let published = 0; published < 40; published++) {
      const from = [];
      for (let n = 1; n <= published + PTABLE_DESIGN.maxAdjustment; n++) if (rowFor(n).adjustments.some((a) => n + a.value === published)) from.push(n);
      expect(from.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses a table that breaks a rule', () => {
    const broken = structuredClone(ptable);
    (broken.rows[0]?.adjustments[0] as { ppm: number }).ppm += 1;
    expect(() => checkPTable(broken)).toThrow('sum to 1000001 ppm');
    const negative = structuredClone(ptable);
    (negative.rows[0]?.adjustments[0] as { value: number }).value = -2;
    expect(() => checkPTable(negative)).toThrow('adjustment -2 is not allowed');
  });
});

describe('the design', () => {
  it('finds the maximum-entropy distribution with the asked moments', () => {
    const support = [-2, -1, 0, 1, 2];
    const p = maxEntropy(support, 0.5);
    expect(p.reduce((s, x, i) => s + x * (support[i] as number), 0)).toBeCloseTo(0, 12);
    expect(p.reduce((s, x, i) => s + x * (support[i] as number) ** 2, 0)).toBeCloseTo(0.5, 12);
    // Symmetric support, symmetric answer; more entropy than any other candidate we try.
    expect(p[0]).toBeCloseTo(p[4] as number, 12);
    const entropy = (q: number[]) => -q.reduce((s, x) => s + x * Math.log(x), 0);
    expect(entropy(p)).toBeGreaterThan(entropy([0.125, 0, 0.75, 0, 0.125].map((x) => x + 1e-12)));
  });

  it('refuses moments no distribution on the support has', () => {
    expect(() => maxEntropy([-1, 0, 1], 2)).toThrow('no distribution');
  });

  it('rounds to whole ppm without losing the zero mean', () => {
    const support = [-1, 0, 1, 2, 3];
    const ppm = toPartsPerMillion(support, maxEntropy(support, 1));
    expect(ppm.reduce((s, w) => s + w, 0)).toBe(PPM);
    expect(ppm.reduce((s, w, i) => s + w * (support[i] as number), 0)).toBe(0);
  });

  it('makes narrower rows for counts that cannot go down the full range', () => {
    const rows = designPTable({ maxAdjustment: 2, variance: 1 });
    expect(rows.map((r) => r.adjustments.map((a) => a.value))).toEqual([
      [-1, 0, 1, 2],
      [-2, -1, 0, 1, 2],
    ]);
  });
});
