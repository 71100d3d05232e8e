// Case "disclosure utility" (issue 15, point 5): what the cell key method costs in accuracy on the
// loaded national data set, for every protected viewer (every role but the beheerder).
//
// Counts: every cell the platform publishes on the period grid — the outflow per target group and
// its period totals, and the monitor's breakdowns by facility, age category and gemeente of origin
// (housed, returned to it, and returned overall) — for every covenant and every calendar quarter,
// half-year and year with data. The true counts and key sums are computed here straight in SQL on
// the published view (per covenant, quarter and group, GROUPING SETS; half-years and years add their
// quarters' tallies, as the key sums of disjoint groups add) and published with `perturb` from
// @uitstroom/disclosure, as the subgraph does. Only cells with at least one person are counted:
// a true 0 is always published as 0.
//
// Target statuses: every target with realisations, at every month end from its first realisation to
// its covenant's data date (the reference dates a protected viewer may ask), through the domain's own
// progressOn with exact and with cell-key-protected counts, on the daily tallies of the product's own
// query (getDailyRealisations), each period with the five years before it, as the resolver asks.
import { cellKeyProtected, exact, perturb, PTABLE_DESIGN, sum, type Tally } from '@uitstroom/disclosure';
import { createDb, type Db } from '@uitstroom/db/client';
import { getDataDate } from '@uitstroom/db/queries/monitoring';
import { getDailyRealisations, getTargets, type TargetRow } from '@uitstroom/db/queries/targets';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
// Not exported by @uitstroom/monitoring (it exports its server and ./testing): the domain module itself.
import { progressOn, targetDefinition, windowFor, type TargetStatus } from '@uitstroom/monitoring/testing';
import type { BenchContext, Fact, FactCase } from '../support/bench-case.ts';

const NAME = 'disclosure utility';
const VIEW = 'trajectories.monitor_trajectories';

/** The published tables' groups, in the order they are reported. */
const DIMENSIONS = ['outflow per target group', 'outflow total (per period)', 'facility', 'age category', 'gemeente of origin, housed', 'gemeente of origin, returned', 'returned to origin, total'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** Per covenant, quarter and group: count and key sum of the people housed, and of those housed in their gemeente of origin. */
const QUARTER_TALLIES = `
  with housed as (
    select covenant_id, date_trunc('quarter', housed_on)::date::text as quarter, target_group::text as target_group, facility,
           age_category::text as age_category, origin_municipality_id, placement_municipality_id = origin_municipality_id as returned, record_key
    from ${VIEW} where housed_on is not null)
  select covenant_id, quarter, grouping(target_group, facility, age_category, origin_municipality_id) as grouping,
         coalesce(target_group, facility, age_category, origin_municipality_id, '') as key,
         count(*)::int as n, (sum(record_key) % 2147483648)::int as key_sum,
         count(*) filter (where returned)::int as returned_n, (coalesce(sum(record_key) filter (where returned), 0) % 2147483648)::int as returned_key_sum
  from housed
  group by covenant_id, quarter, grouping sets ((target_group), (facility), (age_category), (origin_municipality_id), ())`;

/** grouping() bit mask → the dimension of the housed count (and of the returned count, where it is published). */
const BY_GROUPING: Record<number, [Dimension, Dimension | null]> = {
  0b0111: ['outflow per target group', null],
  0b1011: ['facility', null],
  0b1101: ['age category', null],
  0b1110: ['gemeente of origin, housed', 'gemeente of origin, returned'],
  0b1111: ['outflow total (per period)', 'returned to origin, total'],
};

interface QuarterRow {
  covenant_id: string;
  quarter: string;
  grouping: number;
  key: string;
  n: number;
  key_sum: number;
  returned_n: number;
  returned_key_sum: number;
}

/** The quarter, half-year and year a quarter (its first day) belongs to. */
const periodsOf = (quarter: string) => {
  const year = quarter.slice(0, 4);
  const month = Number(quarter.slice(5, 7));
  return [`${year}-K${(month + 2) / 3}`, `${year}-H${month <= 6 ? 1 : 2}`, year];
};

class Deviations {
  counts = 0;
  absolute = 0;
  largest = 0;
  changed = 0;
  /** True counts of 1–4, and how they were published: as "<5" (1–4), as 0, as a number of 5 or more. */
  small = { all: 0, lessThanFive: 0, zero: 0, fiveOrMore: 0 };

  add(t: Tally): void {
    if (t.n === 0) return;
    const published = perturb(t);
    const deviation = Math.abs(published - t.n);
    this.counts++;
    this.absolute += deviation;
    this.largest = Math.max(this.largest, deviation);
    if (deviation > 0) this.changed++;
    if (t.n >= 5) return;
    this.small.all++;
    if (published === 0) this.small.zero++;
    else if (published < 5) this.small.lessThanFive++;
    else this.small.fiveOrMore++;
  }

  merge(other: Deviations): void {
    this.counts += other.counts;
    this.absolute += other.absolute;
    this.largest = Math.max(this.largest, other.largest);
    this.changed += other.changed;
    for (const k of Object.keys(this.small) as (keyof Deviations['small'])[]) this.small[k] += other.small[k];
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
const fmt = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });

/** Every published count of the grid, by dimension. */
async function countDeviations(context: BenchContext): Promise<Map<Dimension, Deviations>> {
  const rows = await context.sql.unsafe<QuarterRow[]>(QUARTER_TALLIES);
  // covenant | dimension | key | period → tally (the quarters' tallies added up).
  const cells = new Map<string, { dimension: Dimension; tally: Tally }>();
  const collect = (dimension: Dimension, row: QuarterRow, t: Tally) => {
    for (const period of periodsOf(row.quarter)) {
      const id = `${row.covenant_id}|${dimension}|${row.key}|${period}`;
      const cell = cells.get(id);
      cells.set(id, { dimension, tally: cell ? sum([cell.tally, t]) : t });
    }
  };
  for (const row of rows) {
    const [housed, returned] = BY_GROUPING[row.grouping] ?? [];
    if (!housed) throw new Error(`${NAME}: unexpected grouping ${row.grouping}`);
    collect(housed, row, { n: row.n, keySum: row.key_sum });
    if (returned) collect(returned, row, { n: row.returned_n, keySum: row.returned_key_sum });
  }
  const byDimension = new Map(DIMENSIONS.map((d) => [d, new Deviations()]));
  for (const { dimension, tally } of cells.values()) byDimension.get(dimension)?.add(tally);
  return byDimension;
}

/** The last day of every month from `from`'s month whose end is on or before `to`, and `to` itself. */
function referenceDates(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); ; month++) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end > to) break;
    dates.push(end);
  }
  if (dates.at(-1) !== to) dates.push(to);
  return dates;
}


interface StatusComparison {
  compared: number;
  changed: number;
  /** 'op_koers → achter' → how often. */
  transitions: Map<string, number>;
}

/** Exact against protected status, for one target at every reference date. */
async function compareStatuses(db: Db, row: TargetRow, today: string, into: StatusComparison): Promise<boolean> {
  const dataDate = await getDataDate(db, row.covenantId, today);
  if (dataDate === null || dataDate < row.validFrom) return false;
  const scope = { metric: row.metric, covenantId: row.covenantId, subRegionId: row.subRegionId, partyId: row.partyId };
  const days = [...(await getDailyRealisations(db, { ...scope, from: row.validFrom, to: dataDate })).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const first = days[0]?.[0];
  if (first === undefined) return false;
  const target = targetDefinition(row);
  // What the resolver fetches for a date: its period and the five years before it.
  const windows = new Map<string, Map<string, Tally>>();
  const dailyFor = (on: string) => {
    const [start, end] = windowFor(target, on);
    const earliest = `${Number(start.slice(0, 4)) - 5}-01-01`;
    let daily = windows.get(start);
    if (!daily) windows.set(start, (daily = new Map(days.filter(([date]) => date >= earliest && date <= end))));
    return daily;
  };
  for (const on of referenceDates(first, dataDate)) {
    const input = { target, on, daily: dailyFor(on), vacanciesPreviousYear: null };
    const truth = progressOn({ ...input, disclosure: exact }).status;
    const shown = progressOn({ ...input, disclosure: cellKeyProtected }).status;
    if (truth === null) continue;
    into.compared++;
    if (shown === truth) continue;
    into.changed++;
    const label = (s: TargetStatus | null) => (s ?? 'geen').replace('_', ' ');
    const transition = `${label(truth)} → ${label(shown)}`;
    into.transitions.set(transition, (into.transitions.get(transition) ?? 0) + 1);
  }
  return true;
}

/** Every target's statuses, per metric. */
async function statusDifferences(context: BenchContext): Promise<Map<string, StatusComparison>> {
  const database = createDb({ url: context.databaseUrl, maxConnections: 2 });
  try {
    const today = todayInNetherlands();
    const byMetric = new Map<string, StatusComparison>();
    for (const row of await getTargets(database.db)) {
      const into = byMetric.get(row.metric) ?? { compared: 0, changed: 0, transitions: new Map() };
      if (await compareStatuses(database.db, row, today, into)) byMetric.set(row.metric, into);
    }
    return byMetric;
  } finally {
    await database.close();
  }
}

const fact = (measure: string, value: number, unit: string, goal: string | null = null, met: boolean | null = null): Fact => ({ case: NAME, measure, value, unit, goal, met });

function countFacts(byDimension: Map<Dimension, Deviations>): Fact[] {
  const all = new Deviations();
  for (const [dimension, d] of byDimension) {
    all.merge(d);
    console.log(
      `  ${dimension}: ${fmt(d.counts)} counts, mean |deviation| ${(d.absolute / Math.max(1, d.counts)).toFixed(2)}, largest ${d.largest}, changed ${fmt(percent(d.changed, d.counts))}%; ` +
        `true 1–4: ${fmt(d.small.all)}, shown "<5" ${fmt(percent(d.small.lessThanFive, d.small.all))}%, published 0 ${fmt(percent(d.small.zero, d.small.all))}%, 5 or more ${fmt(percent(d.small.fiveOrMore, d.small.all))}%`,
    );
  }
  return [
    fact('published counts (true count ≥ 1)', all.counts, 'counts'),
    fact('mean absolute deviation', all.absolute / Math.max(1, all.counts), 'people'),
    fact('largest deviation', all.largest, 'people', `≤ ${PTABLE_DESIGN.maxAdjustment} (p-table)`, all.largest <= PTABLE_DESIGN.maxAdjustment),
    fact('counts changed by perturbation', percent(all.changed, all.counts), '%'),
    fact('true counts of 1–4', all.small.all, 'counts'),
    fact('  of which shown as "<5"', percent(all.small.lessThanFive, all.small.all), '%'),
    fact('  of which published as 0', percent(all.small.zero, all.small.all), '%'),
    fact('  of which shown as 5 or more', percent(all.small.fiveOrMore, all.small.all), '%'),
  ];
}

function statusFacts(byMetric: Map<string, StatusComparison>): Fact[] {
  const all: StatusComparison = { compared: 0, changed: 0, transitions: new Map() };
  for (const [metric, c] of byMetric) {
    all.compared += c.compared;
    all.changed += c.changed;
    for (const [t, n] of c.transitions) all.transitions.set(t, (all.transitions.get(t) ?? 0) + n);
    const how = [...c.transitions].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`  target statuses, ${metric}: ${fmt(c.compared)} (target, month end) compared, ${fmt(percent(c.changed, c.compared))}% changed${how ? ` (${how})` : ''}`);
  }
  return [
    fact('target statuses (target × month end)', all.compared, 'statuses'),
    fact('target statuses changed by perturbation', percent(all.changed, all.compared), '%'),
    ...[...all.transitions].sort((a, b) => b[1] - a[1]).map(([t, n]) => fact(`  status ${t}`, n, 'statuses')),
  ];
}

export function disclosureUtilityCase(context: BenchContext): FactCase {
  return {
    name: NAME,
    async facts() {
      let started = performance.now();
      const counts = countFacts(await countDeviations(context));
      console.log(`  counts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      started = performance.now();
      const statuses = statusFacts(await statusDifferences(context));
      console.log(`  target statuses in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return [...counts, ...statuses];
    },
  };
}
