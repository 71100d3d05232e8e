// A fresh database per test file: a new database on the PostgreSQL server in DATABASE_URL (CI),
// else an in-memory PGlite. Migrated and filled with reference data (and demo data when asked).
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createDb, openPglite, type CreateDbOptions, type Database } from './client.ts';
import { prepareDatabase } from './prepare.ts';

export interface TestDatabase {
  /** The shared handle the services under test use. */
  database: Database;
  /** postgres://… of this test database, when on a server. */
  url: string | undefined;
  pglite: PGlite | undefined;
  /** Another handle on the same database, e.g. with a statement counter. */
  connect(options?: Pick<CreateDbOptions, 'onQuery'>): Database;
  close(): Promise<void>;
}

export async function createTestDatabase(options: { demoData?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createOnServer(serverUrl, options.demoData ?? false);
  const pglite = await openPglite();
  const database = createDb({ pglite });
  await prepareDatabase(database, { demoData: options.demoData ?? false });
  return {
    database,
    url: undefined,
    pglite,
    connect: (extra) => createDb({ pglite, ...extra }),
    close: () => pglite.close(),
  };
}

async function createOnServer(serverUrl: string, demoData: boolean): Promise<TestDatabase> {
  const name = `um_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handles: Database[] = [];
  const connect = (extra: Pick<CreateDbOptions, 'onQuery'> = {}) => {
    const handle = createDb({ url: url.toString(), maxConnections: 4, ...extra });
    handles.push(handle);
    return handle;
  };
  const database = connect();
  await prepareDatabase(database, { demoData });
  return {
    database,
    url: url.toString(),
    pglite: undefined,
    connect,
    close: async () => {
      await Promise.all(handles.map((h) => h.close()));
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Test oracle: outflow counted straight on the trajectories base tables (not the published view),
 * as a map 'YYYY-Kq/targetGroup' → number of key handovers in [from, to].
 */
export async function directOutflowCounts(database: Database, covenantId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await database.query<{ quarter: string; target_group: string; n: number }>(sql`
    select extract(year from s.occurred_on)::int || '-K' || extract(quarter from s.occurred_on)::int as quarter, t.target_group, count(*)::int as n
    from trajectories.trajectory_steps s join trajectories.trajectories t on t.id = s.trajectory_id
    where s.step = 'sleuteloverdracht' and t.covenant_id = ${covenantId} and s.occurred_on between ${from} and ${to}
    group by 1, 2`);
  return new Map(rows.map((r) => [`${r.quarter}/${r.target_group}`, r.n]));
}
