// Query.auditLog: the beheerder reads the audit log by case code, user, organisation, outcome and period.
import { getAuditLog, type AuditRow } from '@uitstroom/db/queries/audit';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';

export interface AuditArgs {
  caseCode?: string | null;
  user?: string | null;
  organisationId?: string | null;
  outcome?: 'allowed' | 'denied' | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}

const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export async function auditLog(args: AuditArgs, { db, viewer, loaders }: Context) {
  if (viewer.role !== 'beheerder') throw new GraphQLError(`only the beheerder reads the audit log; role "${viewer.role}" may not`, { extensions: { code: 'FORBIDDEN' } });
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > 1000) throw new GraphQLError(`limit must be 1-1000, got ${args.limit}`, { extensions: { code: 'BAD_USER_INPUT' } });
  for (const [name, value] of [['from', args.from], ['to', args.to]] as const) {
    if (value && (!MOMENT.test(value) || Number.isNaN(Date.parse(value)))) throw new GraphQLError(`${name} must be a day (YYYY-MM-DD) or an ISO 8601 timestamp, got "${value}"`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const rows = await getAuditLog(db, { ...args, userName: args.user });
  return rows.map((r: AuditRow) => ({
    at: new Date(r.at).toISOString(),
    user: r.userName,
    organisation: r.organisationId ? loaders.party.load(r.organisationId) : null,
    role: r.role,
    action: r.action,
    subject: r.subject,
    covenantId: r.covenantId,
    caseCode: r.caseCode,
    outcome: r.outcome,
    detail: r.detail,
  }));
}
