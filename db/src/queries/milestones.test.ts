// The stored milestones (registered_on … negative_end_on on trajectories, kept by the triggers of
// migration 0003) must equal a direct computation from the steps and events after every kind of
// write: the monitor reads them through the published view and would otherwise show stale figures.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '../seed/index.ts';
import { createTestDatabase, staleMilestones, type TestDatabase } from '../testing.ts';
import { insertEvent, insertStep } from './trajectories.ts';
import { writeTrajectories, type TrajectoryRecord } from './trajectory-records.ts';

let t: TestDatabase;
// The records the demo seed wrote, to re-import with changes.
const demo = generateDemoTrajectories(referenceParties, referenceMemberships);

beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
});
afterAll(() => t?.close());

interface Milestones {
  registered_on: string | null;
  housed_on: string | null;
  closed_on: string | null;
  omklap_on: string | null;
  first_relapse_on: string | null;
  first_relapse_kind: string | null;
  negative_end_on: string | null;
}

async function milestonesOf(caseCode: string): Promise<Milestones | undefined> {
  const [row] = await t.database.query<Milestones & Record<string, unknown>>(sql`
    select v.registered_on::text, v.housed_on::text, v.closed_on::text, v.omklap_on::text,
      v.first_relapse_on::text, v.first_relapse_kind::text, v.negative_end_on::text
    from trajectories.monitor_trajectories v join trajectories.trajectories t on t.id = v.trajectory_id
    where t.case_code = ${caseCode}`);
  return row;
}

async function idOf(caseCode: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(sql`select id::text from trajectories.trajectories where case_code = ${caseCode}`);
  if (!row) throw new Error(`no trajectory ${caseCode}`);
  return row.id;
}

const has = (step: string) => (r: TrajectoryRecord) => r.steps.some((s) => s.step === step);
const stepOn = (r: TrajectoryRecord, step: string) => r.steps.find((s) => s.step === step)?.occurredOn ?? null;
/** A demo record that has (or lacks) the given steps and events, distinct from those taken before. */
const taken = new Set<string>();
function pick(test: (r: TrajectoryRecord) => boolean): TrajectoryRecord {
  const found = demo.find((r) => !taken.has(r.caseCode) && test(r));
  if (!found) throw new Error('the demo data has no such trajectory');
  taken.add(found.caseCode);
  return found;
}

describe('stored milestones', () => {
  it('equal the direct computation after the demo seed (writeTrajectories), with every kind present', async () => {
    expect(await staleMilestones(t.database)).toEqual([]);
    const [counts] = await t.database.query<Record<string, number>>(sql`
      select count(registered_on)::int as registered, count(housed_on)::int as housed, count(closed_on)::int as closed,
        count(omklap_on)::int as omklap, count(first_relapse_on)::int as relapses, count(negative_end_on)::int as negative
      from trajectories.monitor_trajectories`);
    expect(counts?.registered).toBe(demo.length);
    for (const n of Object.values(counts ?? {})) expect(n).toBeGreaterThan(0);
  });

  it('the oracle notices a stale row', async () => {
    const id = await idOf(pick(has('sleuteloverdracht')).caseCode);
    await t.database.query(sql`alter table trajectories.trajectories disable trigger trajectories_milestones_guard_update`);
    try {
      await t.database.query(sql`update trajectories.trajectories set housed_on = '2001-01-01' where id = ${id}`);
      expect((await staleMilestones(t.database)).map((r) => r.id)).toEqual([id]);
    } finally {
      await t.database.query(sql`alter table trajectories.trajectories enable trigger trajectories_milestones_guard_update`);
    }
    // A later write of a step puts it right.
    await t.database.query(sql`update trajectories.trajectory_steps set occurred_on = occurred_on where trajectory_id = ${id}`);
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('follow a re-import that moves a step, removes steps, and drops all steps and events', async () => {
    const moved = pick(has('sleuteloverdracht'));
    const unhoused = pick((r) => has('sleuteloverdracht')(r) && r.events.some((e) => e.kind === 'terugval'));
    const emptied = pick((r) => has('sleuteloverdracht')(r) && r.events.length > 0);
    const changed: TrajectoryRecord[] = [
      { ...moved, steps: moved.steps.map((s) => (s.step === 'sleuteloverdracht' ? { ...s, occurredOn: '2026-10-30' } : s)) },
      { ...unhoused, steps: unhoused.steps.filter((s) => s.step === 'aanmelding'), events: [] },
      { ...emptied, steps: [], events: [] },
    ];
    expect(await writeTrajectories(t.database.db, changed, 'import')).toEqual({ created: 0, updated: 3, unchanged: 0 });
    expect((await milestonesOf(moved.caseCode))?.housed_on).toBe('2026-10-30');
    expect(await milestonesOf(unhoused.caseCode)).toEqual({
      registered_on: stepOn(unhoused, 'aanmelding'), housed_on: null, closed_on: null, omklap_on: null,
      first_relapse_on: null, first_relapse_kind: null, negative_end_on: null,
    });
    expect(Object.values((await milestonesOf(emptied.caseCode)) ?? {})).toEqual([null, null, null, null, null, null, null]);
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('are untouched by a re-import of unchanged records, and filled for new ones', async () => {
    const fresh: TrajectoryRecord = {
      ...pick(has('omklap')),
      caseCode: 'TEST-NEW-1',
      events: [
        { kind: 'terugval', relapseKind: 'tijdelijk', occurredOn: '2026-03-01' },
        { kind: 'terugval', relapseKind: 'structureel', occurredOn: '2026-02-01' },
        { kind: 'negatief_einde', relapseKind: null, occurredOn: '2026-04-01' },
      ],
    };
    const unchanged = demo.filter((r) => !taken.has(r.caseCode)).slice(0, 50);
    expect(await writeTrajectories(t.database.db, [...unchanged, fresh], 'import')).toEqual({ created: 1, updated: 0, unchanged: 50 });
    expect(await milestonesOf('TEST-NEW-1')).toMatchObject({
      omklap_on: stepOn(fresh, 'omklap'), first_relapse_on: '2026-02-01', first_relapse_kind: 'structureel', negative_end_on: '2026-04-01',
    });
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('follow events added and deleted', async () => {
    const record = pick((r) => has('sleuteloverdracht')(r) && r.events.length === 0);
    const id = await idOf(record.caseCode);
    await insertEvent(t.database.db, { trajectoryId: id, kind: 'terugval', relapseKind: 'tijdelijk', occurredOn: '2026-09-01' });
    await insertEvent(t.database.db, { trajectoryId: id, kind: 'terugval', relapseKind: 'structureel', occurredOn: '2026-08-01' });
    // Two relapses on one day: the structural one counts, whichever came in first.
    await insertEvent(t.database.db, { trajectoryId: id, kind: 'terugval', relapseKind: 'tijdelijk', occurredOn: '2026-08-01' });
    await t.database.query(sql`insert into trajectories.trajectory_events (trajectory_id, kind, occurred_on)
      values (${id}, 'negatief_einde', '2026-10-01'), (${id}, 'negatief_einde', '2026-09-15')`);
    expect(await milestonesOf(record.caseCode)).toMatchObject({ first_relapse_on: '2026-08-01', first_relapse_kind: 'structureel', negative_end_on: '2026-09-15' });
    await t.database.query(sql`delete from trajectories.trajectory_events where trajectory_id = ${id} and occurred_on in ('2026-08-01', '2026-09-15')`);
    expect(await milestonesOf(record.caseCode)).toMatchObject({ first_relapse_on: '2026-09-01', first_relapse_kind: 'tijdelijk', negative_end_on: '2026-10-01' });
    await t.database.query(sql`delete from trajectories.trajectory_events where trajectory_id = ${id}`);
    expect(await milestonesOf(record.caseCode)).toMatchObject({ first_relapse_on: null, first_relapse_kind: null, negative_end_on: null });
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('follow a step recorded, updated, moved to another trajectory and deleted', async () => {
    const waiting = pick((r) => !has('sleuteloverdracht')(r) && !has('afgesloten')(r));
    const other = pick((r) => !has('sleuteloverdracht')(r) && !has('afgesloten')(r));
    const [id, otherId] = [await idOf(waiting.caseCode), await idOf(other.caseCode)];
    await insertStep(t.database.db, { trajectoryId: id, step: 'sleuteloverdracht', occurredOn: '2026-10-01' });
    expect((await milestonesOf(waiting.caseCode))?.housed_on).toBe('2026-10-01');
    await t.database.query(sql`update trajectories.trajectory_steps set occurred_on = '2026-10-15' where trajectory_id = ${id} and step = 'sleuteloverdracht'`);
    expect((await milestonesOf(waiting.caseCode))?.housed_on).toBe('2026-10-15');
    await t.database.query(sql`update trajectories.trajectory_steps set trajectory_id = ${otherId} where trajectory_id = ${id} and step = 'sleuteloverdracht'`);
    expect((await milestonesOf(waiting.caseCode))?.housed_on).toBeNull();
    expect((await milestonesOf(other.caseCode))?.housed_on).toBe('2026-10-15');
    await t.database.query(sql`delete from trajectories.trajectory_steps where trajectory_id in (${id}, ${otherId})`);
    expect((await milestonesOf(other.caseCode))?.registered_on).toBeNull();
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('cannot be written directly: a given or changed milestone is put back', async () => {
    const record = pick(has('sleuteloverdracht'));
    await t.database.query(sql`update trajectories.trajectories set housed_on = '2001-01-01', negative_end_on = '2001-01-01' where case_code = ${record.caseCode}`);
    expect((await milestonesOf(record.caseCode))?.housed_on).toBe(stepOn(record, 'sleuteloverdracht'));
    await t.database.query(sql`insert into trajectories.trajectories
      (covenant_id, case_code, target_group, facility, provider_id, origin_municipality_id, age_category, source, housed_on, registered_on)
      values ('walcheren', 'TEST-DIRECT', 'BW', 'x', 'p', 'g', '28-49', 'invoer', '2001-01-01', '2001-01-01')`);
    expect(Object.values((await milestonesOf('TEST-DIRECT')) ?? {})).toEqual([null, null, null, null, null, null, null]);
    expect(await staleMilestones(t.database)).toEqual([]);
  });

  it('disappear with a deleted trajectory, and follow a truncate of the events', async () => {
    await t.database.query(sql`delete from trajectories.trajectories where case_code = ${pick(has('sleuteloverdracht')).caseCode}`);
    await t.database.query(sql`truncate trajectories.trajectory_events`);
    const [row] = await t.database.query<{ n: number }>(sql`select count(*)::int as n from trajectories.monitor_trajectories where first_relapse_on is not null`);
    expect(row?.n).toBe(0);
    expect(await staleMilestones(t.database)).toEqual([]);
  });
});
