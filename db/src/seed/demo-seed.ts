// Writes the synthetic demo data once; a database that already has demo rows is left alone.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import * as s from '../schema/index.ts';
import { chunks } from '../queries/batches.ts';
import { writeTrajectories } from '../queries/trajectory-records.ts';
import { generateDemoTrajectories } from './demo-trajectories.ts';
import { generateDemoVisits } from './demo-visits.ts';
import { referenceMemberships, referenceParties } from './reference/index.ts';


export async function hasDemoData(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s.trajectories).where(eq(s.trajectories.source, 'demo'));
  return (row?.n ?? 0) > 0;
}

/** Returns the number of trajectories and visits written (0, 0 when demo data was already there). */
export async function seedDemo(db: Db): Promise<{ trajectories: number; visits: number }> {
  if (await hasDemoData(db)) return { trajectories: 0, visits: 0 };
  const demo = generateDemoTrajectories(referenceParties, referenceMemberships);
  const visits = generateDemoVisits();
  await writeTrajectories(db, demo, 'demo');
  await db.transaction(async (tx) => {
    for (const batch of chunks(visits)) {
      await tx.insert(s.householdVisits).values(batch.map((v) => ({ ...v, source: 'demo' as const })));
    }
  });
  return { trajectories: demo.length, visits: visits.length };
}
