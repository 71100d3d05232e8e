import { getCovenants, getParties, type PartyRow } from '@uitstroom/db/queries/parties';
import { mayViewCovenant } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { auditLog, type AuditArgs } from './audit-log.ts';

export const Query = {
  // The viewer's own covenants (every one for the beheerder and the analist): the dashboard's choice.
  covenants: async (_: unknown, __: unknown, { db, viewer }: Context) => (await getCovenants(db)).filter((c) => mayViewCovenant(viewer, c.id)),
  covenant: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.covenant.load(args.id),
  parties: (_: unknown, args: { kind?: PartyRow['kind'] | null }, { db }: Context) => getParties(db, { kind: args.kind ?? undefined }),
  party: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.party.load(args.id),
  auditLog: (_: unknown, args: AuditArgs, context: Context) => auditLog(args, context),
  viewer: (_: unknown, __: unknown, { viewer, loaders }: Context) => ({
    role: viewer.role,
    organisation: viewer.organisationId ? loaders.party.load(viewer.organisationId) : null,
  }),
};
