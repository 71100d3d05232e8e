// The bench's data: the schema and reference data as the product prepares them, then the demo
// generator's trajectories scaled up and written through the product's own writer.
import { createDb, type Database } from '@uitstroom/db/client';
import { prepareDatabase } from '@uitstroom/db/prepare';
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { sql } from 'drizzle-orm';

/** The demo generator writes this many trajectories at scale 1. */
const DEMO_TRAJECTORIES_AT_SCALE_1 = 1_418;

export interface LoadedData {
  trajectories: number;
  steps: number;
  events: number;
  scale: number;
  /** Seconds spent generating and writing the trajectories. */
  loadSeconds: number;
}

/** A migrated database with reference data, on the product's own client (default pool). */
export async function openProductDatabase(url: string): Promise<Database> {
  const database = createDb({ url });
  await prepareDatabase(database, { demoData: false });
  return database;
}

async function countRows(database: Database): Promise<{ trajectories: number; steps: number; events: number }> {
  const [row] = await database.query<{ trajectories: number; steps: number; events: number }>(sql`
    select (select count(*) from trajectories.trajectories)::int as trajectories,
           (select count(*) from trajectories.trajectory_steps)::int as steps,
           (select count(*) from trajectories.trajectory_events)::int as events`);
  if (!row) throw new Error('could not count the loaded rows');
  return row;
}

export async function loadTrajectories(database: Database, wanted: number): Promise<LoadedData> {
  const scale = wanted / DEMO_TRAJECTORIES_AT_SCALE_1;
  const started = performance.now();
  const records = generateDemoTrajectories(referenceParties, referenceMemberships, { scale });
  await writeTrajectories(database.db, records, 'demo');
  const loadSeconds = (performance.now() - started) / 1000;
  // A long-running database has been vacuumed and analysed by autovacuum; a freshly filled one
  // has not, and would be measured with guessed statistics and no visibility map.
  await database.query(sql`vacuum (analyze) trajectories.trajectories, trajectories.trajectory_steps, trajectories.trajectory_events`);
  return { ...(await countRows(database)), scale, loadSeconds };
}
