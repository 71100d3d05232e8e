// SQL for the funding subgraph.
import { and, asc, between, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { costAgreements, costShares, fundContributionRules, funds, rateIndexations } from '../schema/funding.ts';
import { publishedMemberships } from '../schema/parties.ts';
import { monitorVisits } from '../schema/trajectories.ts';

export type CostAgreementRow = typeof costAgreements.$inferSelect;
export type FundRow = typeof funds.$inferSelect;

export function getCostAgreementsByIds(db: Db, ids: readonly string[]): Promise<CostAgreementRow[]> {
  return db.select().from(costAgreements).where(inArray(costAgreements.id, [...ids]));
}

export function getCostAgreementsByCovenantIds(db: Db, ids: readonly string[]): Promise<CostAgreementRow[]> {
  return db.select().from(costAgreements).where(inArray(costAgreements.covenantId, [...ids])).orderBy(asc(costAgreements.id));
}

export function getCostSharesByAgreementIds(db: Db, ids: readonly string[]) {
  return db.select().from(costShares).where(inArray(costShares.agreementId, [...ids])).orderBy(asc(costShares.partyId));
}

export function getFundsByIds(db: Db, ids: readonly string[]): Promise<FundRow[]> {
  return db.select().from(funds).where(inArray(funds.id, [...ids]));
}

export function getFundsByCovenantIds(db: Db, ids: readonly string[]): Promise<FundRow[]> {
  return db.select().from(funds).where(inArray(funds.covenantId, [...ids])).orderBy(asc(funds.id));
}

export function getContributionRulesByFundIds(db: Db, ids: readonly string[]) {
  return db.select().from(fundContributionRules).where(inArray(fundContributionRules.fundId, [...ids])).orderBy(asc(fundContributionRules.partyKind));
}

export function getRateIndexations(db: Db, agreementIds: readonly string[]) {
  return db.select().from(rateIndexations).where(inArray(rateIndexations.agreementId, [...agreementIds])).orderBy(asc(rateIndexations.year));
}

/** Visits in [from, to] per landlord of the household (null: neither), from the trajectories subgraph's published view. */
export async function getVisitsByTenantOf(db: Db, covenantId: string, from: string, to: string): Promise<Map<string | null, number>> {
  const rows = await db
    .select({ tenantOf: monitorVisits.tenantOfPartyId, n: count() })
    .from(monitorVisits)
    .where(and(eq(monitorVisits.covenantId, covenantId), between(monitorVisits.visitedOn, from, to)))
    .groupBy(monitorVisits.tenantOfPartyId);
  return new Map(rows.map((r) => [r.tenantOf, r.n]));
}

/** The kind of each party (gemeente, woningcorporatie, …), from the parties subgraph's published view. */
export async function getPartyKinds(db: Db, partyIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ partyId: publishedMemberships.partyId, kind: sql<string>`${publishedMemberships.partyKind}::text` })
    .from(publishedMemberships)
    .where(inArray(publishedMemberships.partyId, [...partyIds]));
  return new Map(rows.map((r) => [r.partyId, r.kind]));
}

/** Records (or corrects) the indexed hourly rate of an agreement from a year on. */
export async function setRateIndexation(db: Db, row: { agreementId: string; year: number; hourlyRateCents: number; source: string }) {
  const [saved] = await db
    .insert(rateIndexations)
    .values(row)
    .onConflictDoUpdate({ target: [rateIndexations.agreementId, rateIndexations.year], set: { hourlyRateCents: row.hourlyRateCents, source: row.source } })
    .returning();
  return saved as typeof rateIndexations.$inferSelect;
}

/** The kind of every party to a covenant, from the parties subgraph's published view. */
export async function getCovenantPartyKinds(db: Db, covenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ partyId: publishedMemberships.partyId, kind: sql<string>`${publishedMemberships.partyKind}::text` })
    .from(publishedMemberships)
    .where(eq(publishedMemberships.covenantId, covenantId));
  return new Map(rows.map((r) => [r.partyId, r.kind]));
}
