// The daily housekeeping the standalone trajectories process and `npm start` run: the audit log past
// its months, and trajectories past their retention term (the rules themselves: retention.test.ts).
import { eq, sql } from 'drizzle-orm';
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { trajectories } from '@uitstroom/db/schema';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleHousekeeping } from './housekeeping.ts';
import { closedIn2016 } from './test-fixtures.ts';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  await writeTrajectories(test.database.db, [closedIn2016('HUIS-OUD-1')], 'import');
  // Not eligible: due 5 years after closing, in 2021.
  await test.database.db.update(trajectories).set({ eligible: false }).where(eq(trajectories.caseCode, 'HUIS-OUD-1'));
  await test.database.db.execute(sql`insert into audit.audit_log (at, role, action, subject, outcome) values (now() - interval '3 years', 'beheerder', 'read', 'trajectory', 'allowed')`);
});
afterAll(() => test?.close());

describe('housekeeping', () => {
  it('removes old audit rows and trajectories past their term at once, and says what it did', async () => {
    const lines: string[] = [];
    const failures: unknown[] = [];
    const stop = await scheduleHousekeeping(test.database, { auditRetentionMonths: 12, retentionPurge: 'on' }, { done: (line) => lines.push(line), failed: (error) => failures.push(error) });
    stop();
    expect(failures).toEqual([]);
    expect(lines).toEqual(['Audit log: 1 entries older than 12 months removed', 'Retention: 1 trajectories past their term removed (0 Garantiefonds claims pseudonymised)']);
    const left = await test.database.db.select({ caseCode: trajectories.caseCode }).from(trajectories).where(eq(trajectories.caseCode, 'HUIS-OUD-1'));
    expect(left).toEqual([]);
  });

  it('reports a failed run instead of stopping the process', async () => {
    const closed = await createTestDatabase();
    await closed.close();
    const failures: unknown[] = [];
    const stop = await scheduleHousekeeping(closed.database, { auditRetentionMonths: 12, retentionPurge: 'dry-run' }, { done: () => {}, failed: (error) => failures.push(error) });
    stop();
    expect(failures).toHaveLength(1);
  });
});
