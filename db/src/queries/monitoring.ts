// SQL for the monitoring subgraph. Figures are computed by PostgreSQL (GROUP BY), not in JavaScript,
// on the trajectories subgraph's published view — never on its tables.
import { and, type AnyColumn, between, count, eq, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { publishedCovenantCodes, publishedMemberships } from '../schema/parties.ts';
import { monitorTrajectories as v, monitorVisits } from '../schema/trajectories.ts';
import { rowsOf } from './batches.ts';
import { keySum, type Tally } from './key-sum.ts';

export type PeriodGranularity = 'quarter' | 'half_year' | 'year';

/** SQL expression for the first day of the period containing a date column. */
function periodStart(column: SQL | typeof v.housedOn, granularity: PeriodGranularity): SQL<string> {
  switch (granularity) {
    case 'quarter':
      return sql<string>`date_trunc('quarter', ${column})::date`;
    case 'half_year':
      return sql<string>`(date_trunc('year', ${column}) + case when extract(month from ${column}) > 6 then interval '6 months' else interval '0 months' end)::date`;
    case 'year':
      return sql<string>`date_trunc('year', ${column})::date`;
  }
}

/** Target groups in the order of the enum, for stable columns. */
export const TARGET_GROUP_ORDER = v.targetGroup.enumValues;

export interface OutflowRow {
  periodStart: string;
  targetGroup: (typeof v.targetGroup.enumValues)[number];
  count: number;
  /** Sum of the record keys of the people counted (modulo 2^31): their cell key. */
  keySum: number;
}

/** Uitstroom: people housed (sleuteloverdracht) in [from, to], per period and target group. */
export function getOutflowByTargetGroup(
  db: Db,
  params: MonitorScope & { granularity: PeriodGranularity },
): Promise<OutflowRow[]> {
  const start = periodStart(v.housedOn, params.granularity);
  return db
    .select({ periodStart: start, targetGroup: v.targetGroup, count: count(), keySum: keySum(v.recordKey) })
    .from(v)
    .where(and(inScope(params), between(v.housedOn, params.from, params.to)))
    .groupBy(start, v.targetGroup)
    .orderBy(start, v.targetGroup);
}

/** Which trajectories a figure counts: a covenant, optionally narrowed to a sub-region, a target group and a party. */
export interface MonitorScope {
  covenantId: string;
  subRegionId?: string | null;
  targetGroup?: OutflowRow['targetGroup'] | null;
  /** A party involved in the trajectory: its provider, landlord, or municipality of origin or placement. */
  partyId?: string | null;
  from: string;
  to: string;
}

type Narrowing = Pick<MonitorScope, 'covenantId' | 'subRegionId' | 'targetGroup' | 'partyId'>;

function inScope(scope: Narrowing) {
  const party = scope.partyId;
  return and(
    eq(v.covenantId, scope.covenantId),
    scope.subRegionId ? eq(v.subRegionId, scope.subRegionId) : undefined,
    scope.targetGroup ? eq(v.targetGroup, scope.targetGroup) : undefined,
    party
      ? or(eq(v.providerId, party), eq(v.landlordId, party), eq(v.originMunicipalityId, party), eq(v.placementMunicipalityId, party))
      : undefined,
  );
}

export type OutflowDimension = 'facility' | 'ageCategory' | 'targetGroup';

/** Uitstroom in [from, to] per value of one attribute (facility, age category, target group). */
export function getOutflowBreakdown(db: Db, scope: MonitorScope, dimension: OutflowDimension): Promise<{ key: string; count: number; keySum: number }[]> {
  const column = v[dimension];
  return db
    .select({ key: sql<string>`${column}::text`, count: count(), keySum: keySum(v.recordKey) })
    .from(v)
    .where(and(inScope(scope), between(v.housedOn, scope.from, scope.to)))
    .groupBy(column)
    .orderBy(column);
}

/** Woonplaatsbeginsel: per municipality of origin, people housed in [from, to] and those housed in that same municipality. */
export function getHousedByOrigin(db: Db, scope: MonitorScope): Promise<{ originId: string; housed: number; housedKeySum: number; returned: number; returnedKeySum: number }[]> {
  const returned = sql`${v.placementMunicipalityId} = ${v.originMunicipalityId}`;
  return db
    .select({
      originId: v.originMunicipalityId,
      housed: count(),
      housedKeySum: keySum(v.recordKey),
      returned: sql<number>`count(*) filter (where ${returned})::int`,
      returnedKeySum: keySum(v.recordKey, returned),
    })
    .from(v)
    .where(and(inScope(scope), between(v.housedOn, scope.from, scope.to)))
    .groupBy(v.originMunicipalityId)
    .orderBy(v.originMunicipalityId);
}

/**
 * Waiting days from aanmelding, per (days, housed), for people registered in [from, to]: days to the
 * key handover, or — still waiting — to asOf (a censored observation). Grouped, so the estimator
 * gets one row per distinct wait, not one per person.
 */
export function getWaitingDistribution(db: Db, scope: MonitorScope & { asOf: string }): Promise<{ days: number; housed: boolean; n: number; keySum: number }[]> {
  const housed = sql<boolean>`(${v.housedOn} is not null and ${v.housedOn} <= ${scope.asOf}::date)`;
  const days = sql<number>`(case when ${housed} then ${v.housedOn} else ${scope.asOf}::date end - ${v.registeredOn})`;
  return db
    .select({ days, housed, n: count(), keySum: keySum(v.recordKey) })
    .from(v)
    .where(and(inScope(scope), between(v.registeredOn, scope.from, scope.to), lte(v.registeredOn, scope.asOf)))
    // By position: the expressions carry parameters, which PostgreSQL would not match as equal.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1`);
}

/** Open trajectories at asOf (registered, no home yet, not closed), per days waited so far. */
export function getOpenWaits(db: Db, scope: Narrowing & { asOf: string }): Promise<{ days: number; n: number; keySum: number }[]> {
  const days = sql<number>`(${scope.asOf}::date - ${v.registeredOn})`;
  return db
    .select({ days, n: count(), keySum: keySum(v.recordKey) })
    .from(v)
    .where(
      and(
        inScope(scope),
        lte(v.registeredOn, scope.asOf),
        sql`(${v.housedOn} is null or ${v.housedOn} > ${scope.asOf}::date)`,
        sql`(${v.closedOn} is null or ${v.closedOn} > ${scope.asOf}::date)`,
      ),
    )
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

/** After the home, for people housed in [from, to]: relapse within 6 and 12 months by kind, omklap, negative endings. */
export async function getAfterHome(db: Db, scope: MonitorScope): Promise<Record<AfterHomeFigure, Tally>> {
  const within = (days: number, kind: 'tijdelijk' | 'structureel') => sql`${v.firstRelapseKind} = ${kind} and ${v.firstRelapseOn} - ${v.housedOn} <= ${days}`;
  const conditions: Record<AfterHomeFigure, SQL | undefined> = {
    housed: undefined,
    temporaryWithin6Months: within(183, 'tijdelijk'),
    structuralWithin6Months: within(183, 'structureel'),
    temporaryWithin12Months: within(365, 'tijdelijk'),
    structuralWithin12Months: within(365, 'structureel'),
    omklap: sql`${v.omklapOn} is not null`,
    negativeEndings: sql`${v.negativeEndOn} is not null`,
  };
  const [row] = await db
    .select(tallies(conditions))
    .from(v)
    .where(and(inScope(scope), between(v.housedOn, scope.from, scope.to)));
  return asTallies(conditions, row);
}

export type AfterHomeFigure =
  | 'housed'
  | 'temporaryWithin6Months'
  | 'structuralWithin6Months'
  | 'temporaryWithin12Months'
  | 'structuralWithin12Months'
  | 'omklap'
  | 'negativeEndings';

/** A count and a key sum per named condition (undefined: every row), in one select list. */
function tallies<K extends string>(conditions: Record<K, SQL | undefined>): Record<string, SQL<number>> {
  const select: Record<string, SQL<number>> = {};
  for (const [name, where] of Object.entries(conditions) as [K, SQL | undefined][]) {
    select[`${name}_n`] = where === undefined ? sql<number>`count(*)::int` : sql<number>`count(*) filter (where ${where})::int`;
    select[`${name}_k`] = keySum(v.recordKey, where);
  }
  return select;
}

function asTallies<K extends string>(conditions: Record<K, SQL | undefined>, row: Record<string, unknown> | undefined): Record<K, Tally> {
  const out = {} as Record<K, Tally>;
  for (const name of Object.keys(conditions) as K[]) out[name] = { n: Number(row?.[`${name}_n`] ?? 0), keySum: Number(row?.[`${name}_k`] ?? 0) };
  return out;
}

/** Signals in [from, to] a werkgroep acts on: relapses and negative endings that happened in the range. */
export async function getSignalCounts(db: Db, scope: MonitorScope): Promise<Record<'relapses' | 'negativeEndings', Tally>> {
  const conditions = {
    relapses: sql`${v.firstRelapseOn} between ${scope.from}::date and ${scope.to}::date`,
    negativeEndings: sql`${v.negativeEndOn} between ${scope.from}::date and ${scope.to}::date`,
  };
  const [row] = await db
    .select(tallies(conditions))
    .from(v)
    // Implied by the two counts; said here so that the partial indexes on the first relapse and the
    // negative end can find the few rows instead of a scan of the whole covenant.
    .where(and(inScope(scope), or(between(v.firstRelapseOn, scope.from, scope.to), between(v.negativeEndOn, scope.from, scope.to))));
  return asTallies(conditions, row);
}

/**
 * Gegevens t/m: the last day on which anything was recorded for the covenant (aanmelding, key
 * handover, omklap, relapse, negative end, closing, or a household visit), not after today; null
 * when nothing is. Every figure's reference date defaults to it, so a period is never measured
 * against days for which no data has come in yet.
 */
export async function getDataDate(db: Db, covenantId: string, today: string): Promise<string | null> {
  const latest = (column: AnyColumn) => sql`(select max(${column}) from ${v} where ${v.covenantId} = ${covenantId} and ${column} <= ${today}::date)`;
  const [row] = rowsOf<{ data_date: string | null }>(
    await db.execute(sql`select greatest(
      ${latest(v.registeredOn)}, ${latest(v.housedOn)}, ${latest(v.omklapOn)}, ${latest(v.firstRelapseOn)}, ${latest(v.negativeEndOn)}, ${latest(v.closedOn)},
      (select max(${monitorVisits.visitedOn}) from ${monitorVisits} where ${monitorVisits.covenantId} = ${covenantId} and ${monitorVisits.visitedOn} <= ${today}::date)
    )::text as data_date`),
  );
  return row?.data_date ?? null;
}

/**
 * What a scope may name, from the parties subgraph's published views: the covenant's sub-regions,
 * and whether the party is a member. Empty subRegions and covenantKnown false: no such covenant.
 */
export async function getScopeVocabulary(db: Db, covenantId: string, partyId: string | null | undefined) {
  const codes = await db
    .select({ subRegionId: publishedCovenantCodes.subRegionId })
    .from(publishedCovenantCodes)
    .where(eq(publishedCovenantCodes.covenantId, covenantId));
  const member = partyId
    ? await db
        .select({ partyId: publishedMemberships.partyId })
        .from(publishedMemberships)
        .where(and(eq(publishedMemberships.covenantId, covenantId), eq(publishedMemberships.partyId, partyId)))
        .limit(1)
    : [];
  return {
    covenantKnown: codes.length > 0,
    subRegionIds: codes.map((c) => c.subRegionId).filter((id): id is string => id !== null).sort(),
    partyIsMember: member.length > 0,
  };
}
