// A backup of the demo database restored into a fresh embedded database (PGlite) gives the same
// database: rows, sequences, monitor figures and row-level security; refusals and a failed restore
// leave the target as it was. (round-trip-server.test.ts does the same on a PostgreSQL server.)
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../client.ts';
import { prepareDatabase } from '../prepare.ts';
import { preparedPglite } from '../test-snapshot.ts';
import { dumpEmbedded } from './backup.ts';
import { fingerprint, someProviders, withFailingStatement, type Fingerprint } from './fingerprint.ts';
import { checkDumpFile } from './restore-plan.ts';
import { restoreDump, RestoreError, userObjects } from './restore.ts';
import { embeddedSession, type SqlSession } from './session.ts';

const DUMPED_SCHEMAS = ['audit', 'drizzle', 'funding', 'monitoring', 'parties', 'trajectories'];

let source: PGlite;
let dump: string;
let providers: string[];
let expected: Fingerprint;
const opened: PGlite[] = [];

async function freshTarget(): Promise<{ pglite: PGlite; session: SqlSession }> {
  const pglite = await PGlite.create();
  opened.push(pglite);
  return { pglite, session: embeddedSession(pglite, 'test target') };
}

beforeAll(async () => {
  source = await preparedPglite(true);
  dump = await dumpEmbedded(source);
  const session = embeddedSession(source, 'source');
  providers = await someProviders(session);
  expected = await fingerprint(session, createDb({ pglite: source }), providers);
}, 180_000);

afterAll(async () => {
  await Promise.all([source, ...opened].map((p) => p?.close()));
});

describe('backup and restore on the embedded database', () => {
  it('backs up the demo database as a complete plain pg_dump file', () => {
    expect(checkDumpFile(Buffer.from(dump))).toBe(dump);
    expect(dump).toMatch(/^INSERT INTO trajectories\.trajectories VALUES/m);
    const trajectories = expected.tables.find((t) => t.table === 'trajectories.trajectories');
    expect(trajectories?.rows).toBeGreaterThan(1000);
    expect(expected.visibleToService.none).toBe(0);
    expect(expected.visibleToService.all).toBe(trajectories?.rows);
  });

  // One target through the steps a user takes: restore, start (prepare), restore again, replace.
  describe('into a fresh database, then over it', () => {
    let target: { pglite: PGlite; session: SqlSession };
    beforeAll(async () => {
      target = await freshTarget();
    });

    it('restores the same rows, sequences, monitor figures and row-level security', async () => {
      const report = await restoreDump(target.session, dump, { replace: false });
      expect(report.tables).toEqual(expected.tables);
      expect(report.dropped).toEqual([]);
      expect(await fingerprint(target.session, createDb({ pglite: target.pglite }), providers)).toEqual(expected);
    });

    it('preparing it as npm start does then runs no migration and adds no demo data', async () => {
      const prepared = await prepareDatabase(createDb({ pglite: target.pglite }), { demoData: true });
      expect(prepared).toEqual({ demoTrajectories: 0, demoVisits: 0 });
      expect((await fingerprint(target.session, createDb({ pglite: target.pglite }), providers)).tables).toEqual(expected.tables);
    });

    it('refuses it now that it is not empty, and with replace puts the backup in its place', async () => {
      await target.pglite.exec(`delete from trajectories.household_visits; create table parties.added_later (a int);`);
      await expect(restoreDump(target.session, dump, { replace: false })).rejects.toThrow(
        /target database is not empty: it has schemas audit, drizzle.*add --replace/,
      );
      const report = await restoreDump(target.session, dump, { replace: true });
      expect(report.dropped).toEqual(DUMPED_SCHEMAS);
      expect(report.tables).toEqual(expected.tables);
    });

    it('with replace, refuses it when it holds more than the backup, and keeps all it had', async () => {
      await target.pglite.exec(`delete from trajectories.household_visits; create schema other; create table other.t (a int);`);
      const before = await fingerprint(target.session, createDb({ pglite: target.pglite }), providers);
      await expect(restoreDump(target.session, dump, { replace: true })).rejects.toThrow(/also has schema other with \d+ objects/);
      expect(await fingerprint(target.session, createDb({ pglite: target.pglite }), providers)).toEqual(before);
      expect(before.tables.find((t) => t.table === 'trajectories.household_visits')?.rows).toBe(0);
    });
  });

  it('a restore that fails on a statement says which and where, and leaves nothing behind, not even the role', async () => {
    const { session } = await freshTarget();
    const broken = withFailingStatement(dump);
    const failure = restoreDump(session, broken, { replace: false });
    await expect(failure).rejects.toBeInstanceOf(RestoreError);
    await expect(failure).rejects.toThrow(/^statement \d+ \(line \d+: INSERT INTO parties\.parties VALUES \('kapot'\)\) failed: /);
    expect(await userObjects(session)).toEqual(new Map());
    const roles = await session.query(`select 1 from pg_catalog.pg_roles where rolname = 'uitstroom_service'`);
    expect(roles).toEqual([]);
  });

  it('refuses a backup file cut short before it touches a database', () => {
    expect(() => checkDumpFile(Buffer.from(dump.slice(0, Math.floor(dump.length / 2))))).toThrow(/incomplete/);
  });
});
