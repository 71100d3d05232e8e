// SQL for the monitoring subgraph. Figures are computed by PostgreSQL (GROUP BY), not in JavaScript,
// on the trajectories subgraph's published view — never on its tables.
import { and, between, count, eq, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { publishedCovenantCodes, publishedMemberships } from '../schema/parties.ts';
import { monitorTrajectories as v } from '../schema/trajectories.ts';

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
}

/** Uitstroom: people housed (sleuteloverdracht) in [from, to], per period and target group. */
export function getOutflowByTargetGroup(
  db: Db,
  params: MonitorScope & { granularity: PeriodGranularity },
): Promise<OutflowRow[]> {
  const start = periodStart(v.housedOn, params.granularity);
  return db
    .select({ periodStart: start, targetGroup: v.targetGroup, count: count() })
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
export function getOutflowBreakdown(db: Db, scope: MonitorScope, dimension: OutflowDimension): Promise<{ key: string; count: number }[]> {
  const column = v[dimension];
  return db
    .select({ key: sql<string>`${column}::text`, count: count() })
    .from(v)
    .where(and(inScope(scope), between(v.housedOn, scope.from, scope.to)))
    .groupBy(column)
    .orderBy(column);
}

/** Woonplaatsbeginsel: per municipality of origin, people housed in [from, to] and those housed in that same municipality. */
export function getHousedByOrigin(db: Db, scope: MonitorScope): Promise<{ originId: string; housed: number; returned: number }[]> {
  return db
    .select({
      originId: v.originMunicipalityId,
      housed: count(),
      returned: sql<number>`count(*) filter (where ${v.placementMunicipalityId} = ${v.originMunicipalityId})::int`,
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
export function getWaitingDistribution(db: Db, scope: MonitorScope & { asOf: string }): Promise<{ days: number; housed: boolean; n: number }[]> {
  const housed = sql<boolean>`(${v.housedOn} is not null and ${v.housedOn} <= ${scope.asOf}::date)`;
  const days = sql<number>`(case when ${housed} then ${v.housedOn} else ${scope.asOf}::date end - ${v.registeredOn})`;
  return db
    .select({ days, housed, n: count() })
    .from(v)
    .where(and(inScope(scope), between(v.registeredOn, scope.from, scope.to), lte(v.registeredOn, scope.asOf)))
    // By position: the expressions carry parameters, which PostgreSQL would not match as equal.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1`);
}

/** Open trajectories at asOf (registered, no home yet, not closed), per days waited so far. */
export function getOpenWaits(db: Db, scope: Narrowing & { asOf: string }): Promise<{ days: number; n: number }[]> {
  const days = sql<number>`(${scope.asOf}::date - ${v.registeredOn})`;
  return db
    .select({ days, n: count() })
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
export async function getAfterHome(db: Db, scope: MonitorScope) {
  const within = (days: number, kind: 'tijdelijk' | 'structureel') =>
    sql<number>`count(*) filter (where ${v.firstRelapseKind} = ${kind} and ${v.firstRelapseOn} - ${v.housedOn} <= ${days})::int`;
  const [row] = await db
    .select({
      housed: count(),
      temporaryWithin6Months: within(183, 'tijdelijk'),
      structuralWithin6Months: within(183, 'structureel'),
      temporaryWithin12Months: within(365, 'tijdelijk'),
      structuralWithin12Months: within(365, 'structureel'),
      omklap: sql<number>`count(*) filter (where ${v.omklapOn} is not null)::int`,
      negativeEndings: sql<number>`count(*) filter (where ${v.negativeEndOn} is not null)::int`,
    })
    .from(v)
    .where(and(inScope(scope), between(v.housedOn, scope.from, scope.to)));
  return row ?? { housed: 0, temporaryWithin6Months: 0, structuralWithin6Months: 0, temporaryWithin12Months: 0, structuralWithin12Months: 0, omklap: 0, negativeEndings: 0 };
}

/** Signals in [from, to] a werkgroep acts on: relapses and negative endings that happened in the range. */
export async function getSignalCounts(db: Db, scope: MonitorScope) {
  const [row] = await db
    .select({
      relapses: sql<number>`count(*) filter (where ${v.firstRelapseOn} between ${scope.from}::date and ${scope.to}::date)::int`,
      negativeEndings: sql<number>`count(*) filter (where ${v.negativeEndOn} between ${scope.from}::date and ${scope.to}::date)::int`,
    })
    .from(v)
    // Implied by the two counts; said here so that the partial indexes on the first relapse and the
    // negative end can find the few rows instead of a scan of the whole covenant.
    .where(and(inScope(scope), or(between(v.firstRelapseOn, scope.from, scope.to), between(v.negativeEndOn, scope.from, scope.to))));
  return row ?? { relapses: 0, negativeEndings: 0 };
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
