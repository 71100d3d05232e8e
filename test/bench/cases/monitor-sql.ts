// The monitor's figures as hand-written SQL on the trajectories base tables (not the published
// view trajectories.monitor_trajectories): the reference for what the database alone needs. The
// same nine statements as the monitoring subgraph sends for Covenant.outflow and Covenant.monitor,
// with the view's meaning: the first relapse is the earliest 'terugval', omklap and negative endings
// count whenever they happened, still-waiting is censored at asOf. Every count comes with the sum of
// its people's record keys (modulo 2^31), as the subgraph asks for it: what a protected viewer's
// numbers are made from (@uitstroom/disclosure). The reference date follows the covenant's data date
// (the last day anything was recorded), found by its own statement, `monitorReferenceDate`.
import type { Sql } from 'postgres';

export interface MonitorScope {
  covenantId: string;
  from: string;
  to: string;
  /** The reference date (see monitorReferenceDate). */
  asOf: string;
}

const STEPS = 'trajectories.trajectory_steps';
const EVENTS = 'trajectories.trajectory_events';
const TRAJECTORIES = 'trajectories.trajectories';
const VISITS = 'trajectories.household_visits';

/** The key sum of the rows counted, optionally of those matching a condition, as the subgraph computes it. */
const key = (where?: string) => `(coalesce(sum(t.record_key)${where ? ` filter (where ${where})` : ''}, 0) % 2147483648)::int`;

/** Key handovers ($1 covenant) in [$2, $3]: h is the step, t the trajectory. */
const HOUSED_IN_RANGE = `
  from ${STEPS} h join ${TRAJECTORIES} t on t.id = h.trajectory_id
  where h.step = 'sleuteloverdracht' and t.covenant_id = $1 and h.occurred_on between $2 and $3`;

/** Waits of those registered ($1 covenant) in [$2, $3], to the home or — censored — to $4 (asOf). */
const WAITS = `
  select case when h.occurred_on <= $4 then h.occurred_on - a.occurred_on else $4::date - a.occurred_on end as days,
         coalesce(h.occurred_on <= $4, false) as housed, count(*)::int as n, ${key()} as key_sum
  from ${STEPS} a join ${TRAJECTORIES} t on t.id = a.trajectory_id
  left join ${STEPS} h on h.trajectory_id = a.trajectory_id and h.step = 'sleuteloverdracht'
  where a.step = 'aanmelding' and t.covenant_id = $1 and a.occurred_on between $2 and $3 and a.occurred_on <= $4
  group by 1, 2 order by 1`;

/** Per trajectory of covenant $1, the first event of one kind, with the trajectory's record key. */
const firstEvents = (kind: string) => `
  select min(e.occurred_on) as first_on, min(t.record_key) as record_key from ${EVENTS} e join ${TRAJECTORIES} t on t.id = e.trajectory_id
  where t.covenant_id = $1 and e.kind = '${kind}' group by e.trajectory_id`;

/** A first event in [$2, $3]: its count and key sum. */
const firstEventsInRange = (kind: string) => `
  select count(*)::int as n, (coalesce(sum(f.record_key), 0) % 2147483648)::int as key_sum from (${firstEvents(kind)}) f where f.first_on between $2 and $3`;

/** The last day ($2 today at the latest) on which a trajectory of covenant $1 reached a step, from the newest down the index on (step, occurred_on). */
const lastStep = (step: string) => `
  (select s.occurred_on from ${STEPS} s join ${TRAJECTORIES} t on t.id = s.trajectory_id
   where s.step = '${step}' and t.covenant_id = $1 and s.occurred_on <= $2 order by s.occurred_on desc limit 1)`;

/**
 * Gegevens t/m ($1 covenant, $2 today): the last day of a milestone (a step is reached at most once
 * per trajectory), a first relapse or negative end, or a household visit — as Covenant.dataDate.
 */
const DATA_DATE = `
  select greatest(
    ${['aanmelding', 'sleuteloverdracht', 'afgesloten', 'omklap'].map(lastStep).join(',')},
    (select max(f.first_on) from (${firstEvents('terugval')}) f where f.first_on <= $2),
    (select max(f.first_on) from (${firstEvents('negatief_einde')}) f where f.first_on <= $2),
    (select max(v.visited_on) from ${VISITS} v where v.covenant_id = $1 and v.visited_on <= $2)
  )::text as data_date`;

const STATEMENTS = {
  outflow: `
    select extract(year from h.occurred_on)::int || '-K' || extract(quarter from h.occurred_on)::int as period_code,
           t.target_group::text as target_group, count(*)::int as n, ${key()} as key_sum
    ${HOUSED_IN_RANGE} group by 1, 2 order by 1, 2`,
  facility: `select t.facility as key, count(*)::int as n, ${key()} as key_sum ${HOUSED_IN_RANGE} group by 1 order by 1`,
  ageCategory: `select t.age_category::text as key, count(*)::int as n, ${key()} as key_sum ${HOUSED_IN_RANGE} group by 1 order by 1`,
  byOrigin: `
    select t.origin_municipality_id as origin_id, count(*)::int as housed, ${key()} as housed_key_sum,
           count(*) filter (where t.placement_municipality_id = t.origin_municipality_id)::int as returned,
           ${key('t.placement_municipality_id = t.origin_municipality_id')} as returned_key_sum
    ${HOUSED_IN_RANGE} group by 1 order by 1`,
  cohort: WAITS,
  history: WAITS,
  open: `
    select $2::date - a.occurred_on as days, count(*)::int as n, ${key()} as key_sum
    from ${STEPS} a join ${TRAJECTORIES} t on t.id = a.trajectory_id
    where a.step = 'aanmelding' and t.covenant_id = $1 and a.occurred_on <= $2
      and not exists (select from ${STEPS} s where s.trajectory_id = a.trajectory_id and s.step in ('sleuteloverdracht', 'afgesloten') and s.occurred_on <= $2)
    group by 1 order by 1`,
  afterHome: `
    select count(*)::int as housed, ${key()} as housed_key_sum,
           count(*) filter (where r.relapse_kind = 'tijdelijk' and r.occurred_on - h.occurred_on <= 183)::int as temporary_within_6_months,
           ${key("r.relapse_kind = 'tijdelijk' and r.occurred_on - h.occurred_on <= 183")} as temporary_within_6_months_key_sum,
           count(*) filter (where r.relapse_kind = 'structureel' and r.occurred_on - h.occurred_on <= 183)::int as structural_within_6_months,
           ${key("r.relapse_kind = 'structureel' and r.occurred_on - h.occurred_on <= 183")} as structural_within_6_months_key_sum,
           count(*) filter (where r.relapse_kind = 'tijdelijk' and r.occurred_on - h.occurred_on <= 365)::int as temporary_within_12_months,
           ${key("r.relapse_kind = 'tijdelijk' and r.occurred_on - h.occurred_on <= 365")} as temporary_within_12_months_key_sum,
           count(*) filter (where r.relapse_kind = 'structureel' and r.occurred_on - h.occurred_on <= 365)::int as structural_within_12_months,
           ${key("r.relapse_kind = 'structureel' and r.occurred_on - h.occurred_on <= 365")} as structural_within_12_months_key_sum,
           count(o.trajectory_id)::int as omklap, ${key('o.trajectory_id is not null')} as omklap_key_sum,
           count(n.found)::int as negative_endings, ${key('n.found is not null')} as negative_endings_key_sum
    from ${STEPS} h join ${TRAJECTORIES} t on t.id = h.trajectory_id
    left join ${STEPS} o on o.trajectory_id = h.trajectory_id and o.step = 'omklap'
    left join lateral (select e.occurred_on, e.relapse_kind from ${EVENTS} e
      where e.trajectory_id = h.trajectory_id and e.kind = 'terugval' order by e.occurred_on limit 1) r on true
    left join lateral (select 1 as found from ${EVENTS} e where e.trajectory_id = h.trajectory_id and e.kind = 'negatief_einde' limit 1) n on true
    where h.step = 'sleuteloverdracht' and t.covenant_id = $1 and h.occurred_on between $2 and $3`,
  signals: `
    select r.n as relapses, r.key_sum as relapses_key_sum, n.n as negative_endings, n.key_sum as negative_endings_key_sum
    from (${firstEventsInRange('terugval')}) r, (${firstEventsInRange('negatief_einde')}) n`,
} as const;

export type MonitorStatement = keyof typeof STATEMENTS;
export type MonitorSqlResult = Record<MonitorStatement, Record<string, unknown>[]>;

function parameters(scope: MonitorScope): Record<MonitorStatement, string[]> {
  const { covenantId, from, to, asOf } = scope;
  const housedInRange = [covenantId, from, to];
  return {
    outflow: housedInRange,
    facility: housedInRange,
    ageCategory: housedInRange,
    byOrigin: housedInRange,
    cohort: [covenantId, from, to, asOf],
    // Everyone registered up to asOf: the curve the prognosis is read from.
    history: [covenantId, '0001-01-01', asOf, asOf],
    open: [covenantId, asOf],
    afterHome: housedInRange,
    signals: housedInRange,
  };
}

/**
 * The covenant's data date (nothing after `today` counts), and the reference date of a range ending
 * on `to`: its end, or the data date or today when that is earlier (domain/period-grid.ts).
 */
export async function monitorReferenceDate(sql: Sql, scope: { covenantId: string; to: string; today: string }): Promise<{ dataDate: string | null; asOf: string }> {
  const [row] = await sql.unsafe<{ data_date: string | null }[]>(DATA_DATE, [scope.covenantId, scope.today]);
  const dataDate = row?.data_date ?? null;
  const asOf = [scope.to, dataDate, scope.today].filter((d): d is string => d !== null).sort()[0] as string;
  return { dataDate, asOf };
}

/**
 * Runs the nine statements at once, as the subgraph does (Promise.all on one pool). Unnamed
 * statements (no prepare), as drizzle sends them, so both sides pay the same planning cost.
 */
export async function runMonitorSql(sql: Sql, scope: MonitorScope): Promise<MonitorSqlResult> {
  const params = parameters(scope);
  const names = Object.keys(STATEMENTS) as MonitorStatement[];
  const rows = await Promise.all(names.map((name) => sql.unsafe<Record<string, unknown>[]>(STATEMENTS[name], params[name])));
  return Object.fromEntries(names.map((name, i) => [name, [...(rows[i] ?? [])]])) as MonitorSqlResult;
}
