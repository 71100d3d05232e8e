// Writing and reading the audit log. Writes take the transaction of the change they record, so a
// change and its audit row are committed together or not at all. The services may only append to
// it (migration 0008_row_level_security): reading and purging go through the SECURITY DEFINER
// functions audit.read_log and audit.purge_log, so they work as the service role (withClaims) too.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { chunks, type Tx } from './batches.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

/** An audit row binds 9 parameters: 5,000 rows (45,000) stay under PostgreSQL's 65,535 per statement. */
const AUDIT_ROWS_PER_STATEMENT = 5_000;

export async function writeAudit(db: Db | Tx, entries: readonly AuditEntry[]): Promise<void> {
  // A request's looks at up to 5,000 cases are audited in one statement.
  for (const part of chunks(entries, AUDIT_ROWS_PER_STATEMENT)) await db.insert(auditLog).values(part);
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

type RawRow = Record<string, unknown>;

/** Rows of db.execute, whichever driver: postgres.js answers an array, PGlite `{ rows }`. */
async function executeRows(db: Db, statement: SQL): Promise<RawRow[]> {
  const result = (await db.execute(statement)) as unknown as RawRow[] | { rows: RawRow[] };
  return Array.isArray(result) ? result : result.rows;
}

const columns = Object.entries(getTableColumns(auditLog));

/** A row of audit.read_log as `db.select().from(auditLog)` would give it: camelCase, `at` a Date. */
function toAuditRow(raw: RawRow): AuditRow {
  const entries = columns.map(([key, column]) => {
    const value = raw[column.name];
    return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
  });
  return Object.fromEntries(entries) as AuditRow;
}

/** The inclusive upper bound: a bare date means through that whole day. */
function upperBound(to: string | null | undefined): SQL {
  if (!to) return sql`null::timestamptz`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(to)) return sql`(${to}::date + 1)::timestamptz - interval '1 microsecond'`;
  return sql`${to}::timestamptz`;
}

export async function getAuditLog(db: Db, filter: AuditFilter): Promise<AuditRow[]> {
  const rows = await executeRows(
    db,
    sql`select * from audit.read_log(${filter.caseCode || null}::text, ${filter.userName || null}::text, ${filter.organisationId || null}::text,
      ${filter.outcome || null}::text, ${filter.from || null}::timestamptz, ${upperBound(filter.to)}, ${filter.limit}::int)`,
  );
  return rows.map(toAuditRow);
}

/** Removes entries older than the retention period; returns how many. */
export async function purgeAudit(db: Db, olderThanMonths: number): Promise<number> {
  const [row] = await executeRows(db, sql`select audit.purge_log(${olderThanMonths}::int) as removed`);
  return Number(row?.removed ?? 0);
}
