// The attacker's reasoning, made exact. The attacker knows the p-table (docs/disclosure-control.md),
// so a published value p tells it the true count lies in F(p) = { n : the p-table row for n gives
// n + adjustment = p with probability > 0 } (zero stays zero); a "<5" is any of 1–4. It knows the
// true linear relations between the groups it sees (a half-year is its two quarters, a covenant is
// its sub-regions, a total is its rows …). A model writes every group as a sum of disjoint *atoms*
// (whole numbers ≥ 0) and every published number as a constraint lo ≤ Σ atoms ≤ hi.
//
// The feasible values of a group are then decided EXACTLY: a value v is feasible iff some whole
// assignment of the atoms satisfies every constraint with the group's sum = v, decided by a
// complete search (search.ts). The true counts only order the search; they never prune it, so every
// answer holds for an attacker who does not know them. A search that runs out of its node budget
// throws: it never counts as "not recovered".
import { rowFor } from '@uitstroom/disclosure';
import { Component, type Constraint, type Range } from './search.ts';

export type { Range };

/** A count as the API shows it: the number, or null with display '<5'. */
export interface Shown {
  count: number | null;
  display: string;
}

/** The published values a shown count may stand for: '<5' is 1–4. */
export function publishedRange(shown: Shown): Range {
  if (shown.display === '<5' && shown.count === null) return { lo: 1, hi: 4 };
  if (shown.count === null || String(shown.count) !== shown.display) throw new Error(`not a shown count: ${JSON.stringify(shown)}`);
  return { lo: shown.count, hi: shown.count };
}

/** F(p): every true count that the p-table can publish as p. */
export function trueCountsFor(published: number): number[] {
  if (published === 0) return [0, ...candidates(0)];
  return candidates(published);
}

function candidates(published: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= published + 10; n++) if (rowFor(n).adjustments.some((a) => n + a.value === published)) out.push(n);
  return out;
}

/** The union of F(p) over a range of published values, as an interval (checked to have no gaps). */
export function trueRange(published: Range): Range {
  const all = new Set<number>();
  for (let p = published.lo; p <= published.hi; p++) for (const n of trueCountsFor(p)) all.add(n);
  const sorted = [...all].sort((a, b) => a - b);
  const lo = sorted[0] as number;
  const hi = sorted[sorted.length - 1] as number;
  if (hi - lo + 1 !== sorted.length) throw new Error(`F(${published.lo}…${published.hi}) has a gap: ${sorted.join(',')}`);
  return { lo, hi };
}

/** The node budget of one search; a search beyond it throws rather than guess. */
export const NODE_BUDGET = 200_000;

export class Model {
  private readonly nodeBudget: number;
  constructor(nodeBudget = NODE_BUDGET) {
    this.nodeBudget = nodeBudget;
  }

  readonly names: string[] = [];
  readonly truth: number[] = [];
  readonly constraints: Constraint[] = [];
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();
  /** Per atom: its component and its number there; null until asked, and after every new constraint. */
  private parts: { of: Int32Array; local: Int32Array; components: (Component | null)[]; members: number[][]; constraints: number[][] } | null = null;

  /** An atom: a group no other group of the model splits; its true count from the beheerder. */
  atom(name: string, truth: number): number {
    const known = this.index.get(name);
    if (known !== undefined) {
      if (this.truth[known] !== truth) throw new Error(`atom ${name}: truth ${truth} and ${this.truth[known]}`);
      return known;
    }
    if (!Number.isInteger(truth) || truth < 0) throw new Error(`atom ${name}: truth ${truth}`);
    this.index.set(name, this.names.length);
    this.names.push(name);
    this.truth.push(truth);
    return this.names.length - 1;
  }

  ids(names: readonly string[]): number[] {
    return names.map((name) => {
      const i = this.index.get(name);
      if (i === undefined) throw new Error(`unknown atom ${name}`);
      return i;
    });
  }

  /** A published number: the group (atoms by name) holds a true count in `range`. */
  constrain(names: readonly string[], range: Range, label: string): void {
    const vars = [...new Set(this.ids(names))];
    const truth = this.sum(vars);
    // The model is checked against the truth: a relation or an F(p) that is wrong fails here.
    if (truth < range.lo || truth > range.hi) throw new Error(`${label}: true ${truth} is outside ${range.lo}…${range.hi}`);
    this.constraints.push({ vars, lo: range.lo, hi: range.hi });
    this.labels.push(label);
    this.parts = null;
  }

  /**
   * What the attacker learns from a shown count of the group. `truth`, the beheerder's figure for
   * the same group, must be the sum of the atoms: that checks the relation the model assumes.
   */
  observe(names: readonly string[], shown: Shown, label: string, truth?: number): void {
    if (truth !== undefined && truth !== this.sum(this.ids([...new Set(names)]))) throw new Error(`${label}: the beheerder has ${truth}, the atoms add up to ${this.sum(this.ids([...new Set(names)]))}`);
    this.constrain(names, trueRange(publishedRange(shown)), label);
  }

  sum(vars: readonly number[]): number {
    return vars.reduce((s, v) => s + (this.truth[v] as number), 0);
  }

  /** True when some whole assignment satisfies every constraint and gives the group the value (exact). */
  feasible(names: readonly string[], value: number): boolean {
    const { component, group } = this.part(names);
    const target = component.prepare(group);
    return component.near(target, value) || component.feasible(target, value);
  }

  /** Bounds on the group's sum after propagation: no value outside them is feasible. */
  bounds(names: readonly string[]): Range {
    const { component, group } = this.part(names);
    return component.bounds(group);
  }

  /** Every value the group can have given all published numbers (exact), nearest the truth first; `limit` stops early. */
  feasibleValues(names: readonly string[], limit = Infinity): number[] {
    const { component, group } = this.part(names);
    const t = this.sum(this.ids(names));
    const { lo, hi } = component.bounds(group);
    // The truth itself needs no search: every constraint was checked against it.
    const out = [t];
    const candidates: number[] = [];
    for (let d = 1; t - d >= lo || t + d <= hi; d++) for (const v of [t + d, t - d]) if (v >= lo && v <= hi) candidates.push(v);
    // Cheap searches first (a solution found is a proof); the complete search only for the rest.
    const open: number[] = [];
    const target = component.prepare(group);
    for (const v of candidates) {
      if (out.length >= limit) break;
      if (component.near(target, v)) out.push(v);
      else open.push(v);
    }
    for (const v of open) {
      if (out.length >= limit) break;
      if (component.feasible(target, v)) out.push(v);
    }
    return out.sort((x, y) => x - y);
  }

  /**
   * The component of the group's atoms, renumbered: atoms of other components share no constraint
   * with them, so leaving them out changes no answer and only saves time.
   */
  private part(names: readonly string[]): { component: Component; group: number[] } {
    const vars = [...new Set(this.ids(names))];
    this.parts ??= this.split();
    const parts = this.parts;
    const ids = new Set(vars.map((v) => parts.of[v] as number));
    if (ids.size !== 1) throw new Error(`a group across unconnected atoms: ${names.join(', ')}`);
    const id = [...ids][0] as number;
    if (!parts.components[id]) {
      const members = parts.members[id] as number[];
      const constraints = (parts.constraints[id] as number[]).map((ci) => {
        const c = this.constraints[ci] as Constraint;
        return { vars: c.vars.map((v) => parts.local[v] as number), lo: c.lo, hi: c.hi };
      });
      parts.components[id] = new Component(members.map((v) => this.truth[v] as number), constraints, this.nodeBudget);
    }
    return { component: parts.components[id] as Component, group: vars.map((v) => parts.local[v] as number) };
  }

  /** Connected components of atoms through constraints (union–find). */
  private split(): NonNullable<Model['parts']> {
    const n = this.names.length;
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const find = (v: number): number => {
      while (parent[v] !== v) v = parent[v] = parent[parent[v] as number] as number;
      return v;
    };
    for (const c of this.constraints) for (const v of c.vars.slice(1)) parent[find(v)] = find(c.vars[0] as number);
    const of = new Int32Array(n);
    const local = new Int32Array(n);
    const ids = new Map<number, number>();
    const members: number[][] = [];
    for (let v = 0; v < n; v++) {
      const root = find(v);
      if (!ids.has(root)) {
        ids.set(root, members.length);
        members.push([]);
      }
      const id = ids.get(root) as number;
      of[v] = id;
      local[v] = (members[id] as number[]).length;
      (members[id] as number[]).push(v);
    }
    const constraints: number[][] = members.map(() => []);
    this.constraints.forEach((c, ci) => (constraints[of[c.vars[0] as number] as number] as number[]).push(ci));
    return { of, local, components: members.map(() => null), members, constraints };
  }
}

/** What one attack found: recoveries are true counts of 1–4 pinned to one value. */
export interface AttackResult {
  /** Published numbers combined. */
  published: number;
  /** Of them, relations: published numbers over a group of two or more atoms. */
  relations: number;
  /** Distinct groups in the model (atoms and published groups). */
  groups: number;
  /** Of them, with a true count of 1–4: each is attacked. */
  small: number;
  recovered: string[];
  /** Groups the attacker can prove hold exactly one person. */
  singledOut: string[];
}

/** Attacks every atom, every published group and every extra group whose true count is 1–4. */
export function attack(model: Model, extra: readonly { label: string; atoms: readonly string[] }[] = []): AttackResult {
  const groups = new Map<string, { label: string; atoms: string[] }>();
  const add = (label: string, atoms: readonly string[]) => {
    const key = [...new Set(atoms)].sort().join('|');
    if (!groups.has(key)) groups.set(key, { label, atoms: [...new Set(atoms)] });
  };
  model.names.forEach((name) => add(name, [name]));
  model.constraints.forEach((c, i) => add(model.labels[i] as string, c.vars.map((v) => model.names[v] as string)));
  for (const g of extra) add(g.label, g.atoms);
  const result: AttackResult = { published: model.constraints.length, relations: model.constraints.filter((c) => c.vars.length > 1).length, groups: groups.size, small: 0, recovered: [], singledOut: [] };
  for (const g of groups.values()) {
    const truth = model.sum(model.ids(g.atoms));
    if (truth < 1 || truth > 4) continue;
    result.small++;
    let values: number[];
    try {
      values = model.feasibleValues(g.atoms, 2);
    } catch (error) {
      throw new Error(`attacking ${g.label} (true ${truth}): ${(error as Error).message}`, { cause: error });
    }
    if (values.length === 1) {
      result.recovered.push(`${g.label} = ${truth}`);
      if (values[0] === 1) result.singledOut.push(g.label);
    }
  }
  return result;
}

/** Adds up the results of several attacks. */
export function total(results: readonly AttackResult[]): AttackResult {
  return results.reduce(
    (a, r) => ({ published: a.published + r.published, relations: a.relations + r.relations, groups: a.groups + r.groups, small: a.small + r.small, recovered: [...a.recovered, ...r.recovered], singledOut: [...a.singledOut, ...r.singledOut] }),
    { published: 0, relations: 0, groups: 0, small: 0, recovered: [], singledOut: [] },
  );
}
