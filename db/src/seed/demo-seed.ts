// Writes the synthetic demo data once; a database that already has demo rows is left alone.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import * as s from '../schema/index.ts';
import { generateDemoTrajectories } from './demo-trajectories.ts';
import { generateDemoVisits } from './demo-visits.ts';
import { referenceMemberships, referenceParties } from './reference/index.ts';

const BATCH = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function hasDemoData(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s.trajectories).where(eq(s.trajectories.source, 'demo'));
  return (row?.n ?? 0) > 0;
}

/** Returns the number of trajectories and visits written (0, 0 when demo data was already there). */
export async function seedDemo(db: Db): Promise<{ trajectories: number; visits: number }> {
  if (await hasDemoData(db)) return { trajectories: 0, visits: 0 };
  const demo = generateDemoTrajectories(referenceParties, referenceMemberships);
  const visits = generateDemoVisits();
  await db.transaction(async (tx) => {
    for (const batch of chunks(demo)) {
      const inserted = await tx
        .insert(s.trajectories)
        .values(batch.map(({ steps: _steps, events: _events, ...t }) => ({ ...t, eligible: true, source: 'demo' as const })))
        .returning({ id: s.trajectories.id, caseCode: s.trajectories.caseCode, covenantId: s.trajectories.covenantId });
      const idOf = new Map(inserted.map((row) => [`${row.covenantId}/${row.caseCode}`, row.id]));
      const id = (t: (typeof batch)[number]) => {
        const found = idOf.get(`${t.covenantId}/${t.caseCode}`);
        if (!found) throw new Error(`demo trajectory ${t.caseCode} was not inserted`);
        return found;
      };
      const steps = batch.flatMap((t) => t.steps.map((step) => ({ trajectoryId: id(t), ...step })));
      for (const part of chunks(steps)) await tx.insert(s.trajectorySteps).values(part);
      const events = batch.flatMap((t) => t.events.map((event) => ({ trajectoryId: id(t), ...event })));
      if (events.length > 0) await tx.insert(s.trajectoryEvents).values(events);
    }
    for (const batch of chunks(visits)) {
      await tx.insert(s.householdVisits).values(batch.map((v) => ({ ...v, source: 'demo' as const })));
    }
  });
  return { trajectories: demo.length, visits: visits.length };
}
