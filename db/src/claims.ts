// Claims for row-level security (issue 6, DOMAIN.md §5; migration 0008_row_level_security).
//
// The case-level tables (trajectories, their steps and events, household visits) have row-level
// security enabled and forced. In production the services connect as a login role that is a member
// of uitstroom_service — a role that owns nothing and has no BYPASSRLS — and run every case-level
// statement in a transaction made by withClaims: it switches to uitstroom_service and sets the
// viewer's claims, which the policies read. Both end with the transaction, so a pooled connection
// never carries one request's claims into the next. Anything that forgets the claims sees no case
// rows and may write none (fails closed), whatever the service's own checks say.
//
// The same statement works on PostgreSQL (connected as a superuser, as the owner of the tables or as
// a member of uitstroom_service) and on PGlite (one superuser session; the role change ends with the
// transaction too).
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import type { Tx } from './queries/batches.ts';

/** Whose case rows a transaction may see and write: mirrors CaseScope of the trajectories subgraph. */
export type Claims = { scope: 'all' } | { scope: 'involved'; partyId: string } | { scope: 'none' };

/** The role without BYPASSRLS that case-level statements run as. */
export const SERVICE_ROLE = 'uitstroom_service';

/**
 * Runs fn in a transaction as the service role with these claims (set_config(..., true): they end
 * with the transaction). Pass the database, not a transaction: inside one the role and claims would
 * outlive fn until the outer transaction ends.
 */
export function withClaims<T>(db: Db, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const party = claims.scope === 'involved' ? claims.partyId : '';
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${SERVICE_ROLE}, true), set_config('uitstroom.scope', ${claims.scope}, true), set_config('uitstroom.party', ${party}, true)`,
    );
    return fn(tx);
  });
}
