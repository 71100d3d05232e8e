// The attacker's solver on hand-made tables: it finds a pin where there is one (so the attack suite
// can fail), finds none where there is none, and agrees with brute-force enumeration.
import { perturb, RECORD_KEY_MODULUS } from '@uitstroom/disclosure';
import { describe, expect, it } from 'vitest';
import { attack, Model, publishedRange, trueCountsFor, trueRange, type Shown } from './feasibility.ts';

const shown = (p: number): Shown => (p >= 1 && p <= 4 ? { count: null, display: '<5' } : { count: p, display: String(p) });

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('what a published value tells the attacker', () => {
  it('F(p) holds every true count the p-table can publish as p, and no other', () => {
    for (let n = 0; n <= 30; n++) {
      const reached = new Set<number>();
      for (let i = 0; i < 4000; i++) reached.add(perturb({ n, keySum: Math.floor(((i + 0.5) * RECORD_KEY_MODULUS) / 4000) }));
      for (let p = 0; p <= 40; p++) expect(trueCountsFor(p).includes(n)).toBe(reached.has(p));
    }
  });

  it('reads "<5" as 1–4 and a published 0 as 0–4 people', () => {
    expect(trueCountsFor(0)).toEqual([0, 1, 2, 3, 4]);
    expect(trueRange(publishedRange({ count: null, display: '<5' }))).toEqual({ lo: 1, hi: 8 });
    expect(trueRange(publishedRange({ count: 20, display: '20' }))).toEqual({ lo: 16, hi: 24 });
    expect(() => publishedRange({ count: 3, display: '<5' })).toThrow('not a shown count');
  });
});

describe('the solver', () => {
  it('pins a small count when the published numbers allow it, and the attack reports it', () => {
    // K1 "<5" (1–6), K2 "7" (3–11), H1 = K1 + K2 "0" (0–4): K1 is 1 and K2 is 3, exactly.
    const m = new Model();
    m.atom('K1', 1);
    m.atom('K2', 3);
    m.observe(['K1'], shown(2), 'K1');
    m.observe(['K2'], shown(7), 'K2');
    m.observe(['K1', 'K2'], shown(0), 'H1');
    expect(m.feasibleValues(['K1'])).toEqual([1]);
    expect(m.feasibleValues(['K2'])).toEqual([3]);
    const result = attack(m);
    expect(result.recovered).toEqual(['K1 = 1', 'K2 = 3', 'H1 = 4']);
    expect(result.singledOut).toEqual(['K1']);
    expect(result.relations).toBe(1);
  });

  it('pins cumulative values when they allow it, and leaves a month between two of them open', () => {
    // 31 Jan published 8 (4–12), 28 Feb published 0 (0–4): January is 4 and February 0, exactly.
    const m = new Model();
    m.atom('jan', 4);
    m.atom('feb', 0);
    m.observe(['jan'], shown(8), 't/m jan');
    m.observe(['jan', 'feb'], shown(0), 't/m feb');
    expect(m.feasibleValues(['jan'])).toEqual([4]);
    expect(attack(m).recovered).toEqual(['jan = 4', 't/m feb = 4']);
    // Two cumulative values alone never pin the month between them: each leaves at least 4 values.
    const n = new Model();
    n.atom('jan', 0);
    n.atom('feb', 2);
    n.observe(['jan'], shown(0), 't/m jan');
    n.observe(['jan', 'feb'], shown(2), 't/m feb');
    expect(n.feasibleValues(['feb'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('finds no pin where the published numbers leave room', () => {
    const m = new Model();
    m.atom('K1', 2);
    m.atom('K2', 3);
    m.observe(['K1'], shown(3), 'K1');
    m.observe(['K2'], shown(4), 'K2');
    m.observe(['K1', 'K2'], shown(6), 'H1');
    expect(m.feasibleValues(['K1'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(attack(m)).toMatchObject({ small: 2, recovered: [], singledOut: [] });
  });

  it('refuses a model the truth does not satisfy: a wrong relation fails, it is not ignored', () => {
    const m = new Model();
    m.atom('a', 10);
    expect(() => m.observe(['a'], shown(0), 'a')).toThrow('true 10 is outside 0…4');
  });

  it('agrees with brute-force enumeration on random tables', () => {
    const next = random(20261207);
    for (let trial = 0; trial < 300; trial++) {
      const atoms = 2 + Math.floor(next() * 3);
      const truth = Array.from({ length: atoms }, () => Math.floor(next() * 6));
      const m = new Model();
      truth.forEach((t, i) => m.atom(`x${i}`, t));
      const groups: number[][] = truth.map((_, i) => [i]);
      for (let g = 0; g < 3; g++) groups.push(truth.map((_, i) => i).filter(() => next() < 0.6));
      const constraints = groups.filter((g) => g.length > 0).map((g) => {
        const n = g.reduce((s, i) => s + (truth[i] as number), 0);
        // Mostly published numbers; sometimes an exact count (as a leak would give the attacker).
        const range = next() < 0.25 ? { lo: n, hi: n } : trueRange(publishedRange(shown(perturb({ n, keySum: Math.floor(next() * RECORD_KEY_MODULUS) }))));
        m.constrain(g.map((i) => `x${i}`), range, g.join('+'));
        return { g, ...range };
      });
      // Every assignment with atoms 0…15 (no atom can exceed its own published range, at most 12).
      const feasible = truth.map(() => new Set<number>());
      const x = truth.map(() => 0);
      const visit = (i: number): void => {
        if (i === atoms) {
          if (constraints.every((c) => { const s = c.g.reduce((t, j) => t + (x[j] as number), 0); return s >= c.lo && s <= c.hi; })) x.forEach((v, j) => feasible[j]?.add(v));
          return;
        }
        for (let v = 0; v <= 15; v++) {
          x[i] = v;
          visit(i + 1);
        }
      };
      visit(0);
      truth.forEach((_, i) => expect(m.feasibleValues([`x${i}`])).toEqual([...(feasible[i] as Set<number>)].sort((a, b) => a - b)));
    }
  });

  it('gives up loudly when a search is too large, never reporting "not recovered" by default', () => {
    // Nine pigeons in eight holes: infeasible, and bounds propagation alone cannot see it.
    const m = new Model(2_000);
    const name = (p: number, h: number) => `p${p}h${h}`;
    for (let p = 0; p < 9; p++) for (let h = 0; h < 8; h++) m.atom(name(p, h), p === h ? 1 : 0);
    for (let p = 0; p < 8; p++) m.constrain(Array.from({ length: 8 }, (_, h) => name(p, h)), { lo: 1, hi: 1 }, `pigeon ${p}`);
    for (let h = 0; h < 8; h++) m.constrain(Array.from({ length: 9 }, (_, p) => name(p, h)), { lo: 0, hi: 1 }, `hole ${h}`);
    // The ninth pigeon (truth: in no hole) must sit somewhere.
    expect(() => m.feasible(Array.from({ length: 8 }, (_, h) => name(8, h)), 1)).toThrow('gave up after 2000 nodes');
  });
});
