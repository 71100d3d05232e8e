import { getCovenants, getParties, type PartyRow } from '@uitstroom/db/queries/parties';
import type { Context } from '../context.ts';
import { auditLog, type AuditArgs } from './audit-log.ts';

export const Query = {
  covenants: (_: unknown, __: unknown, { db }: Context) => getCovenants(db),
  covenant: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.covenant.load(args.id),
  parties: (_: unknown, args: { kind?: PartyRow['kind'] | null }, { db }: Context) => getParties(db, { kind: args.kind ?? undefined }),
  party: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.party.load(args.id),
  auditLog: (_: unknown, args: AuditArgs, context: Context) => auditLog(args, context),
  viewer: (_: unknown, __: unknown, { viewer, loaders }: Context) => ({
    role: viewer.role,
    organisation: viewer.organisationId ? loaders.party.load(viewer.organisationId) : null,
  }),
};
