// Two transactions changing the steps of one trajectory at the same time must still leave its stored
// milestones current. Only a server has concurrent connections (PGlite runs one statement at a time).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { createTestDatabase, staleMilestones, type TestDatabase } from '../testing.ts';
import { writeTrajectories, type TrajectoryRecord } from './trajectory-records.ts';

const onServer = Boolean(process.env.DATABASE_URL);
let t: TestDatabase;

/** A housed and closed trajectory, one per case, so the cases do not meet. */
const recordFor = (caseCode: string): TrajectoryRecord => ({
  covenantId: 'walcheren',
  subRegionId: null,
  caseCode,
  targetGroup: 'BW',
  facility: 'Test',
  providerId: 'test',
  originMunicipalityId: 'test',
  placementMunicipalityId: null,
  ageCategory: '28-49',
  landlordId: null,
  contractForm: null,
  steps: [
    { step: 'aanmelding', occurredOn: '2025-01-01' },
    { step: 'sleuteloverdracht', occurredOn: '2025-06-01' },
    { step: 'afgesloten', occurredOn: '2026-06-01' },
  ],
  events: [],
});
const CASES = ['TEST-RACE-1', 'TEST-RACE-2', 'TEST-RACE-3'];

beforeAll(async () => {
  if (!onServer) return;
  t = await createTestDatabase();
  await writeTrajectories(t.database.db, CASES.map(recordFor), 'invoer');
});
afterAll(() => t?.close());

/** Runs statement in a transaction that stays open until the returned release is called. */
async function holdOpen(database: Database, statement: ReturnType<typeof sql>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let done = () => {};
  const written = new Promise<void>((resolve) => (done = resolve));
  const committed = database.db.transaction(async (tx) => {
    await tx.execute(statement);
    done();
    await released;
  });
  await written;
  return { release, committed };
}

async function untilSomeoneWaitsForALock(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const blocked = await t.database.query(sql`
      select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if (blocked.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the second transaction never waited for the first');
}

type Write = (caseCode: string) => ReturnType<typeof sql>;
const deleteStep = (step: string) => (caseCode: string) => sql`delete from trajectories.trajectory_steps s using trajectories.trajectories t
  where t.id = s.trajectory_id and t.case_code = ${caseCode} and s.step = ${step}::trajectories.canonical_step`;
const insertOmklap = (caseCode: string) => sql`insert into trajectories.trajectory_steps (trajectory_id, step, occurred_on)
  select id, 'omklap', '2026-01-01' from trajectories.trajectories where case_code = ${caseCode}`;

/** The first write's transaction stays open until the second has started and waits for it. */
async function race(caseCode: string, firstWrite: Write, secondWrite: Write): Promise<unknown> {
  const [first, second] = [t.connect(), t.connect()];
  // Connected beforehand, so that the second really starts while the first is open.
  await Promise.all([first.ping(), second.ping()]);
  const holder = await holdOpen(first, firstWrite(caseCode));
  // Takes its snapshot while the first is uncommitted, then waits for it.
  const waiting = second.query(secondWrite(caseCode));
  await untilSomeoneWaitsForALock();
  holder.release();
  await Promise.all([holder.committed, waiting]);
  const [row] = await t.database.query(sql`
    select housed_on::text, closed_on::text, omklap_on::text from trajectories.trajectories where case_code = ${caseCode}`);
  return row;
}

describe.skipIf(!onServer)('stored milestones under concurrent writers', () => {
  it('are current after two transactions each delete a step of the same trajectory', async () => {
    expect(await race(CASES[0] as string, deleteStep('afgesloten'), deleteStep('sleuteloverdracht'))).toEqual({
      housed_on: null, closed_on: null, omklap_on: null,
    });
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('are current after a step is inserted while another is deleted, in either order', async () => {
    expect(await race(CASES[1] as string, insertOmklap, deleteStep('sleuteloverdracht'))).toEqual({
      housed_on: null, closed_on: '2026-06-01', omklap_on: '2026-01-01',
    });
    expect(await race(CASES[2] as string, deleteStep('afgesloten'), insertOmklap)).toEqual({
      housed_on: '2025-06-01', closed_on: null, omklap_on: '2026-01-01',
    });
    expect(await staleMilestones(t.database)).toEqual([]);
  });
});
