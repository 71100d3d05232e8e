// The party filter: a protected viewer narrows to its own organisation only (the analist, without
// one, not at all), so the attacker here is one provider's own user. Atoms: quarter × target group ×
// (this provider | everyone else). Published numbers combined: the provider's own outflow reports at
// quarter, half-year and year granularity, and the covenant's reports, whose groups are the
// provider's plus everyone else's. A provider is a zorgaanbieder, so it is never a landlord or a
// gemeente: the filter on it is its trajectories.
//
// Profiling: the smallest groups reachable are one quarter × one target group × the own party. For
// the people alone in theirs, the attacker asks the monitor narrowed to exactly that group and reads
// its facility, age and gemeente rows. It can profile the person only if it can prove the group holds
// one person; the feasible values of the group's count are those of the provider model intersected
// with those of each breakdown (rows whose sum is the group): the models share only that count.
import type { Attack } from './client.ts';
import { Model, type Shown } from './feasibility.ts';
import { count, GRANULARITIES, observeOutflow, OUTFLOW, outflowPair, targetGroupsPresent, type OutflowReport } from './outflow-model.ts';
import { periodRange, type DayRange } from './periods.ts';

const ZERO: Shown = { count: 0, display: '0' };
const REST = '(de anderen)';

export interface ProviderFamily {
  provider: string;
  model: Model;
  /** The smallest groups: quarter code, target group, provider, atom name, and the outflow cell as shown. */
  cells: { quarter: string; tg: string; provider: string; atom: string; shown: Shown }[];
}

/** What one provider's own user can combine: its own reports and the covenant's. */
export async function providerFamily(a: Attack, c: string, years: readonly number[], provider: string): Promise<ProviderFamily> {
  const whole = { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` };
  const groups = await targetGroupsPresent(a, c, whole);
  const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-K${q}`));
  const cellOf = (r: OutflowReport, q: string, tg: string) => count(r.cells.find((x) => x.periodCode === q && x.targetGroup === tg)?.value);

  const truthOf = async (p: string | null) => (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...whole, g: 'QUARTER', s: null, tg: null, p })).covenant.outflow;
  const covenant = await truthOf(null);
  const own = await truthOf(provider);

  const model = new Model();
  const cells: ProviderFamily['cells'] = [];
  for (const q of quarters) {
    for (const tg of groups) {
      const n = cellOf(own, q, tg);
      const rest = cellOf(covenant, q, tg) - n;
      if (rest < 0) throw new Error(`${c} ${q} ${tg}: ${provider}'s outflow is more than the covenant's`);
      const atom = `${provider}|${q}|${tg}`;
      model.atom(atom, n);
      model.atom(`${REST}|${q}|${tg}`, rest);
      cells.push({ quarter: q, tg, provider, atom, shown: ZERO });
    }
  }
  const atoms = (inScope: readonly string[]) => (range: DayRange, tg: string | null) =>
    inScope.flatMap((p) => quarters.filter((q) => periodRange(q).from >= range.from && periodRange(q).to <= range.to).flatMap((q) => (tg === null ? groups : [tg]).map((t) => `${p}|${q}|${t}`)));

  for (const g of GRANULARITIES) {
    observeOutflow(model, await outflowPair(a, c, { ...whole, g }), groups, atoms([provider, REST]), `${c} ${g}`);
    // The provider's quarters are checked against the beheerder's (the atoms); its half-years and
    // years are sums of them, checked only to lie in F(published).
    const shown = (await a.party<{ covenant: { outflow: OutflowReport } }>(provider, c, OUTFLOW, { c, ...whole, g, s: null, tg: null, p: provider })).covenant.outflow;
    const pair = { shown, truth: g === 'QUARTER' ? own : null };
    observeOutflow(model, pair, groups, atoms([provider]), `${c} ${provider} ${g}`);
    if (g === 'QUARTER') for (const cell of pair.shown.cells) for (const x of cells) if (x.quarter === cell.periodCode && x.tg === cell.targetGroup) x.shown = cell.value;
  }
  return { provider, model, cells };
}

const PROFILE = `query DisclosureProfile($c: ID!, $from: Date!, $to: Date!, $tg: TargetGroup, $p: ID) {
  covenant(id: $c) { monitor(from: $from, to: $to, targetGroup: $tg, partyId: $p) {
    outflowByFacility { rows { key value { count display } } total { count display } }
    outflowByAgeCategory { rows { key value { count display } } total { count display } }
    woonplaatsbeginsel { housed { count display } perGemeente { gemeente { id } housed { count display } } } } } }`;

interface Profile {
  outflowByFacility: { rows: { key: string; value: Shown }[]; total: Shown };
  outflowByAgeCategory: { rows: { key: string; value: Shown }[]; total: Shown };
  woonplaatsbeginsel: { housed: Shown; perGemeente: { gemeente: { id: string }; housed: Shown }[] };
}

/**
 * The values the attacker cannot rule out for one smallest group after reading its monitor: the
 * provider model's, intersected with each breakdown's. Also returns the monitor's total as shown,
 * which must be the outflow cell of the same group.
 */
export async function profile(a: Attack, c: string, family: ProviderFamily, cell: ProviderFamily['cells'][number]): Promise<{ feasible: number[]; total: Shown }> {
  const vars = { c, ...periodRange(cell.quarter), tg: cell.tg, p: cell.provider };
  const shown = (await a.party<{ covenant: { monitor: Profile } }>(cell.provider, c, PROFILE, vars)).covenant.monitor;
  const truth = (await a.beheerder<{ covenant: { monitor: Profile } }>(PROFILE, vars)).covenant.monitor;
  let feasible = family.model.feasibleValues([cell.atom]);
  const breakdowns: [string, { key: string; value: Shown }[], { key: string; value: Shown }[], Shown][] = [
    ['facility', shown.outflowByFacility.rows, truth.outflowByFacility.rows, shown.outflowByFacility.total],
    ['age', shown.outflowByAgeCategory.rows, truth.outflowByAgeCategory.rows, shown.outflowByAgeCategory.total],
    ['gemeente', shown.woonplaatsbeginsel.perGemeente.map((r) => ({ key: r.gemeente.id, value: r.housed })), truth.woonplaatsbeginsel.perGemeente.map((r) => ({ key: r.gemeente.id, value: r.housed })), shown.woonplaatsbeginsel.housed],
  ];
  for (const [name, rows, truthRows, total] of breakdowns) {
    const m = new Model();
    // Every row the attacker sees or the beheerder has: a row neither lists holds nobody, which the
    // attacker is granted (a row not listed is published 0, which could otherwise hide 1–4 people).
    const keys = [...new Set([...rows, ...truthRows].map((r) => r.key))];
    for (const key of keys) m.atom(key, count(truthRows.find((r) => r.key === key)?.value));
    for (const key of keys) m.observe([key], rows.find((r) => r.key === key)?.value ?? { count: 0, display: '0' }, `${name} ${key}`);
    m.observe(keys, total, `${name} total`, family.model.sum(family.model.ids([cell.atom])));
    feasible = feasible.filter((v) => m.feasible(keys, v));
  }
  return { feasible, total: shown.outflowByFacility.total };
}
