// The monitor's tables on one page, attacked over the period hierarchy. For one covenant and year,
// the monitor of every quarter, half-year and year (the page's current and previous period, and
// every other), for the covenant and each sub-region. Each *measure* is one additive figure: a
// breakdown (rows by facility, by age category, by gemeente van herkomst with who returned there),
// a part of the people housed (omklap, relapse within 6 or 12 months, negative endings: the part and
// the rest), or a count of events in the range (registrations, first relapses, negative endings).
// Its atoms are sub-region × quarter × key; every row and total of every monitor is a constraint,
// with the relations: a half-year and a year are their quarters, a covenant its sub-regions, a total
// its rows, the people housed the part plus the rest. Measures are attacked one at a time (their
// only shared groups are the period totals, which every table publishes as the same number).
import type { Attack } from './client.ts';
import { Model, type Shown } from './feasibility.ts';
import { periodRange } from './periods.ts';

const S = '{ count display }';
export const MONITOR = `query DisclosureMonitor($c: ID!, $from: Date!, $to: Date!, $s: ID, $tg: TargetGroup) {
  covenant(id: $c) { monitor(from: $from, to: $to, subRegionId: $s, targetGroup: $tg) { asOf
    outflowByFacility { rows { key value ${S} } total ${S} }
    outflowByAgeCategory { rows { key value ${S} } total ${S} }
    woonplaatsbeginsel { housed ${S} returnedToOrigin ${S} perGemeente { gemeente { id } housed ${S} returnedToOrigin ${S} } }
    afterHome { housed ${S} temporaryRelapseWithin6Months ${S} structuralRelapseWithin6Months ${S} temporaryRelapseWithin12Months ${S}
      structuralRelapseWithin12Months ${S} omklap ${S} negativeEndings ${S} }
    waitingTime { registered ${S} }
    prognosis { months expectedOutflow openTrajectories ${S} }
    signals { pastNorm ${S} relapses ${S} negativeEndings ${S} } } } }`;

type Rows = { key: string; value: Shown }[];
export interface Monitor {
  asOf: string;
  outflowByFacility: { rows: Rows; total: Shown };
  outflowByAgeCategory: { rows: Rows; total: Shown };
  woonplaatsbeginsel: { housed: Shown; returnedToOrigin: Shown; perGemeente: { gemeente: { id: string }; housed: Shown; returnedToOrigin: Shown }[] };
  afterHome: Record<'housed' | 'temporaryRelapseWithin6Months' | 'structuralRelapseWithin6Months' | 'temporaryRelapseWithin12Months' | 'structuralRelapseWithin12Months' | 'omklap' | 'negativeEndings', Shown>;
  waitingTime: { registered: Shown };
  prognosis: { months: number; expectedOutflow: number | null; openTrajectories: Shown }[];
  signals: { pastNorm: Shown; relapses: Shown; negativeEndings: Shown };
}

const ZERO: Shown = { count: 0, display: '0' };
const n = (s: Shown) => s.count as number;

/** One additive figure: its published numbers as groups of keys, and its atoms' truth from an exact monitor. */
interface Measure {
  name: string;
  keys(m: Monitor): string[];
  truth(m: Monitor): Map<string, number>;
  observed(m: Monitor, universe: readonly string[]): { keys: string[]; shown: Shown; label: string }[];
}

const breakdown = (name: string, table: (m: Monitor) => { rows: Rows; total: Shown }): Measure => ({
  name,
  keys: (m) => table(m).rows.map((r) => r.key),
  truth: (m) => new Map(table(m).rows.map((r) => [r.key, n(r.value)])),
  observed: (m, universe) => [
    ...universe.map((k) => ({ keys: [k], shown: table(m).rows.find((r) => r.key === k)?.value ?? ZERO, label: `${name} ${k}` })),
    { keys: [...universe], shown: table(m).total, label: `${name} total` },
  ],
});

const part = (name: keyof Monitor['afterHome']): Measure => ({
  name,
  keys: () => ['ja', 'nee'],
  truth: (m) => new Map([['ja', n(m.afterHome[name])], ['nee', n(m.afterHome.housed) - n(m.afterHome[name])]]),
  observed: (m) => [
    { keys: ['ja'], shown: m.afterHome[name], label: name },
    { keys: ['ja', 'nee'], shown: m.afterHome.housed, label: 'afterHome.housed' },
  ],
});

const events = (name: string, figure: (m: Monitor) => Shown): Measure => ({
  name,
  keys: () => ['x'],
  truth: (m) => new Map([['x', n(figure(m))]]),
  observed: (m) => [{ keys: ['x'], shown: figure(m), label: name }],
});

export const MEASURES: Measure[] = [
  breakdown('facility', (m) => m.outflowByFacility),
  breakdown('age', (m) => m.outflowByAgeCategory),
  {
    name: 'woonplaatsbeginsel',
    keys: (m) => m.woonplaatsbeginsel.perGemeente.flatMap((g) => [`${g.gemeente.id}|ja`, `${g.gemeente.id}|nee`]),
    truth: (m) => new Map(m.woonplaatsbeginsel.perGemeente.flatMap((g) => [[`${g.gemeente.id}|ja`, n(g.returnedToOrigin)], [`${g.gemeente.id}|nee`, n(g.housed) - n(g.returnedToOrigin)]])),
    observed: (m, universe) => {
      const gemeenten = [...new Set(universe.map((k) => k.split('|')[0] as string))];
      const row = (g: string) => m.woonplaatsbeginsel.perGemeente.find((r) => r.gemeente.id === g);
      return [
        ...gemeenten.flatMap((g) => [
          { keys: [`${g}|ja`, `${g}|nee`], shown: row(g)?.housed ?? ZERO, label: `housed from ${g}` },
          { keys: [`${g}|ja`], shown: row(g)?.returnedToOrigin ?? ZERO, label: `returned to ${g}` },
        ]),
        { keys: [...universe], shown: m.woonplaatsbeginsel.housed, label: 'woonplaatsbeginsel.housed' },
        { keys: universe.filter((k) => k.endsWith('|ja')), shown: m.woonplaatsbeginsel.returnedToOrigin, label: 'returnedToOrigin' },
      ];
    },
  },
  part('omklap'),
  part('negativeEndings'),
  part('temporaryRelapseWithin6Months'),
  part('structuralRelapseWithin6Months'),
  part('temporaryRelapseWithin12Months'),
  part('structuralRelapseWithin12Months'),
  events('registered', (m) => m.waitingTime.registered),
  events('signals.relapses', (m) => m.signals.relapses),
  events('signals.negativeEndings', (m) => m.signals.negativeEndings),
];

/** The monitors of one covenant and year: per scope (null: the covenant) and period code, as shown and exact. */
export interface YearMonitors {
  covenant: string;
  year: number;
  regions: (string | null)[];
  monitors: { scope: string | null; code: string; shown: Monitor; truth: Monitor }[];
}

export async function yearMonitors(a: Attack, c: string, year: number, regions: (string | null)[]): Promise<YearMonitors> {
  const scopes = regions[0] === null ? [null] : [null, ...regions];
  const codes = [1, 2, 3, 4].map((q) => `${year}-K${q}`).concat([`${year}-H1`, `${year}-H2`, String(year)]);
  const monitors: YearMonitors['monitors'] = [];
  for (const scope of scopes) {
    for (const code of codes) {
      const vars = { c, ...periodRange(code), s: scope, tg: null };
      const shown = (await a.analist<{ covenant: { monitor: Monitor } }>(MONITOR, vars)).covenant.monitor;
      const truth = (await a.beheerder<{ covenant: { monitor: Monitor } }>(MONITOR, vars)).covenant.monitor;
      monitors.push({ scope, code, shown, truth });
    }
  }
  return { covenant: c, year, regions, monitors };
}

/** The model of one measure over a year's monitors. */
export function measureModel(y: YearMonitors, measure: Measure): Model {
  const universe = [...new Set(y.monitors.flatMap((m) => [...measure.keys(m.shown), ...measure.keys(m.truth)]))].sort();
  const model = new Model();
  const quarters = [1, 2, 3, 4].map((q) => `${y.year}-K${q}`);
  for (const region of y.regions) {
    for (const q of quarters) {
      const exact = y.monitors.find((m) => m.scope === region && m.code === q)?.truth as Monitor;
      const truth = measure.truth(exact);
      for (const k of universe) model.atom(`${region ?? y.covenant}|${q}|${k}`, truth.get(k) ?? 0);
    }
  }
  for (const m of y.monitors) {
    const range = periodRange(m.code);
    const inPeriod = quarters.filter((q) => periodRange(q).from >= range.from && periodRange(q).to <= range.to);
    const inScope = m.scope === null ? y.regions : [m.scope];
    const truths = measure.observed(m.truth, universe);
    measure.observed(m.shown, universe).forEach((o, i) => {
      const atoms = inScope.flatMap((r) => inPeriod.flatMap((q) => o.keys.map((k) => `${r ?? y.covenant}|${q}|${k}`)));
      model.observe(atoms, o.shown, `${m.scope ?? y.covenant} ${m.code} ${o.label}`, n(truths[i]?.shown as Shown));
    });
  }
  return model;
}
