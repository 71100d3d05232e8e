import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, splitActualVisits, splitByShares } from './cost-split.ts';

const MEPPEL = [
  { partyId: 'gemeente-meppel', basisPoints: 5000 },
  { partyId: 'woonconcept', basisPoints: 4500 },
  { partyId: 'actium', basisPoints: 500 },
];
const cents = (parts: { partyId: string; cents: number }[]) => Object.fromEntries(parts.map((p) => [p.partyId, p.cents]));

describe('splitByShares (voorcalculatie)', () => {
  it.each([
    ['licence €15,000', 1_500_000, { 'gemeente-meppel': 750_000, woonconcept: 675_000, actium: 75_000 }],
    ['execution €13,500', 1_350_000, { 'gemeente-meppel': 675_000, woonconcept: 607_500, actium: 67_500 }],
    ['one cent: to the largest share', 1, { 'gemeente-meppel': 1, woonconcept: 0, actium: 0 }],
    ['€0.03', 3, { 'gemeente-meppel': 2, woonconcept: 1, actium: 0 }],
    ['€100.01', 10_001, { 'gemeente-meppel': 5001, woonconcept: 4500, actium: 500 }],
    ['€999.99: the two cents short go to the largest fractions (actium .95, woonconcept .55)', 99_999, { 'gemeente-meppel': 49_999, woonconcept: 45_000, actium: 5000 }],
  ])('%s', (_, total, expected) => {
    const parts = splitByShares(total, MEPPEL);
    expect(cents(parts)).toEqual(expected);
    expect(parts.reduce((s, p) => s + p.cents, 0)).toBe(total);
  });

  it('refuses shares that do not make 100%', () => {
    expect(() => splitByShares(100, MEPPEL.slice(1))).toThrow('shares must sum to 10000 basis points, got 5000');
  });
});

describe('largestRemainder', () => {
  it('always sums exactly, and no part is a cent or more from its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }), (total, raw) => {
        const weights = raw.map((weight, i) => ({ partyId: `p${i}`, weight: i === 0 ? weight + 1 : weight }));
        const sum = weights.reduce((s, w) => s + w.weight, 0);
        const parts = largestRemainder(total, weights);
        expect(parts.reduce((s, p) => s + p.cents, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p.cents - (total * (weights[i]?.weight ?? 0)) / sum)).toBeLessThan(1));
      }),
    );
  });

  it('refuses fractions of cents and all-zero weights', () => {
    expect(() => largestRemainder(10.5, [{ partyId: 'a', weight: 1 }])).toThrow('whole cents');
    expect(() => largestRemainder(10, [{ partyId: 'a', weight: 0 }])).toThrow('must not all be zero');
  });
});

describe('splitActualVisits (nacalculatie)', () => {
  it("pays DOMAIN.md's example: 120 visits at €135 → Woonconcept €4,725, Actium €675, gemeente €10,800", () => {
    const actual = { byTenantOf: new Map<string | null, number>([['woonconcept', 70], ['actium', 10], [null, 40]]), visitCents: 13_500 };
    const split = splitActualVisits(MEPPEL, 'gemeente-meppel', actual);
    expect(split.totalCents).toBe(1_620_000);
    expect(split.units).toBe(120);
    expect(cents(split.parts)).toEqual({ 'gemeente-meppel': 1_080_000, woonconcept: 472_500, actium: 67_500 });
  });

  it('rounds odd amounts to the cent and still sums exactly (a visit €135.83 after indexation)', () => {
    const actual = { byTenantOf: new Map<string | null, number>([['woonconcept', 3], ['actium', 1], [null, 1]]), visitCents: 13_583 };
    const split = splitActualVisits(MEPPEL, 'gemeente-meppel', actual);
    expect(split.totalCents).toBe(67_915);
    // Exact: woonconcept 3 × 135.83 / 2 = 203.745, actium 67.915, gemeente 407.49; the one cent short
    // goes to the first of the equal fractions, woonconcept.
    expect(split.parts.reduce((s, p) => s + p.cents, 0)).toBe(67_915);
    expect(cents(split.parts)).toEqual({ 'gemeente-meppel': 40_749, woonconcept: 20_375, actium: 6791 });
  });

  it('lets the gemeente pay everything when no corporation tenant was visited, and nothing when there were no visits', () => {
    expect(cents(splitActualVisits(MEPPEL, 'gemeente-meppel', { byTenantOf: new Map([[null, 4]]), visitCents: 13_500 }).parts)).toEqual({ 'gemeente-meppel': 54_000, woonconcept: 0, actium: 0 });
    expect(splitActualVisits(MEPPEL, 'gemeente-meppel', { byTenantOf: new Map(), visitCents: 13_500 })).toMatchObject({ totalCents: 0, units: 0 });
  });
});
