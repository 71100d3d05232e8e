// Migrations, reference data and demo data on the database under test (PGlite, or PostgreSQL in CI).
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './prepare.ts';
import * as s from './schema/index.ts';
import { generateDemoTrajectories, generateDemoVisits } from './seed/index.ts';
import { referenceCovenants, referenceMemberships, referenceParties } from './seed/reference/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
}, 120_000);
afterAll(() => test?.close());

describe('prepared database', () => {
  it('has one PostgreSQL schema per owning subgraph', async () => {
    const rows = await test.database.query<{ nspname: string }>(
      sql`select nspname from pg_namespace where nspname in ('parties', 'trajectories', 'funding', 'monitoring') order by nspname`,
    );
    const names = rows.map((r) => r.nspname);
    expect(names).toEqual(['funding', 'monitoring', 'parties', 'trajectories']);
  });

  it('holds every reference party and covenant', async () => {
    const [parties] = await test.database.db.select({ n: count() }).from(s.parties);
    const [covenants] = await test.database.db.select({ n: count() }).from(s.covenants);
    expect(parties?.n).toBe(referenceParties.length);
    expect(covenants?.n).toBe(referenceCovenants.length);
  });

  it('holds exactly the generated demo trajectories, steps and visits, all labelled demo', async () => {
    const demo = generateDemoTrajectories(referenceParties, referenceMemberships);
    const [trajectories] = await test.database.db.select({ n: count() }).from(s.trajectories).where(eq(s.trajectories.source, 'demo'));
    const [steps] = await test.database.db.select({ n: count() }).from(s.trajectorySteps);
    const [visits] = await test.database.db.select({ n: count() }).from(s.householdVisits);
    expect(trajectories?.n).toBe(demo.length);
    expect(steps?.n).toBe(demo.reduce((sum, t) => sum + t.steps.length, 0));
    expect(visits?.n).toBe(generateDemoVisits().length);
  });

  it('is idempotent: preparing again adds nothing', async () => {
    const again = await prepareDatabase(test.database, { demoData: true });
    expect(again).toEqual({ demoTrajectories: 0, demoVisits: 0 });
    const [parties] = await test.database.db.select({ n: count() }).from(s.parties);
    expect(parties?.n).toBe(referenceParties.length);
  });

  it('restores reference values on restart but keeps rows users added', async () => {
    const db = test.database.db;
    await db.update(s.parties).set({ name: 'Hernoemd' }).where(eq(s.parties.id, 'actium'));
    await db.insert(s.targets).values({
      id: 'eigen-streefaantal',
      covenantId: 'walcheren',
      metric: 'woningen',
      kind: 'aantal',
      amount: 12,
      period: 'jaar',
      validFrom: '2026-01-01',
      description: 'Door de werkgroep toegevoegd',
      source: 'werkgroep',
    });
    await prepareDatabase(test.database, { demoData: true });
    const [actium] = await db.select({ name: s.parties.name }).from(s.parties).where(eq(s.parties.id, 'actium'));
    expect(actium?.name).toBe(referenceParties.find((p) => p.id === 'actium')?.name);
    const [own] = await db.select({ amount: s.targets.amount }).from(s.targets).where(eq(s.targets.id, 'eigen-streefaantal'));
    expect(own?.amount).toBe(12);
  });
});
