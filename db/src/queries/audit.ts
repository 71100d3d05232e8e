// Writing and reading the audit log. Writes take the transaction of the change they record, so a
// change and its audit row are committed together or not at all.
import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { chunks, type Tx } from './batches.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

export async function writeAudit(db: Db | Tx, entries: readonly AuditEntry[]): Promise<void> {
  for (const part of chunks(entries)) await db.insert(auditLog).values(part);
}

export interface AuditFilter {
  caseCode?: string | null;
  userName?: string | null;
  organisationId?: string | null;
  outcome?: 'allowed' | 'denied' | null;
  /** ISO timestamps or dates; `from` inclusive, `to` inclusive of that whole day when a date. */
  from?: string | null;
  to?: string | null;
  limit: number;
}

export function getAuditLog(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.caseCode) where.push(eq(auditLog.caseCode, filter.caseCode));
  if (filter.userName) where.push(eq(auditLog.userName, filter.userName));
  if (filter.organisationId) where.push(eq(auditLog.organisationId, filter.organisationId));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) where.push(gte(auditLog.at, sql`${filter.from}::timestamptz`));
  if (filter.to) where.push(/^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? lt(auditLog.at, sql`(${filter.to}::date + 1)::timestamptz`) : lte(auditLog.at, sql`${filter.to}::timestamptz`));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(filter.limit);
}

/** Removes entries older than the retention period; returns how many. */
export async function purgeAudit(db: Db, olderThanMonths: number): Promise<number> {
  const removed = await db.delete(auditLog).where(lt(auditLog.at, sql`now() - make_interval(months => ${olderThanMonths})`)).returning({ id: auditLog.id });
  return removed.length;
}
