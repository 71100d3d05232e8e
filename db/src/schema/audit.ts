// The audit log (privacy by design, DOMAIN.md §5): every case-level read and every change — who,
// organisation, role, action, case code, time, outcome — appended, never changed. Services write
// it; only the beheerder reads it (through the parties subgraph). Kept AUDIT_RETENTION_MONTHS.
import { sql } from 'drizzle-orm';
import { bigint, check, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

export const auditLog = auditSchema.table(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userName: text('user_name'),
    organisationId: text('organisation_id'),
    role: text('role').notNull(),
    /** read, register, record-step, record-event, import, submit-claim, … */
    action: text('action').notNull(),
    /** trajectory, household-visit, fund-claim */
    subject: text('subject').notNull(),
    covenantId: text('covenant_id'),
    caseCode: text('case_code'),
    outcome: text('outcome').notNull(),
    /** Why it was denied, or what was done (file name, counts); never the case's contents. */
    detail: text('detail'),
  },
  (t) => [
    check('audit_log_outcome', sql`${t.outcome} in ('allowed', 'denied')`),
    index('audit_log_case_code').on(t.caseCode, t.at),
    index('audit_log_at').on(t.at),
  ],
);
