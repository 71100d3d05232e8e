// Migration 0003_monitor_milestones on a database that already holds trajectories: it must fill the
// new milestone columns for every existing row, or the monitor would count them as never housed.
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../config.ts';
import { migrateDatabase } from '../migrate.ts';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '../seed/index.ts';
import { createTestDatabase, staleMilestones, type TestDatabase } from '../testing.ts';
import type { TrajectoryRecord } from './trajectory-records.ts';

const BEFORE = '0003_monitor_milestones';
let t: TestDatabase;
let olderFolder: string;

/** A copy of the migrations that stops just before BEFORE. */
async function migrationsUpTo(tag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'um-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  if (cut < 0) throw new Error(`no migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

/** Writes records with plain SQL: the product's writer already expects the newer schema. */
async function insertOldStyle(records: readonly TrajectoryRecord[]): Promise<void> {
  const rows = records.map((r) => ({ id: randomUUID(), r }));
  const trajectoryValues = rows.map(
    ({ id, r }) => sql`(${id}::uuid, ${r.covenantId}, ${r.subRegionId}, ${r.caseCode}, ${r.targetGroup}::trajectories.target_group, ${r.facility},
      ${r.providerId}, ${r.originMunicipalityId}, ${r.placementMunicipalityId}, ${r.ageCategory}::trajectories.age_category, ${r.landlordId}, 'import')`,
  );
  await t.database.query(sql`insert into trajectories.trajectories (id, covenant_id, sub_region_id, case_code, target_group, facility,
    provider_id, origin_municipality_id, placement_municipality_id, age_category, landlord_id, source) values ${sql.join(trajectoryValues, sql`, `)}`);
  const steps = rows.flatMap(({ id, r }) => r.steps.map((s) => sql`(${id}::uuid, ${s.step}::trajectories.canonical_step, ${s.occurredOn}::date)`));
  await t.database.query(sql`insert into trajectories.trajectory_steps (trajectory_id, step, occurred_on) values ${sql.join(steps, sql`, `)}`);
  const events = rows.flatMap(({ id, r }) =>
    r.events.map((e) => sql`(${id}::uuid, ${e.kind}::trajectories.event_kind, ${e.relapseKind}::trajectories.relapse_kind, ${e.occurredOn}::date)`),
  );
  await t.database.query(sql`insert into trajectories.trajectory_events (trajectory_id, kind, relapse_kind, occurred_on) values ${sql.join(events, sql`, `)}`);
}

beforeAll(async () => {
  t = await createTestDatabase({ empty: true });
  olderFolder = await migrationsUpTo(BEFORE);
});
afterAll(async () => {
  await t?.close();
  if (olderFolder) await rm(olderFolder, { recursive: true, force: true });
});

describe(`migration ${BEFORE}`, () => {
  it('back-fills the milestones of the trajectories already stored', async () => {
    await migrateDatabase(t.database, olderFolder);
    const records = generateDemoTrajectories(referenceParties, referenceMemberships).slice(0, 400);
    await insertOldStyle(records);
    await migrateDatabase(t.database);
    expect(await staleMilestones(t.database)).toEqual([]);
    const [row] = await t.database.query<{ housed: number; relapses: number }>(sql`
      select count(housed_on)::int as housed, count(first_relapse_on)::int as relapses from trajectories.monitor_trajectories`);
    expect(row?.housed).toBe(records.filter((r) => r.steps.some((s) => s.step === 'sleuteloverdracht')).length);
    expect(row?.relapses).toBe(records.filter((r) => r.events.some((e) => e.kind === 'terugval')).length);
    expect(row?.relapses).toBeGreaterThan(0);
  });
});
