// Moving to a PostgreSQL server (DATABASE_URL, a superuser, as in CI): the embedded demo database's
// backup restored into a fresh database as a non-superuser owner — as production migrates — gives the
// same database, with row-level security working for that owner and the service role; and back: the
// server's own pg_dump of it restores into a fresh embedded database.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database } from '../client.ts';
import { prepareDatabase } from '../prepare.ts';
import { preparedPglite } from '../test-snapshot.ts';
import { dumpEmbedded } from './backup.ts';
import { fingerprint, someProviders, withFailingStatement, type Fingerprint } from './fingerprint.ts';
import { checkDumpFile } from './restore-plan.ts';
import { restoreDump, userObjects } from './restore.ts';
import { connectServer, embeddedSession, type SqlSession } from './session.ts';

const serverUrl = process.env.DATABASE_URL;
const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
const owner = `backup_owner_${suffix}`;
const databases = [`backup_test_${suffix}`, `backup_failed_${suffix}`];

let admin: postgres.Sql;
let dump: string;
let providers: string[];
let expected: Fingerprint;
const closers: (() => Promise<unknown>)[] = [];

function urlOf(database: string, user = owner): string {
  const url = new URL(serverUrl as string);
  url.pathname = `/${database}`;
  url.username = user;
  url.password = '';
  return url.toString();
}

function ownerHandles(database: string): { session: SqlSession; db: Database } {
  const session = connectServer(urlOf(database));
  const db = createDb({ url: urlOf(database), maxConnections: 2 });
  closers.push(() => session.close(), () => db.close());
  return { session, db };
}

/** The server's own pg_dump, of its major version (Debian's layout) or else the one on the PATH. */
function serverPgDump(major: number): string | null {
  const debian = `/usr/lib/postgresql/${major}/bin/pg_dump`;
  if (existsSync(debian)) return debian;
  const onPath = spawnSync('pg_dump', ['--version'], { encoding: 'utf8' });
  const version = Number(/(\d+)\.\d+/.exec(onPath.stdout ?? '')?.[1]);
  return onPath.status === 0 && version >= major ? 'pg_dump' : null;
}

describe.skipIf(!serverUrl)('backup of the embedded database restored on a PostgreSQL server', () => {
  beforeAll(async () => {
    const source = await preparedPglite(true);
    dump = await dumpEmbedded(source);
    const session = embeddedSession(source, 'source');
    providers = await someProviders(session);
    expected = await fingerprint(session, createDb({ pglite: source }), providers);
    await source.close();
    admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    // The service role is cluster-wide: another test file may be making it at this moment.
    await admin.unsafe(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'uitstroom_service') THEN CREATE ROLE uitstroom_service NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await admin.unsafe(`create role ${owner} login nosuperuser nobypassrls in role uitstroom_service`);
    for (const database of databases) await admin.unsafe(`create database ${database} owner ${owner}`);
  }, 180_000);

  afterAll(async () => {
    for (const close of closers) await close();
    if (!admin) return;
    for (const database of databases) await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`drop role if exists ${owner}`);
    await admin.end();
  });

  it('restores as the owner: the same rows, sequences, monitor figures and row-level security', async () => {
    const { session, db } = ownerHandles(databases[0] as string);
    const report = await restoreDump(session, dump, { replace: false });
    expect(report.tables).toEqual(expected.tables);
    const [server] = await session.query<{ version: number }>(`select current_setting('server_version_num')::int as version`);
    if ((server?.version ?? 0) < 170000) expect(report.skipped).toContainEqual(expect.stringMatching(/^line \d+: SET transaction_timeout = 0;/));
    expect(await fingerprint(session, db, providers)).toEqual(expected);
    // The owner's own policies name the new owner, not PGlite's postgres: else the published views go blank.
    const policies = await session.query<{ policyname: string; roles: string }>(
      `select policyname, roles::text from pg_catalog.pg_policies where policyname like '%\\_owner' order by 1`,
    );
    expect(policies).toHaveLength(4);
    for (const policy of policies) expect(policy.roles).toBe(`{${owner}}`);
  });

  it('then starting on it (prepareDatabase) runs no migration and adds no demo data', async () => {
    const { session, db } = ownerHandles(databases[0] as string);
    expect(await prepareDatabase(db, { demoData: true })).toEqual({ demoTrajectories: 0, demoVisits: 0 });
    expect((await fingerprint(session, db, providers)).tables).toEqual(expected.tables);
  });

  it('a restore that fails leaves the database empty', async () => {
    const { session } = ownerHandles(databases[1] as string);
    await expect(restoreDump(session, withFailingStatement(dump), { replace: false })).rejects.toThrow(/^statement \d+ \(line \d+: INSERT INTO parties\.parties/);
    expect(await userObjects(session)).toEqual(new Map());
  });

  it("and back: the server's own pg_dump (COPY format) restores into a fresh embedded database", async (context) => {
    const [row] = await admin<{ major: number }[]>`select current_setting('server_version_num')::int / 10000 as major`;
    const major = row?.major ?? 0;
    const pgDump = serverPgDump(major);
    if (!pgDump) return context.skip(`no pg_dump ${major} or newer on this machine`);
    // Compared with the server database as it is now: starting on it (above) moved a sequence.
    const server = ownerHandles(databases[0] as string);
    const serverFingerprint = await fingerprint(server.session, server.db, providers);
    expect(serverFingerprint.tables).toEqual(expected.tables);
    // As a superuser: pg_dump 15.8+ refuses to evaluate the forced policies' views for the owner.
    const dumped = spawnSync(pgDump, ['--format=plain', urlOf(databases[0] as string, new URL(serverUrl as string).username)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PGPASSWORD: decodeURIComponent(new URL(serverUrl as string).password) },
    });
    expect(dumped.stderr).toBe('');
    const serverDump = checkDumpFile(Buffer.from(dumped.stdout));
    expect(serverDump).toMatch(/^COPY trajectories\.trajectories /m);
    const pglite = await PGlite.create();
    closers.push(() => pglite.close());
    const session = embeddedSession(pglite, 'embedded target');
    const report = await restoreDump(session, serverDump, { replace: false });
    expect(report.tables).toEqual(expected.tables);
    expect(await fingerprint(session, createDb({ pglite }), providers)).toEqual(serverFingerprint);
  });
});
