// SQL for the trajectories subgraph.
import { and, asc, between, count, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { keySum } from './key-sum.ts';
import { publishedCovenantCodes, publishedMemberships } from '../schema/parties.ts';
import { householdVisits, monitorTrajectories, stepLabels, trajectories, trajectoryEvents, trajectorySteps } from '../schema/trajectories.ts';

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type TrajectoryStepRow = typeof trajectorySteps.$inferSelect;
export type TrajectoryEventRow = typeof trajectoryEvents.$inferSelect;
export type HouseholdVisitRow = typeof householdVisits.$inferSelect;
export type StepLabelRow = typeof stepLabels.$inferSelect;

export function getTrajectoriesByIds(db: Db, ids: readonly string[]): Promise<TrajectoryRow[]> {
  return db.select().from(trajectories).where(inArray(trajectories.id, [...ids]));
}

export interface TrajectoryPage {
  covenantId: string;
  limit: number;
  offset: number;
}

/**
 * Pages (by case code) of several covenants — each its own limit and offset, several of one
 * covenant too — in one statement. Each row comes with its position in its covenant (1-based).
 */
export async function getTrajectoryPages(
  db: Db,
  pages: readonly TrajectoryPage[],
  /** Only trajectories in which this party is provider, gemeente of origin or placement, or landlord. */
  involvedParty: string | null = null,
): Promise<{ trajectory: TrajectoryRow; position: number }[]> {
  if (pages.length === 0) return [];
  const involved =
    involvedParty === null
      ? undefined
      : or(
          eq(trajectories.providerId, involvedParty),
          eq(trajectories.originMunicipalityId, involvedParty),
          eq(trajectories.placementMunicipalityId, involvedParty),
          eq(trajectories.landlordId, involvedParty),
        );
  const ranked = db
    .select({ id: trajectories.id, position: sql<number>`row_number() over (partition by ${trajectories.covenantId} order by ${trajectories.caseCode})`.as('position') })
    .from(trajectories)
    .where(and(inArray(trajectories.covenantId, [...new Set(pages.map((p) => p.covenantId))]), involved))
    .as('ranked');
  const wanted = or(...pages.map((p) => and(eq(trajectories.covenantId, p.covenantId), gt(ranked.position, p.offset), lte(ranked.position, p.offset + p.limit))));
  const rows = await db
    .select({ trajectory: trajectories, position: ranked.position })
    .from(trajectories)
    .innerJoin(ranked, eq(ranked.id, trajectories.id))
    .where(wanted)
    .orderBy(asc(trajectories.covenantId), asc(trajectories.caseCode));
  return rows.map((row) => ({ trajectory: row.trajectory, position: Number(row.position) }));
}

/** One page (by case code) of each of several covenants, in one statement. */
export async function getTrajectoryPagesByCovenantIds(
  db: Db,
  ids: readonly string[],
  page: { limit: number; offset: number },
  involvedParty: string | null = null,
): Promise<TrajectoryRow[]> {
  return (await getTrajectoryPages(db, ids.map((covenantId) => ({ covenantId, ...page })), involvedParty)).map((row) => row.trajectory);
}

/** An aggregate: counted on the published view, which needs no claims (it holds no case codes). */
export async function countTrajectoriesByCovenantIds(db: Db, ids: readonly string[]): Promise<{ covenantId: string; count: number; keySum: number }[]> {
  return db
    .select({ covenantId: monitorTrajectories.covenantId, count: count(), keySum: keySum(monitorTrajectories.recordKey) })
    .from(monitorTrajectories)
    .where(inArray(monitorTrajectories.covenantId, [...ids]))
    .groupBy(monitorTrajectories.covenantId);
}

export function getStepsByTrajectoryIds(db: Db, ids: readonly string[]): Promise<TrajectoryStepRow[]> {
  // Enum order is the canonical step order.
  return db.select().from(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, [...ids])).orderBy(asc(trajectorySteps.step));
}

export function getEventsByTrajectoryIds(db: Db, ids: readonly string[]): Promise<TrajectoryEventRow[]> {
  return db.select().from(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, [...ids])).orderBy(asc(trajectoryEvents.occurredOn));
}

export function getStepLabelsByCovenantIds(db: Db, ids: readonly string[]): Promise<StepLabelRow[]> {
  return db.select().from(stepLabels).where(inArray(stepLabels.covenantId, [...ids]));
}

export function getHouseholdVisitsByIds(db: Db, ids: readonly string[]): Promise<HouseholdVisitRow[]> {
  return db.select().from(householdVisits).where(inArray(householdVisits.id, [...ids]));
}

export function getHouseholdVisits(db: Db, params: { covenantId: string; from: string; to: string }): Promise<HouseholdVisitRow[]> {
  return db
    .select()
    .from(householdVisits)
    .where(and(eq(householdVisits.covenantId, params.covenantId), between(householdVisits.visitedOn, params.from, params.to)))
    .orderBy(asc(householdVisits.visitedOn), asc(householdVisits.visitCode));
}

/** Whether a party takes part in a covenant as a party of this kind (from the parties subgraph's view). */
export async function isPartyOfKind(db: Db, covenantId: string, partyId: string, kind: 'gemeente' | 'woningcorporatie' | 'zorgaanbieder'): Promise<boolean> {
  const [row] = await db
    .select({ partyId: publishedMemberships.partyId })
    .from(publishedMemberships)
    .where(and(eq(publishedMemberships.covenantId, covenantId), eq(publishedMemberships.partyId, partyId), sql`${publishedMemberships.partyKind}::text = ${kind}`))
    .limit(1);
  return row !== undefined;
}

/** Who is involved in the stored trajectories with these case codes (for an import's ownership check; run with scope 'all'). */
export async function getStoredParties(db: Db, keys: readonly { covenantId: string; caseCode: string }[]) {
  if (keys.length === 0) return [];
  return db
    .select({
      covenantId: trajectories.covenantId,
      caseCode: trajectories.caseCode,
      providerId: trajectories.providerId,
      originMunicipalityId: trajectories.originMunicipalityId,
      placementMunicipalityId: trajectories.placementMunicipalityId,
      landlordId: trajectories.landlordId,
      createdByPartyId: trajectories.createdByPartyId,
    })
    .from(trajectories)
    .where(and(inArray(trajectories.covenantId, [...new Set(keys.map((k) => k.covenantId))]), inArray(trajectories.caseCode, keys.map((k) => k.caseCode))));
}

/** The stored household visits with these visit codes: their landlord (for an import's ownership check; scope 'all'). */
export async function getStoredVisitTenancy(db: Db, keys: readonly { covenantId: string; visitCode: string }[]) {
  if (keys.length === 0) return [];
  return db
    .select({ covenantId: householdVisits.covenantId, visitCode: householdVisits.visitCode, tenantOfPartyId: householdVisits.tenantOfPartyId, createdByPartyId: householdVisits.createdByPartyId })
    .from(householdVisits)
    .where(and(inArray(householdVisits.covenantId, [...new Set(keys.map((k) => k.covenantId))]), inArray(householdVisits.visitCode, keys.map((k) => k.visitCode))));
}

/** Covenant codes and members as the parties subgraph publishes them (its views, not its tables). */
export async function getImportReference(db: Db) {
  const [codes, members] = await Promise.all([db.select().from(publishedCovenantCodes), db.select().from(publishedMemberships)]);
  return { codes, members };
}

/** Whether a case code is taken in a covenant, also by a trajectory the claims do not show (a definer function). */
export async function isCaseCodeTaken(db: Db, covenantId: string, caseCode: string): Promise<boolean> {
  const [row] = await db.select({ taken: sql<boolean>`trajectories.case_code_taken(${covenantId}, ${caseCode})` }).from(sql`(select 1) as one`);
  return row?.taken === true;
}

/** The case a trajectory id is, whatever the claims (a definer function): only for the audit log of a refused look. */
export async function getCaseOf(db: Db, id: string): Promise<{ covenantId: string; caseCode: string } | null> {
  const [row] = await db
    .select({ covenantId: sql<string>`c.covenant_id`, caseCode: sql<string>`c.case_code` })
    .from(sql`trajectories.case_of(${id}::uuid) as c`);
  return row ?? null;
}

export async function getTrajectoryIdByCaseCode(db: Db, covenantId: string, caseCode: string): Promise<string | null> {
  const [row] = await db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.covenantId, covenantId), eq(trajectories.caseCode, caseCode)));
  return row?.id ?? null;
}

/** Records a step; for a key handover also the home (landlord, placement, lease form), in one transaction. */
export async function insertStep(
  db: Db,
  params: {
    trajectoryId: string;
    step: TrajectoryStepRow['step'];
    occurredOn: string;
    home?: { landlordId: string; placementMunicipalityId: string; contractForm: TrajectoryRow['contractForm'] };
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(trajectorySteps).values({ trajectoryId: params.trajectoryId, step: params.step, occurredOn: params.occurredOn });
    await tx
      .update(trajectories)
      .set({ ...(params.home ?? {}), updatedAt: sql`now()` })
      .where(eq(trajectories.id, params.trajectoryId));
  });
}

export async function insertEvent(
  db: Db,
  params: { trajectoryId: string; kind: TrajectoryEventRow['kind']; relapseKind: TrajectoryEventRow['relapseKind']; occurredOn: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(trajectoryEvents).values(params);
    await tx.update(trajectories).set({ updatedAt: sql`now()` }).where(eq(trajectories.id, params.trajectoryId));
  });
}
