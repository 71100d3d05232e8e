// The party filter: atoms are quarter × target group × zorgaanbieder (and "another provider" where
// the covenant's listed providers do not cover everyone). Published numbers combined: the outflow
// report filtered on each provider (partyId) at quarter, half-year and year granularity, and the
// covenant's own reports: the providers' shares partition the covenant's total. A provider is a
// zorgaanbieder, so it is never a landlord or a gemeente: the filter on it is its trajectories.
//
// Profiling: the smallest groups reachable are one quarter × one target group × one party. For the
// people alone in theirs, the attacker asks the monitor narrowed to exactly that group and reads its
// facility, age and gemeente rows. It can profile the person only if it can prove the group holds
// one person; the feasible values of the group's count are those of the provider model intersected
// with those of each breakdown (rows whose sum is the group): the models share only that count.
import type { Attack } from './client.ts';
import { Model, type Shown } from './feasibility.ts';
import { count, GRANULARITIES, observeOutflow, OUTFLOW, outflowPair, targetGroupsPresent, type OutflowReport } from './outflow-model.ts';
import { periodRange, type DayRange } from './periods.ts';

const ZERO: Shown = { count: 0, display: '0' };

export interface ProviderFamily {
  model: Model;
  /** The smallest groups: quarter code, target group, provider, atom name, and the outflow cell as shown. */
  cells: { quarter: string; tg: string; provider: string; atom: string; shown: Shown }[];
}

export async function providerFamily(a: Attack, c: string, years: readonly number[], providers: readonly string[]): Promise<ProviderFamily> {
  const whole = { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` };
  const groups = await targetGroupsPresent(a, c, whole);
  const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-K${q}`));
  const cellOf = (r: OutflowReport, q: string, tg: string) => count(r.cells.find((x) => x.periodCode === q && x.targetGroup === tg)?.value);

  const truthOf = async (p: string | null) => (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...whole, g: 'QUARTER', s: null, tg: null, p })).covenant.outflow;
  const covenant = await truthOf(null);
  const perProvider = new Map<string, OutflowReport>();
  for (const p of providers) perProvider.set(p, await truthOf(p));

  const model = new Model();
  const cells: ProviderFamily['cells'] = [];
  const others: string[] = [];
  for (const q of quarters) {
    for (const tg of groups) {
      let rest = cellOf(covenant, q, tg);
      for (const p of providers) {
        const n = cellOf(perProvider.get(p) as OutflowReport, q, tg);
        rest -= n;
        const atom = `${p}|${q}|${tg}`;
        model.atom(atom, n);
        cells.push({ quarter: q, tg, provider: p, atom, shown: ZERO });
      }
      if (rest < 0) throw new Error(`${c} ${q} ${tg}: the providers' outflow adds up to more than the covenant's`);
      others.push(`${q}|${tg}|${rest}`);
    }
  }
  // People of a provider the covenant does not list: an atom of their own only when there are any
  // (when there are none, the attacker is granted the knowledge that the providers cover everyone).
  const withOthers = others.some((o) => !o.endsWith('|0'));
  if (withOthers) for (const o of others) {
    const [q, tg, n] = o.split('|');
    model.atom(`(andere)|${q}|${tg}`, Number(n));
  }
  const scope = [...providers, ...(withOthers ? ['(andere)'] : [])];
  const atoms = (inScope: readonly string[]) => (range: DayRange, tg: string | null) =>
    inScope.flatMap((p) => quarters.filter((q) => periodRange(q).from >= range.from && periodRange(q).to <= range.to).flatMap((q) => (tg === null ? groups : [tg]).map((t) => `${p}|${q}|${t}`)));

  for (const g of GRANULARITIES) {
    observeOutflow(model, await outflowPair(a, c, { ...whole, g }), groups, atoms(scope), `${c} ${g}`);
    for (const p of providers) {
      // The provider's quarters are checked against the beheerder's (the atoms); its half-years and
      // years are sums of them, checked only to lie in F(published).
      const shown = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...whole, g, s: null, tg: null, p })).covenant.outflow;
      const pair = { shown, truth: g === 'QUARTER' ? (perProvider.get(p) as OutflowReport) : null };
      observeOutflow(model, pair, groups, atoms([p]), `${c} ${p} ${g}`);
      if (g === 'QUARTER') for (const cell of pair.shown.cells) for (const x of cells) if (x.provider === p && x.quarter === cell.periodCode && x.tg === cell.targetGroup) x.shown = cell.value;
    }
  }
  return { model, cells };
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
  const shown = (await a.analist<{ covenant: { monitor: Profile } }>(PROFILE, vars)).covenant.monitor;
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
    // attacker is granted (a row not listed is published 0, which could otherwise hide 1–3 people).
    const keys = [...new Set([...rows, ...truthRows].map((r) => r.key))];
    for (const key of keys) m.atom(key, count(truthRows.find((r) => r.key === key)?.value));
    for (const key of keys) m.observe([key], rows.find((r) => r.key === key)?.value ?? { count: 0, display: '0' }, `${name} ${key}`);
    m.observe(keys, total, `${name} total`, family.model.sum(family.model.ids([cell.atom])));
    feasible = feasible.filter((v) => m.feasible(keys, v));
  }
  return { feasible, total: shown.outflowByFacility.total };
}
