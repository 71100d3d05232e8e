// createDb: the single factory for database access. DATABASE_URL → postgres.js; else PGlite.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Drizzle database, the same type whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Runs raw SQL and returns its rows, whichever driver is underneath. */
  query<T extends Record<string, unknown>>(statement: SQL): Promise<T[]>;
  /** Answers `select 1`; used by readiness checks. */
  ping(): Promise<boolean>;
  /** The connection pool as the server sees it (for /metrics): its size and its connections by state. */
  poolStats(): Promise<PoolStats>;
  close(): Promise<void>;
}

export interface PoolStats {
  max: number;
  /** Connections of this pool open on the server, by pg_stat_activity state (active, idle, idle in transaction, …). */
  connections: Record<string, number>;
}

const statementObservers = new Set<(query: string) => void>();

/**
 * Called with every SQL statement any pool of this process sends (the logs use it to write each
 * statement under its request id). Returns the function that stops observing.
 */
export function observeStatements(observer: (query: string) => void): () => void {
  statementObservers.add(observer);
  return () => statementObservers.delete(observer);
}

export interface CreateDbOptions {
  /** postgres://… connection string. */
  url?: string;
  /** An open PGlite instance to share (embedded mode: all subgraphs in one process). */
  pglite?: PGlite;
  /** Called for every SQL statement sent; tests count statements with it. */
  onQuery?: (query: string, params: unknown[]) => void;
  /** Pool size for postgres.js. */
  maxConnections?: number;
}

export function createDb(options: CreateDbOptions): Database {
  const onQuery = options.onQuery;
  const logger: Logger = {
    logQuery: (query, params) => {
      onQuery?.(query, params);
      for (const observer of statementObservers) observer(query);
    },
  };
  if (options.url) {
    // Unique per pool, so the pool can find its own connections in pg_stat_activity (replicas share a role).
    const applicationName = `uitstroommonitor-${randomBytes(4).toString('hex')}`;
    const max = options.maxConnections ?? 10;
    const client = postgres(options.url, {
      max,
      onnotice: () => {},
      // While the server cannot be reached, a request fails within seconds with a clear error rather
      // than waiting postgres.js's default 30 s (a refused connection fails at once; this bounds a
      // silent network). The pool needs no reconnect logic: the next query opens a new connection.
      connect_timeout: 5,
      // JIT compiles each monitor aggregate for 100–300 ms and wins nothing back on these
      // short queries (measured with EXPLAIN ANALYZE on 100,000 trajectories: ~30% slower with it).
      connection: { application_name: applicationName, jit: 'off' },
    });
    const typed = drizzlePostgres({ client, schema, logger });
    const db = typed as unknown as Db;
    return {
      db,
      kind: 'postgres',
      query: async <T extends Record<string, unknown>>(statement: SQL) => [...(await typed.execute<T>(statement))] as T[],
      ping: async () => (await client`select 1 as ok`)[0]?.ok === 1,
      poolStats: async () => {
        const rows = await client<{ state: string | null; count: number }[]>`
          select state, count(*)::int as count from pg_stat_activity where application_name = ${applicationName} group by state`;
        return { max, connections: Object.fromEntries(rows.map((r) => [r.state ?? 'unknown', r.count])) };
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.pglite) {
    const client = options.pglite;
    const typed = drizzlePglite({ client, schema, logger });
    const db = typed as unknown as Db;
    return {
      db,
      kind: 'pglite',
      query: async <T extends Record<string, unknown>>(statement: SQL) => (await typed.execute<T>(statement)).rows as T[],
      ping: async () => (await client.query<{ ok: number }>('select 1 as ok')).rows[0]?.ok === 1,
      // One embedded connection, in this process.
      poolStats: async () => ({ max: 1, connections: { [client.closed ? 'closed' : 'open']: 1 } }),
      // The PGlite instance belongs to whoever opened it; closing a handle leaves it open.
      close: async () => {},
    };
  }
  throw new Error('createDb needs a DATABASE_URL or an open PGlite instance');
}

/** Opens (creating on first use) the embedded database in dataDir, or in memory when dataDir is absent. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir ? { dataDir } : {});
}
