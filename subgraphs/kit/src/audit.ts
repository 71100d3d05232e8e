// Audit entries for what a viewer did or tried to do with case-level data (who, organisation, role,
// action, case code, outcome). The rows go to audit.audit_log through @uitstroom/db.
import type { Db } from '@uitstroom/db/client';
import { writeAudit, type AuditEntry } from '@uitstroom/db/queries/audit';
import DataLoader from 'dataloader';
import type { Viewer } from './viewer.ts';

export function auditEntries(
  viewer: Viewer,
  what: { action: string; subject: string; outcome: 'allowed' | 'denied'; detail?: string | null },
  cases: readonly { covenantId: string | null; caseCode: string | null }[],
): AuditEntry[] {
  return cases.map((c) => ({
    userName: viewer.user ?? null,
    organisationId: viewer.organisationId,
    role: viewer.role,
    action: what.action,
    subject: what.subject,
    covenantId: c.covenantId,
    caseCode: c.caseCode,
    outcome: what.outcome,
    detail: what.detail ?? null,
  }));
}

/** A request's audit entries, written in one statement per tick however many cases were read. */
export function auditLoader(db: Db): DataLoader<AuditEntry, null> {
  return new DataLoader<AuditEntry, null>(
    async (entries) => {
      await writeAudit(db, entries);
      return entries.map(() => null);
    },
    { cache: false },
  );
}
