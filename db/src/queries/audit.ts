// Writing and reading the audit log. Writes take the transaction of the change they record, so a
// change and its audit row are committed together or not at all. The services may only append to
// it (migration 0008_row_level_security): reading and purging go through the SECURITY DEFINER
// functions audit.read_log and audit.purge_log, so they work as the service role (withClaims) too.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { chunks, rowsOf, type Tx } from './batches.ts';
import { BULK_ROWS } from './bulk-rows.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

/**
 * Appends entries, up to BULK_ROWS in one statement: they travel as one JSON parameter (bulk-rows.ts),
 * so a request's looks at many cases, or an import of many rows, cost one insert.
 */
export async function writeAudit(db: Db | Tx, entries: readonly AuditEntry[]): Promise<void> {
  for (const part of chunks(entries, BULK_ROWS)) {
    const rows = part.map((e) => ({
      user_name: e.userName ?? null,
      organisation_id: e.organisationId ?? null,
      role: e.role,
      action: e.action,
      subject: e.subject,
      covenant_id: e.covenantId ?? null,
      case_code: e.caseCode ?? null,
      outcome: e.outcome,
      detail: e.detail ?? null,
    }));
    await db.execute(sql`insert into "audit"."audit_log" (user_name, organisation_id, role, action, subject, covenant_id, case_code, outcome, detail)
      select user_name, organisation_id, role, action, subject, covenant_id, case_code, outcome, detail
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(user_name text, organisation_id text, role text, action text,
        subject text, covenant_id text, case_code text, outcome text, detail text)`);
  }
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

async function executeRows(db: Db, statement: SQL): Promise<RawRow[]> {
  return rowsOf<RawRow>(await db.execute(statement));
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
