// SQL for the funding subgraph.
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { costAgreements, costShares, fundContributionRules, funds } from '../schema/funding.ts';

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
