// SQL for the parties subgraph. Every *ByIds function is one statement for any number of ids.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { bodies, covenants, evaluationRules, memberships, norms, parties, subRegions } from '../schema/parties.ts';

export type PartyRow = typeof parties.$inferSelect;
export type CovenantRow = typeof covenants.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type SubRegionRow = typeof subRegions.$inferSelect;

export function getCovenants(db: Db): Promise<CovenantRow[]> {
  return db.select().from(covenants).orderBy(asc(covenants.name));
}

export function getCovenantsByIds(db: Db, ids: readonly string[]): Promise<CovenantRow[]> {
  return db.select().from(covenants).where(inArray(covenants.id, [...ids]));
}

export function getParties(db: Db, params: { kind?: PartyRow['kind'] }): Promise<PartyRow[]> {
  const query = db.select().from(parties);
  return (params.kind ? query.where(eq(parties.kind, params.kind)) : query).orderBy(asc(parties.name));
}

export function getPartiesByIds(db: Db, ids: readonly string[]): Promise<PartyRow[]> {
  return db.select().from(parties).where(inArray(parties.id, [...ids]));
}

export function getMembershipsByCovenantIds(db: Db, ids: readonly string[]): Promise<MembershipRow[]> {
  return db.select().from(memberships).where(inArray(memberships.covenantId, [...ids])).orderBy(asc(memberships.partyId), asc(memberships.role));
}

export function getMembershipsByPartyIds(db: Db, ids: readonly string[]): Promise<MembershipRow[]> {
  return db.select().from(memberships).where(inArray(memberships.partyId, [...ids])).orderBy(asc(memberships.covenantId), asc(memberships.role));
}

export function getSubRegionsByCovenantIds(db: Db, ids: readonly string[]): Promise<SubRegionRow[]> {
  return db.select().from(subRegions).where(inArray(subRegions.covenantId, [...ids])).orderBy(asc(subRegions.id));
}

export function getSubRegionsByIds(db: Db, ids: readonly string[]): Promise<SubRegionRow[]> {
  return db.select().from(subRegions).where(inArray(subRegions.id, [...ids]));
}

export function getBodiesByCovenantIds(db: Db, ids: readonly string[]) {
  return db.select().from(bodies).where(inArray(bodies.covenantId, [...ids])).orderBy(asc(bodies.name));
}

export function getEvaluationRulesByCovenantIds(db: Db, ids: readonly string[]) {
  return db.select().from(evaluationRules).where(inArray(evaluationRules.covenantId, [...ids])).orderBy(asc(evaluationRules.id));
}

export function getNormsByCovenantIds(db: Db, ids: readonly string[]) {
  return db.select().from(norms).where(inArray(norms.covenantId, [...ids])).orderBy(asc(norms.code));
}
