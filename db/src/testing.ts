// A fresh database per test file: a new database on the PostgreSQL server in DATABASE_URL (CI),
// else an in-memory PGlite. Migrated and filled with reference data (and demo data when asked).
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createDb, openPglite, type CreateDbOptions, type Database } from './client.ts';
import { prepareDatabase } from './prepare.ts';
import { preparedPglite } from './test-snapshot.ts';

export interface TestDatabase {
  /** The shared handle the services under test use. */
  database: Database;
  /** postgres://… of this test database, when on a server. */
  url: string | undefined;
  pglite: PGlite | undefined;
  /** Another handle on the same database, e.g. with a statement counter. */
  connect(options?: Pick<CreateDbOptions, 'onQuery'>): Database;
  /**
   * A handle as the services connect in production: on a server, as the login role uitstroom_app,
   * a member of uitstroom_service (no owner, no BYPASSRLS; migration 0008). PGlite has one user:
   * there it is the same handle.
   */
  connectAsService(): Promise<Database>;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  demoData?: boolean;
  /** Leave the database empty, not even migrated: for tests of the migrations themselves. */
  empty?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return createOnServer(serverUrl, options);
  // Prepared once and loaded from a kept copy by later files (test-snapshot.ts); empty ones are made here.
  const pglite = options.empty ? await openPglite() : await preparedPglite(options.demoData ?? false);
  const database = createDb({ pglite });
  return {
    database,
    url: undefined,
    pglite,
    connect: (extra) => createDb({ pglite, ...extra }),
    connectAsService: async () => database,
    close: () => pglite.close(),
  };
}

const SERVICE_LOGIN_ROLE = 'uitstroom_app';
// Cluster-wide and made by test files at the same time: when missing, tolerant of a concurrent creation.
const SERVICE_LOGIN = `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '${SERVICE_LOGIN_ROLE}') THEN
    CREATE ROLE ${SERVICE_LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE uitstroom_service;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$`;

async function createOnServer(serverUrl: string, options: TestDatabaseOptions): Promise<TestDatabase> {
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
  if (!options.empty) await prepareDatabase(database, { demoData: options.demoData ?? false });
  const connectAsService = async () => {
    await admin.unsafe(SERVICE_LOGIN);
    const serviceUrl = new URL(url);
    serviceUrl.username = SERVICE_LOGIN_ROLE;
    serviceUrl.password = '';
    const handle = createDb({ url: serviceUrl.toString(), maxConnections: 4 });
    handles.push(handle);
    return handle;
  };
  return {
    database,
    url: url.toString(),
    pglite: undefined,
    connect,
    connectAsService,
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

/** Test oracle: the same outflow cells with the sum of their record keys (modulo 2^31), for protected figures. */
export async function directOutflowTallies(database: Database, covenantId: string, from: string, to: string): Promise<Map<string, { n: number; keySum: number }>> {
  const rows = await database.query<{ quarter: string; target_group: string; n: number; key_sum: number }>(sql`
    select extract(year from s.occurred_on)::int || '-K' || extract(quarter from s.occurred_on)::int as quarter, t.target_group,
      count(*)::int as n, (sum(t.record_key) % 2147483648)::int as key_sum
    from trajectories.trajectory_steps s join trajectories.trajectories t on t.id = s.trajectory_id
    where s.step = 'sleuteloverdracht' and t.covenant_id = ${covenantId} and s.occurred_on between ${from} and ${to}
    group by 1, 2`);
  return new Map(rows.map((r) => [`${r.quarter}/${r.target_group}`, { n: r.n, keySum: r.key_sum }]));
}

/** Test oracle: every trajectory's secret record key, by 'covenant/case code', read from the base table. */
export async function recordKeys(database: Database): Promise<Map<string, number>> {
  const rows = await database.query<{ covenant_id: string; case_code: string; record_key: number }>(
    sql`select covenant_id, case_code, record_key from trajectories.trajectories`,
  );
  return new Map(rows.map((r) => [`${r.covenant_id}/${r.case_code}`, r.record_key]));
}

/** The milestones as the published view used to compute them per row, straight from steps and events. */
const DIRECT_MILESTONES = sql`
  select t.id,
    (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'aanmelding') as registered_on,
    (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'sleuteloverdracht') as housed_on,
    (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'afgesloten') as closed_on,
    (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'omklap') as omklap_on,
    r.occurred_on as first_relapse_on, r.relapse_kind as first_relapse_kind,
    (select min(e.occurred_on) from trajectories.trajectory_events e where e.trajectory_id = t.id and e.kind = 'negatief_einde') as negative_end_on
  from trajectories.trajectories t
  left join lateral (select e.occurred_on, e.relapse_kind from trajectories.trajectory_events e
    where e.trajectory_id = t.id and e.kind = 'terugval' order by e.occurred_on, e.relapse_kind desc nulls last limit 1) r on true`;

/**
 * Test oracle: the trajectories whose row in the published view trajectories.monitor_trajectories
 * differs from the milestones computed straight from the steps and events (or that one side lacks).
 */
export async function staleMilestones(database: Database): Promise<{ id: string; view: unknown[] | null; direct: unknown[] | null }[]> {
  return database.query(sql`
    select coalesce(v.trajectory_id, d.id)::text as id,
      case when v.trajectory_id is not null then array[v.registered_on::text, v.housed_on::text, v.closed_on::text, v.omklap_on::text,
        v.first_relapse_on::text, v.first_relapse_kind::text, v.negative_end_on::text] end as view,
      case when d.id is not null then array[d.registered_on::text, d.housed_on::text, d.closed_on::text, d.omklap_on::text,
        d.first_relapse_on::text, d.first_relapse_kind::text, d.negative_end_on::text] end as direct
    from trajectories.monitor_trajectories v full join (${DIRECT_MILESTONES}) d on d.id = v.trajectory_id
    where v.trajectory_id is null or d.id is null
      or (v.registered_on, v.housed_on, v.closed_on, v.omklap_on, v.first_relapse_on, v.first_relapse_kind, v.negative_end_on)
         is distinct from (d.registered_on, d.housed_on, d.closed_on, d.omklap_on, d.first_relapse_on, d.first_relapse_kind, d.negative_end_on)
    order by 1 limit 20`);
}
