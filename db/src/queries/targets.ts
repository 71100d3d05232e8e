// SQL for targets (streefaantallen) and what they count. Realisations are read from the trajectories
// subgraph's published views (homes from monitor_trajectories, visits from monitor_visits) — the
// same rows the owning subgraph serves, never a copy kept here.
import { and, asc, between, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { vacancyCounts } from '../schema/evaluations.ts';
import { targets } from '../schema/monitoring.ts';
import { monitorTrajectories, monitorVisits } from '../schema/trajectories.ts';
import { keySum, type Tally } from './key-sum.ts';

export type TargetRow = typeof targets.$inferSelect;

export function getTargets(db: Db, covenantId?: string): Promise<TargetRow[]> {
  return db
    .select()
    .from(targets)
    .where(covenantId === undefined ? undefined : eq(targets.covenantId, covenantId))
    .orderBy(asc(targets.covenantId), asc(targets.id));
}

export function getTargetsByIds(db: Db, ids: readonly string[]): Promise<TargetRow[]> {
  return db.select().from(targets).where(inArray(targets.id, [...ids]));
}

export interface RealisationScope {
  metric: TargetRow['metric'];
  covenantId: string;
  subRegionId: string | null;
  /** For homes: the landlord; for visits: the corporation whose tenant was visited. */
  partyId: string | null;
  from: string;
  to: string;
}

/** Realisations per day in [from, to]: homes received, or households visited, each with its key sum. */
export async function getDailyRealisations(db: Db, scope: RealisationScope): Promise<Map<string, Tally>> {
  const rows =
    scope.metric === 'woningen'
      ? await db
          .select({ date: sql<string>`${monitorTrajectories.housedOn}::text`, n: count(), keySum: keySum(monitorTrajectories.recordKey) })
          .from(monitorTrajectories)
          .where(
            and(
              eq(monitorTrajectories.covenantId, scope.covenantId),
              scope.subRegionId ? eq(monitorTrajectories.subRegionId, scope.subRegionId) : undefined,
              scope.partyId ? eq(monitorTrajectories.landlordId, scope.partyId) : undefined,
              between(monitorTrajectories.housedOn, scope.from, scope.to),
            ),
          )
          .groupBy(monitorTrajectories.housedOn)
      : await db
          .select({ date: sql<string>`${monitorVisits.visitedOn}::text`, n: count(), keySum: keySum(monitorVisits.recordKey) })
          .from(monitorVisits)
          .where(
            and(
              eq(monitorVisits.covenantId, scope.covenantId),
              scope.partyId ? eq(monitorVisits.tenantOfPartyId, scope.partyId) : undefined,
              between(monitorVisits.visitedOn, scope.from, scope.to),
            ),
          )
          .groupBy(monitorVisits.visitedOn);
  return new Map(rows.map((r) => [r.date, { n: r.n, keySum: r.keySum }]));
}

export async function getVacancyCount(db: Db, partyId: string, year: number): Promise<number | null> {
  const [row] = await db
    .select({ count: vacancyCounts.count })
    .from(vacancyCounts)
    .where(and(eq(vacancyCounts.partyId, partyId), eq(vacancyCounts.year, year)));
  return row?.count ?? null;
}

export function getVacancyCounts(db: Db, partyIds: readonly string[]) {
  return db
    .select()
    .from(vacancyCounts)
    .where(inArray(vacancyCounts.partyId, [...partyIds]))
    .orderBy(asc(vacancyCounts.partyId), asc(vacancyCounts.year));
}

export async function setVacancyCount(db: Db, row: { partyId: string; year: number; count: number }) {
  const [saved] = await db
    .insert(vacancyCounts)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [vacancyCounts.partyId, vacancyCounts.year], set: { count: row.count, updatedAt: new Date() } })
    .returning();
  return saved as typeof vacancyCounts.$inferSelect;
}
