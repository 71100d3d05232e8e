// Is this error "the database cannot be reached right now"? A subgraph answers those with one clear
// error a user can act on (wait and retry) instead of "Internal server error", and with no host or
// port in it. The pool reconnects by itself: postgres.js opens a new connection for the next query.
import type { GraphQLFormattedError } from 'graphql';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** What the client gets: no address, no driver text. */
export const databaseUnavailable: GraphQLFormattedError = {
  message: 'The database is unavailable; try again shortly.',
  extensions: { code: DATABASE_UNAVAILABLE },
};

/** Node's socket and DNS errors on the way to the server. */
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
/** postgres.js's own: no connection in time, or the connection went away under a query. */
const DRIVER_CODES = ['CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED'];
/**
 * SQLSTATEs of a server going or not there: 57P01 admin_shutdown (pg_ctl stop -m fast), 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down), 53300 too_many_connections.
 */
const SERVER_CODES = ['57P01', '57P02', '57P03', '53300'];
const UNAVAILABLE_CODES = new Set([...NETWORK_CODES, ...DRIVER_CODES, ...SERVER_CODES]);

/** The embedded database (PGlite) after close(): its messages, as it has no codes. */
const PGLITE_CLOSED = /^PGlite is clos(ed|ing)$/;

/** An error itself, and what it wraps: `cause` (drizzle's DrizzleQueryError), `originalError` (GraphQLError), `errors` (AggregateError). */
function* chain(error: unknown, seen = new Set<unknown>()): Generator<Record<string, unknown>> {
  if (typeof error !== 'object' || error === null || seen.has(error) || seen.size > 20) return;
  seen.add(error);
  const record = error as Record<string, unknown>;
  yield record;
  yield* chain(record.cause, seen);
  yield* chain(record.originalError, seen);
  if (Array.isArray(record.errors)) for (const inner of record.errors) yield* chain(inner, seen);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    const code = link.code;
    // SQLSTATE class 08: connection exception (08000, 08001 cannot establish, 08006 failure, …).
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof link.message === 'string' && PGLITE_CLOSED.test(link.message)) return true;
  }
  return false;
}
