// SQL for evaluations: the calendar's inputs (published by the parties subgraph), the evaluations
// themselves and their agreed actions. Status changes are conditional UPDATEs, so an adopted
// evaluation cannot be changed by a request that raced the adoption.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { evaluationActions, evaluations } from '../schema/evaluations.ts';
import { publishedCovenantTerms, publishedEvaluationRules } from '../schema/parties.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type EvaluationActionRow = typeof evaluationActions.$inferSelect;

export async function getCovenantTerm(db: Db, covenantId: string) {
  const [row] = await db.select().from(publishedCovenantTerms).where(eq(publishedCovenantTerms.covenantId, covenantId));
  return row ?? null;
}

export function getEvaluationRules(db: Db, covenantId: string) {
  return db.select().from(publishedEvaluationRules).where(eq(publishedEvaluationRules.covenantId, covenantId)).orderBy(asc(publishedEvaluationRules.id));
}

export function getEvaluations(db: Db, covenantId: string): Promise<EvaluationRow[]> {
  return db.select().from(evaluations).where(eq(evaluations.covenantId, covenantId)).orderBy(desc(evaluations.periodTo), asc(evaluations.kind));
}

export function getEvaluationsByIds(db: Db, ids: readonly string[]): Promise<EvaluationRow[]> {
  return db.select().from(evaluations).where(inArray(evaluations.id, [...ids]));
}

export function getActionsByEvaluationIds(db: Db, ids: readonly string[]): Promise<EvaluationActionRow[]> {
  return db.select().from(evaluationActions).where(inArray(evaluationActions.evaluationId, [...ids])).orderBy(asc(evaluationActions.dueOn), asc(evaluationActions.createdAt));
}

export async function insertEvaluation(db: Db, row: typeof evaluations.$inferInsert): Promise<EvaluationRow | null> {
  const [saved] = await db.insert(evaluations).values(row).onConflictDoNothing().returning();
  return saved ?? null;
}

/** Changes a concept only; null when the evaluation does not exist or is adopted already. */
export async function updateConcept(db: Db, id: string, change: Partial<Pick<EvaluationRow, 'notes' | 'figures' | 'frozenAt'>>): Promise<EvaluationRow | null> {
  const [saved] = await db.update(evaluations).set(change).where(and(eq(evaluations.id, id), eq(evaluations.status, 'concept'))).returning();
  return saved ?? null;
}

export async function adoptEvaluation(db: Db, id: string, by: string): Promise<EvaluationRow | null> {
  const [saved] = await db
    .update(evaluations)
    .set({ status: 'vastgesteld', adoptedAt: new Date(), adoptedBy: by })
    .where(and(eq(evaluations.id, id), eq(evaluations.status, 'concept')))
    .returning();
  return saved ?? null;
}

export async function insertAction(db: Db, row: typeof evaluationActions.$inferInsert): Promise<EvaluationActionRow> {
  const [saved] = await db.insert(evaluationActions).values(row).returning();
  return saved as EvaluationActionRow;
}

/** The evaluation an action belongs to, or null for an unknown action. */
export async function getEvaluationIdOfAction(db: Db, actionId: string): Promise<string | null> {
  const [row] = await db.select({ evaluationId: evaluationActions.evaluationId }).from(evaluationActions).where(eq(evaluationActions.id, actionId));
  return row?.evaluationId ?? null;
}

export async function setActionDone(db: Db, id: string, done: boolean): Promise<EvaluationActionRow | null> {
  const [saved] = await db.update(evaluationActions).set({ done }).where(eq(evaluationActions.id, id)).returning();
  return saved ?? null;
}
