// The database restarted under running services (real PostgreSQL, real processes on 127.0.0.1):
// while it is down a request fails within seconds with a clear error and no address; once it is
// back the same processes answer again, having reconnected by themselves; and an import caught
// in the middle of its transaction leaves all of its rows or none.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MUTATION, prepareFiles } from '../bench/cases/support-import/csv.ts';
import { generateRows, loadCovenantParties } from '../bench/cases/support-import/rows.ts';
import { eventually, graphql, healthy, tokenFor } from './support/client.ts';
import { ANALIST, pgBin, startEnvironment, type FaultEnvironment } from './support/environment.ts';
import { SUBGRAPHS, startStack, type Stack } from './support/stack.ts';

const COVENANT = /* GraphQL */ `query Covenant { covenant(id: "walcheren") { name trajectoryCount } }`;
interface CovenantData {
  covenant: { name: string; trajectoryCount: number | null } | null;
}
/** Bounds every request: a hang fails the test rather than stalling it. */
const OUTAGE_REQUEST_LIMIT_MS = 10_000;
const RECOVERY_LIMIT_MS = 20_000;
/** Rows in the import caught by the restart: enough that its writing takes a while. */
const IMPORT_ROWS = 20_000;

let environment: FaultEnvironment | undefined;
let stack: Stack | undefined;
let analist: Record<string, string>;

beforeAll(async () => {
  if (!pgBin) return;
  environment = await startEnvironment();
  stack = await startStack({ databaseUrl: environment.serviceUrl, replicasPerSubgraph: 1 });
  analist = await tokenFor(stack.origin, ANALIST);
});

afterAll(async () => {
  await stack?.close();
  await environment?.cluster.destroy();
});

const readyz = (running: Stack) => healthy(SUBGRAPHS.map((name) => `http://127.0.0.1:${running.replicas[name][0]?.port}/readyz`));

describe.skipIf(!pgBin)('the database restarted', () => {
  it('fails requests fast with a clear error while it is down, and answers again after, without restarting a service', async () => {
    const running = stack as Stack;
    const { cluster } = environment as FaultEnvironment;
    const before = await graphql(running.origin, analist, COVENANT);
    expect(before.body.errors).toBeUndefined();
    const pids = running.processes().map((child) => child.pid);

    await cluster.stop();
    try {
      const during = await graphql<CovenantData>(running.origin, analist, COVENANT, {}, OUTAGE_REQUEST_LIMIT_MS);
      console.log(`  database down, the gateway answered: ${during.text}`);
      expect(during.body.data?.covenant ?? null).toBeNull();
      expect(during.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE']]);
      expect(during.text).not.toMatch(new RegExp(`127\\.0\\.0\\.1|ECONNREFUSED|:${cluster.port}\\b`));
      expect(Object.values(await readyz(running))).toEqual([503, 503, 503, 503]);
    } finally {
      await cluster.start();
    }

    const answers = async () => JSON.stringify((await graphql(running.origin, analist, COVENANT)).body) === JSON.stringify(before.body);
    expect(await eventually(answers, RECOVERY_LIMIT_MS)).toBe(true);
    for (let i = 0; i < 5; i++) expect((await graphql(running.origin, analist, COVENANT)).body).toEqual(before.body);
    expect(Object.values(await readyz(running))).toEqual([200, 200, 200, 200]);
    // The same processes throughout: they reconnected by themselves.
    expect(running.processes().map((child) => [child.pid, child.alive()])).toEqual(pids.map((pid) => [pid, true]));
  });

  it('leaves an import the restart caught in its transaction all written or not at all', async () => {
    const running = stack as Stack;
    const { cluster, ownerUrl } = environment as FaultEnvironment;
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    try {
      const rows = generateRows(await loadCovenantParties(owner), IMPORT_ROWS, 'FAULT');
      const [file] = prepareFiles(rows, 'fault-import');
      if (!file) throw new Error('no file to import');
      const beheerder = await tokenFor(running.origin, 'beheerder');
      const importing = graphql<{ importUitstroommonitor: { imported: boolean; created: number } }>(running.origin, beheerder, IMPORT_MUTATION, file.variables, 60_000);
      // A transaction of the service's role that has written something (it holds a transaction id) is an import half-done.
      const writing = async () => (await owner`select 1 from pg_stat_activity where usename = 'uitstroom_app' and backend_xid is not null`).length > 0;
      const caught = await eventually(writing, 30_000, 10);
      await cluster.stop();
      let answer: Awaited<typeof importing>;
      try {
        answer = await importing.catch((error: unknown) => ({ status: 0, text: String(error), body: { data: null, errors: [{ message: String(error) }] } }));
      } finally {
        await cluster.start();
      }
      const countImported = async () => (await owner<{ n: number }[]>`select count(*)::int as n from trajectories.trajectories where case_code like 'FAULT-%'`)[0]?.n;
      const imported = answer.body.data?.importUitstroommonitor?.imported === true;
      const count = await countImported();
      console.log(`  import of ${rows.length} rows ${caught ? 'caught writing' : 'never seen writing'}; it answered ${answer.text.slice(0, 300)}; rows in the database after the restart: ${count}`);
      expect(caught).toBe(true);
      expect(count).toBe(imported ? rows.length : 0);

      // The same file again, now that the database is back: all of it, once.
      const again = await graphql<{ importUitstroommonitor: { imported: boolean } }>(running.origin, beheerder, IMPORT_MUTATION, file.variables, 60_000);
      expect(again.body.data?.importUitstroommonitor?.imported, again.text.slice(0, 500)).toBe(true);
      expect(await countImported()).toBe(rows.length);
    } finally {
      await owner.end({ timeout: 5 });
    }
  });
});
