// The exact feasibility search behind feasibility.ts. A component is a connected part of a model
// (atoms that share constraints, renumbered). Whether some whole assignment of its atoms meets
// every constraint with a group's sum fixed to a value is decided by depth-first search with bounds
// propagation: each constraint lo ≤ Σ x ≤ hi tightens its atoms' bounds until nothing changes, then
// one atom is fixed to each value of its domain in turn. The search is complete, so a "no" is a
// proof. To make it fast: (1) atoms near the group are decided first, trying the true value first (a
// hint only, never a pruning); (2) first a few searches that keep every atom beyond some distance
// from the group at its true value: a solution found there is a solution (it meets every
// constraint), and none found proves nothing; (3) the complete search starts from the bounds that
// also the implied constraints give — for published groups A ⊂ B the rest B \ A lies in
// [B.lo − A.hi, B.hi − A.lo], the attacker's own differencing — and when it grows large, it is run
// again with those implied constraints propagated at every step.

export interface Constraint {
  vars: number[];
  lo: number;
  hi: number;
}

export interface Range {
  lo: number;
  hi: number;
}

/** An atom no constraint bounds is (practically) unbounded; counts are never negative. */
const UNBOUNDED = 1_000_000;

/** A group prepared for searching: its atoms, and every atom's distance from them. */
export interface Target {
  group: number[];
  distance: Int32Array;
  order: number[];
}

export class Component {
  private readonly plain: { constraints: Constraint[]; byVar: number[][] };
  private readonly strong: { constraints: Constraint[]; byVar: number[][] };
  readonly truth: readonly number[];
  private readonly budget: number;
  /** Every atom's bounds after propagating the published numbers and the implied constraints. */
  private readonly base: { lo: Int32Array; hi: Int32Array };

  constructor(truth: readonly number[], constraints: readonly Constraint[], budget: number) {
    this.truth = truth;
    this.budget = budget;
    const plain = constraints.map((c) => ({ ...c, vars: [...c.vars] }));
    this.plain = { constraints: plain, byVar: byVar(plain, truth.length) };
    const strong = withImplied(constraints, truth.length);
    this.strong = { constraints: strong, byVar: byVar(strong, truth.length) };
    const lo = new Int32Array(truth.length);
    const hi = new Int32Array(truth.length).fill(UNBOUNDED);
    if (!propagate(strong, this.strong.byVar, lo, hi, null)) throw new Error('the published numbers contradict each other');
    this.base = { lo, hi };
  }

  /** Bounds on the group's sum after propagation: no value outside them is feasible. */
  bounds(group: readonly number[]): Range {
    return { lo: group.reduce((s, v) => s + (this.base.lo[v] as number), 0), hi: group.reduce((s, v) => s + (this.base.hi[v] as number), 0) };
  }

  prepare(group: readonly number[]): Target {
    const distance = this.distances(group);
    const order = [...Array(this.truth.length).keys()].sort((x, y) => (distance[x] as number) - (distance[y] as number) || x - y);
    return { group: [...new Set(group)], distance, order };
  }

  /**
   * Looks for a solution with the group's sum = value without proving anything when there is none:
   * first by repairing the true assignment step by step (min-conflicts), then by searching only the
   * atoms near the group. A solution found meets every constraint, so it proves the value feasible.
   */
  near(target: Target, value: number): boolean {
    if (this.repair(target, value, 3_000)) return true;
    for (const radius of [1, 2]) {
      try {
        if (this.run(target, value, radius, Math.min(5_000, this.budget))) return true;
      } catch {
        // Out of this budget: the complete search decides.
      }
    }
    return false;
  }

  /**
   * Min-conflicts local search from the truth with the group's constraint added: move one atom by
   * one in the direction a violated constraint needs, preferring moves that leave the least total
   * violation, never back the way an atom just came (a short tabu), sometimes at random.
   */
  private repair(target: Target, value: number, steps: number): boolean {
    const { constraints: base, byVar: index0 } = this.plain;
    const constraints = [...base, { vars: target.group, lo: value, hi: value }];
    const index = index0.slice();
    for (const v of target.group) index[v] = [...(index0[v] as number[]), base.length];
    const x = Int32Array.from(this.truth);
    const sums = constraints.map((c) => c.vars.reduce((t, v) => t + (x[v] as number), 0));
    const off = (ci: number, sum: number) => Math.max(0, (constraints[ci] as Constraint).lo - sum, sum - (constraints[ci] as Constraint).hi);
    const violated = new Set<number>();
    constraints.forEach((_, ci) => off(ci, sums[ci] as number) > 0 && violated.add(ci));
    const tabu = new Map<number, number>();
    let seed = 0x2545f491 ^ value;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let step = 0; step < steps; step++) {
      if (violated.size === 0) return true;
      const list = [...violated];
      const ci = list[Math.floor(random() * list.length)] as number;
      const c = constraints[ci] as Constraint;
      const delta = (sums[ci] as number) < c.lo ? 1 : -1;
      let best: number[] = [];
      let bestScore = Infinity;
      for (const w of c.vars) {
        if ((x[w] as number) + delta < 0 || tabu.get(w * 2 + (delta > 0 ? 0 : 1)) !== undefined && (tabu.get(w * 2 + (delta > 0 ? 0 : 1)) as number) > step) continue;
        let score = 0;
        for (const cj of index[w] as number[]) score += off(cj, (sums[cj] as number) + delta) - off(cj, sums[cj] as number);
        if (score < bestScore) {
          bestScore = score;
          best = [w];
        } else if (score === bestScore) best.push(w);
      }
      if (best.length === 0) continue;
      const w = (random() < 0.1 ? c.vars[Math.floor(random() * c.vars.length)] : best[Math.floor(random() * best.length)]) as number;
      if ((x[w] as number) + delta < 0) continue;
      x[w] = (x[w] as number) + delta;
      // Not straight back: the opposite move of this atom waits a few steps.
      tabu.set(w * 2 + (delta > 0 ? 1 : 0), step + 7);
      for (const cj of index[w] as number[]) {
        sums[cj] = (sums[cj] as number) + delta;
        if (off(cj, sums[cj] as number) > 0) violated.add(cj);
        else violated.delete(cj);
      }
    }
    return violated.size === 0;
  }

  /** Decides exactly whether some assignment meets every constraint with the group's sum = value. */
  feasible(target: Target, value: number): boolean {
    try {
      return this.run(target, value, Infinity, Math.min(20_000, this.budget));
    } catch {
      return this.run(target, value, Infinity, this.budget, this.strong);
    }
  }

  private run(target: Target, value: number, radius: number, budget: number, set = this.plain): boolean {
    const constraints = [...set.constraints, { vars: target.group, lo: value, hi: value }];
    const index = set.byVar.slice();
    for (const v of target.group) index[v] = [...(set.byVar[v] as number[]), set.constraints.length];
    const lo = this.base.lo.slice();
    const hi = this.base.hi.slice();
    for (let v = 0; v < lo.length; v++) {
      if ((target.distance[v] as number) > radius) {
        lo[v] = this.truth[v] as number;
        hi[v] = this.truth[v] as number;
      }
    }
    return search({ constraints, byVar: index, hint: this.truth, order: target.order, distance: target.distance, nodes: 0, budget }, lo, hi, null);
  }

  /** Steps through constraints from the group to every atom. */
  private distances(group: readonly number[]): Int32Array {
    const distance = new Int32Array(this.truth.length).fill(1 << 30);
    let frontier = [...new Set(group)];
    for (const v of frontier) distance[v] = 0;
    for (let d = 1; frontier.length > 0; d++) {
      const next: number[] = [];
      for (const v of frontier) {
        for (const ci of this.plain.byVar[v] as number[]) {
          for (const w of (this.plain.constraints[ci] as Constraint).vars) {
            if ((distance[w] as number) > d) {
              distance[w] = d;
              next.push(w);
            }
          }
        }
      }
      frontier = next;
    }
    return distance;
  }
}

export function byVar(constraints: readonly Constraint[], n: number): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  constraints.forEach((c, ci) => c.vars.forEach((v) => (out[v] as number[]).push(ci)));
  return out;
}

/** The constraints, and for every published A ⊂ B the implied constraint on B \ A. */
function withImplied(constraints: readonly Constraint[], n: number): Constraint[] {
  const out = new Map<string, Constraint>();
  const put = (c: Constraint) => {
    const key = [...c.vars].sort((x, y) => x - y).join(',');
    const known = out.get(key);
    if (known) {
      known.lo = Math.max(known.lo, c.lo);
      known.hi = Math.min(known.hi, c.hi);
    } else out.set(key, { vars: [...c.vars], lo: c.lo, hi: c.hi });
  };
  for (const c of constraints) put(c);
  const published = [...out.values()];
  const index = byVar(published, n);
  const mark = new Uint8Array(n);
  for (const a of published) {
    for (const v of a.vars) mark[v] = 1;
    for (const bi of index[a.vars[0] as number] as number[]) {
      const b = published[bi] as Constraint;
      if (b.vars.length <= a.vars.length) continue;
      let inside = 0;
      for (const v of b.vars) inside += mark[v] as number;
      if (inside === a.vars.length) put({ vars: b.vars.filter((v) => !mark[v]), lo: Math.max(0, b.lo - a.hi), hi: b.hi - a.lo });
    }
    for (const v of a.vars) mark[v] = 0;
  }
  return [...out.values()];
}

/** Bounds propagation to a fixpoint; false when a constraint cannot be met. */
export function propagate(constraints: readonly Constraint[], index: readonly number[][], lo: Int32Array, hi: Int32Array, start: readonly number[] | null): boolean {
  const queue: number[] = start ? [...start] : constraints.map((_, i) => i);
  const queued = new Uint8Array(constraints.length);
  for (const c of queue) queued[c] = 1;
  while (queue.length > 0) {
    const ci = queue.pop() as number;
    queued[ci] = 0;
    const c = constraints[ci] as Constraint;
    let sumLo = 0;
    let sumHi = 0;
    for (const v of c.vars) {
      sumLo += lo[v] as number;
      sumHi += hi[v] as number;
    }
    if (sumLo > c.hi || sumHi < c.lo) return false;
    for (const v of c.vars) {
      const newHi = Math.min(hi[v] as number, c.hi - (sumLo - (lo[v] as number)));
      const newLo = Math.max(lo[v] as number, c.lo - (sumHi - (hi[v] as number)));
      if (newLo > newHi) return false;
      if (newHi !== hi[v] || newLo !== lo[v]) {
        sumLo += newLo - (lo[v] as number);
        sumHi += newHi - (hi[v] as number);
        lo[v] = newLo;
        hi[v] = newHi;
        for (const other of index[v] as number[]) {
          if (!queued[other]) {
            queued[other] = 1;
            queue.push(other);
          }
        }
      }
    }
  }
  return true;
}

interface SearchState {
  constraints: readonly Constraint[];
  byVar: readonly number[][];
  hint: readonly number[];
  /** Atoms nearest the group first. */
  order: readonly number[];
  distance: Int32Array;
  nodes: number;
  budget: number;
}

function search(s: SearchState, lo: Int32Array, hi: Int32Array, changed: number | null): boolean {
  if (++s.nodes > s.budget) throw new Error(`feasibility search gave up after ${s.budget} nodes`);
  if (!propagate(s.constraints, s.byVar, lo, hi, changed === null ? null : (s.byVar[changed] as number[]))) return false;
  // The nearest open atom, the one with the fewest values at that distance; none open: a solution.
  let pick = -1;
  for (const v of s.order) {
    if ((hi[v] as number) === (lo[v] as number)) continue;
    if (pick !== -1 && (s.distance[v] as number) > (s.distance[pick] as number)) break;
    if (pick === -1 || (hi[v] as number) - (lo[v] as number) < (hi[pick] as number) - (lo[pick] as number)) pick = v;
  }
  if (pick === -1) return true;
  const first = Math.min(Math.max(s.hint[pick] as number, lo[pick] as number), hi[pick] as number);
  for (let d = 0; first - d >= (lo[pick] as number) || first + d <= (hi[pick] as number); d++) {
    for (const value of d === 0 ? [first] : [first + d, first - d]) {
      if (value < (lo[pick] as number) || value > (hi[pick] as number)) continue;
      const lo2 = lo.slice();
      const hi2 = hi.slice();
      lo2[pick] = value;
      hi2[pick] = value;
      if (search(s, lo2, hi2, pick)) return true;
    }
  }
  return false;
}
