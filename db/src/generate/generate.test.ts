// The national generator's parts that need no database: regions, rows as COPY text, the fund simulation.
import { describe, expect, it } from 'vitest';
import { referenceParties } from '../seed/reference/index.ts';
import { createRandom } from '../seed/random.ts';
import { largestRemainder, simulateFund, type FundPlan } from './ledger.ts';
import { nationalRegions } from './regions.ts';
import { CANONICAL_STEPS, createWorld, generateChunk, type Period } from './trajectories.ts';
import { dayOf, text } from './values.ts';

const PERIOD: Period = { from: dayOf('2014-01-01'), to: dayOf('2026-10-31'), asOf: dayOf('2026-10-31') };
const lines = (blocks: string[]) => blocks.join('').split('\n').filter((l) => l !== '');

describe('nationalRegions', () => {
  const regions = nationalRegions();

  it('puts the 342 gemeenten, each once, in 40 regions with corporations and providers', () => {
    const gemeenten = regions.flatMap((r) => r.gemeenten.map((g) => g.id));
    expect(regions).toHaveLength(40);
    expect(new Set(gemeenten).size).toBe(342);
    expect(gemeenten).toHaveLength(342);
    for (const region of regions) {
      expect(region.corporations.length, region.name).toBeGreaterThanOrEqual(3);
      expect(region.providers.length, region.name).toBeGreaterThanOrEqual(4);
    }
  });

  it('places every gemeente of the real covenants in its own region', () => {
    const placed = new Map(regions.flatMap((r) => r.gemeenten.map((g) => [g.id, r.name] as const)));
    const real = referenceParties.filter((p) => p.kind === 'gemeente');
    expect(real.every((g) => placed.has(g.id))).toBe(true);
    expect(placed.get('gemeente-meppel')).toBe('Zuidwest-Drenthe');
    expect(placed.get('gemeente-venlo')).toBe('Noord-Limburg');
  });

  it('gives synthetic parties ids and names of their own', () => {
    const synthetic = regions.flatMap((r) => [...r.gemeenten, ...r.corporations, ...r.providers, r.chair]).filter((p) => p.synthetic);
    const ids = new Set(referenceParties.map((p) => p.id));
    const names = new Set(referenceParties.map((p) => p.name));
    expect(synthetic.some((p) => ids.has(p.id) || names.has(p.name))).toBe(false);
    expect(new Set(synthetic.map((p) => p.id)).size).toBe(synthetic.length);
  });
});

describe('generateChunk', () => {
  const world = (seed: number) => createWorld(nationalRegions(), seed, PERIOD);

  it('gives the same rows for the same seed, however the load is cut into chunks', async () => {
    const whole = await generateChunk(world(1), 1, 2_000, 1);
    const first = await generateChunk(world(1), 1, 1_000, 1);
    const second = await generateChunk(world(1), 1_001, 1_000, first.nextEvent);
    expect(first.trajectories.join('') + second.trajectories.join('')).toBe(whole.trajectories.join(''));
    expect(first.steps.join('') + second.steps.join('')).toBe(whole.steps.join(''));
    expect(first.events.join('') + second.events.join('')).toBe(whole.events.join(''));
    const other = await generateChunk(world(2), 1, 1_000, 1);
    expect(other.trajectories.join('')).not.toBe(first.trajectories.join(''));
  });

  it('writes steps in the canonical order with dates that never go back, none after the reference day', async () => {
    const chunk = await generateChunk(world(3), 1, 2_000, 1);
    const byTrajectory = new Map<string, [number, string][]>();
    for (const row of lines(chunk.steps)) {
      const [id, step, on] = row.split('\t') as [string, string, string];
      byTrajectory.set(id, [...(byTrajectory.get(id) ?? []), [CANONICAL_STEPS.indexOf(step as (typeof CANONICAL_STEPS)[number]), on]]);
    }
    expect(byTrajectory.size).toBe(2_000);
    for (const steps of byTrajectory.values()) {
      expect(steps[0]?.[0]).toBe(0);
      for (let i = 1; i < steps.length; i++) {
        const [position, on] = steps[i] as [number, string];
        const [before, previous] = steps[i - 1] as [number, string];
        expect(position).toBeGreaterThan(before);
        expect(on >= previous && on <= '2026-10-31').toBe(true);
      }
    }
    expect(chunk.counts.steps / 2_000).toBeGreaterThan(8.5);
  });
});

describe('simulateFund', () => {
  const plan = (negativeEnds: FundPlan['negativeEnds']): FundPlan => ({
    fundId: 'f',
    cashierId: 'kassa',
    chairId: 'voorzitter',
    startDay: dayOf('2014-01-01'),
    asOf: dayOf('2026-10-31'),
    thresholdCents: 2_500_000,
    rules: [
      { partyKind: 'gemeente', groupTotalCents: 5_000_000, perPartyCents: null },
      { partyKind: 'woningcorporatie', groupTotalCents: 5_000_000, perPartyCents: null },
      { partyKind: 'zorgaanbieder', groupTotalCents: null, perPartyCents: 100_000 },
    ],
    members: [
      { partyId: 'g1', kind: 'gemeente', weight: 3 },
      { partyId: 'g2', kind: 'gemeente', weight: 1 },
      { partyId: 'w1', kind: 'woningcorporatie', weight: 7 },
      { partyId: 'w2', kind: 'woningcorporatie', weight: 2 },
      { partyId: 'z1', kind: 'zorgaanbieder', weight: 1 },
    ],
    eligibleCostTypes: ['mutatiekosten', 'ontruimingskosten'],
    negativeEnds,
    roundId: (n) => `round-${n}`,
    claimId: (n) => `claim-${n}`,
  });
  const ends = Array.from({ length: 400 }, (_, i) => ({ caseCode: `C${i}`, landlordId: i % 2 ? 'w1' : 'w2', day: dayOf('2015-01-01') + i * 10 }));

  it('books in day order, never pays out more than the balance, and tops up below the threshold', () => {
    const books = simulateFund(plan(ends), createRandom(5));
    let balance = 0;
    let previous = 0;
    for (const booking of books.ledger) {
      expect(booking.day).toBeGreaterThanOrEqual(previous);
      previous = booking.day;
      balance += booking.kind === 'bijdrage' ? booking.cents : booking.kind === 'uitbetaling' ? -booking.cents : 0;
      expect(balance).toBeGreaterThanOrEqual(0);
    }
    expect(books.claims.length).toBeGreaterThan(50);
    expect(books.rounds.length).toBeGreaterThan(2);
    expect(books.rounds.slice(1).every((r) => r.kind === 'aanvulling' && r.balanceCents < 2_500_000)).toBe(true);
    expect(books.parts.filter((p) => p.roundId === 'round-1').reduce((s, p) => s + p.owedCents, 0)).toBe(10_100_000);
  });

  it('takes every claim through its steps in order, paying what was approved', () => {
    const books = simulateFund(plan(ends), createRandom(6));
    const order = ['ingediend', 'besproken', 'goedgekeurd', 'uitbetaald'];
    for (const claim of books.claims) {
      const steps = books.claimSteps.filter((s) => s.claimId === claim.id);
      expect(steps[0]?.status).toBe('ingediend');
      expect(steps[0]?.day).toBeGreaterThanOrEqual(claim.negativeEndDay);
      for (let i = 1; i < steps.length; i++) expect((steps[i] as { day: number }).day).toBeGreaterThanOrEqual((steps[i - 1] as { day: number }).day);
      if (steps.some((s) => s.status === 'afgewezen')) continue;
      expect(steps.map((s) => s.status)).toEqual(order.slice(0, steps.length));
      const approved = books.ledger.find((b) => b.kind === 'toekenning' && b.claimId === claim.id);
      const paid = books.ledger.find((b) => b.kind === 'uitbetaling' && b.claimId === claim.id);
      if (paid) expect(paid.cents).toBe(approved?.cents);
    }
  });

  it('splits a group total by weight in whole cents', () => {
    expect(largestRemainder(100, [{ partyId: 'a', weight: 1 }, { partyId: 'b', weight: 1 }, { partyId: 'c', weight: 1 }])).toEqual([
      { partyId: 'a', cents: 34 },
      { partyId: 'b', cents: 33 },
      { partyId: 'c', cents: 33 },
    ]);
  });
});

describe('text', () => {
  it("escapes what COPY's text format gives a meaning", () => {
    expect(text('a\tb\\c\nd')).toBe('a\\tb\\\\c\\nd');
    expect(text(null)).toBe('\\N');
  });
});
