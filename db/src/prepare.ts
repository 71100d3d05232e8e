// Brings a database to the current schema with reference data, and demo data when asked for.
import type { Database } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { seedDemo, seedReference } from './seed/index.ts';

export interface PrepareResult {
  demoTrajectories: number;
  demoVisits: number;
}

export async function prepareDatabase(database: Database, options: { demoData: boolean }): Promise<PrepareResult> {
  await migrateDatabase(database);
  await seedReference(database.db);
  if (!options.demoData) return { demoTrajectories: 0, demoVisits: 0 };
  const written = await seedDemo(database.db);
  return { demoTrajectories: written.trajectories, demoVisits: written.visits };
}
