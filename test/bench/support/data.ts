// The bench's data: the schema and reference data as the product prepares them, then the national
// data set (db/src/generate: 342 gemeenten in 40 regions, trajectories with steps and events,
// household visits, a Garantiefonds ledger per region), bulk-loaded with COPY.
import { createDb, type Database } from '@uitstroom/db/client';
import { generateNational } from '@uitstroom/db/generate';
import { prepareDatabase } from '@uitstroom/db/prepare';

export interface LoadedData {
  trajectories: number;
  steps: number;
  events: number;
  visits: number;
  regions: number;
  /** The region with the most trajectories: the monitor cases use it. */
  largestCovenantId: string;
  /** Seconds spent generating and loading. */
  loadSeconds: number;
}

/** A migrated database with reference data, on the product's own client (default pool). */
export async function openProductDatabase(url: string): Promise<Database> {
  const database = createDb({ url });
  await prepareDatabase(database, { demoData: false });
  return database;
}

export async function loadNational(url: string, trajectories: number): Promise<LoadedData> {
  const summary = await generateNational(url, { trajectories, onProgress: (line) => console.log(`  ${line}`) });
  return {
    trajectories: summary.rows.trajectories,
    steps: summary.rows.trajectory_steps,
    events: summary.rows.trajectory_events,
    visits: summary.rows.household_visits,
    regions: summary.regions,
    largestCovenantId: summary.largestCovenantId,
    loadSeconds: summary.totalSeconds,
  };
}
