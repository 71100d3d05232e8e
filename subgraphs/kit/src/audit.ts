// Audit entries for what a viewer did or tried to do with case-level data (who, organisation, role,
// action, case code, outcome). The rows go to audit.audit_log through @uitstroom/db.
import type { AuditEntry } from '@uitstroom/db/queries/audit';
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
