// The secret record keys of the disclosure control: drawn by the database for every new trajectory,
// kept when the trajectory changes, summed per group in SQL as the cell key, never exported.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trajectories } from '../schema/trajectories.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { getOutflowBreakdown } from './monitoring.ts';
import { exportCase } from './retention.ts';
import { writeTrajectories, type TrajectoryRecord } from './trajectory-records.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

function person(i: number, housedOn = '2025-05-10'): TrajectoryRecord {
  return {
    covenantId: 'woonkans',
    subRegionId: 'woonkans-noord',
    caseCode: `KEY-${i}`,
    targetGroup: 'BW',
    facility: i % 2 === 0 ? 'Beschermd wonen' : 'Nachtopvang',
    providerId: 'vincent-van-gogh',
    originMunicipalityId: 'gemeente-venlo',
    placementMunicipalityId: 'gemeente-venlo',
    ageCategory: '28-49',
    landlordId: 'woonwenz',
    contractForm: 'driepartijen',
    steps: [
      { step: 'aanmelding', occurredOn: '2025-01-10' },
      { step: 'sleuteloverdracht', occurredOn: housedOn },
    ],
    events: [],
  };
}

const keys = async () => new Map((await t.database.db.select({ code: trajectories.caseCode, key: trajectories.recordKey }).from(trajectories)).map((r) => [r.code, r.key]));

describe('record keys', () => {
  it('are drawn for every new trajectory, whole numbers in [0, 2^31), all different', async () => {
    await writeTrajectories(t.database.db, Array.from({ length: 40 }, (_, i) => person(i)), 'import');
    const drawn = await keys();
    expect(drawn.size).toBe(40);
    for (const key of drawn.values()) {
      expect(Number.isInteger(key)).toBe(true);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** 31);
    }
    expect(new Set(drawn.values()).size).toBe(40);
  });

  it('are kept when an import changes a trajectory, and cannot be set by one', async () => {
    const before = await keys();
    const changed = { ...person(3, '2025-06-01'), recordKey: 7 } as TrajectoryRecord;
    expect((await writeTrajectories(t.database.db, [changed], 'import')).updated).toBe(1);
    expect(await keys()).toEqual(before);
  });

  it('add up per group in SQL as the cell key, modulo 2^31', async () => {
    const drawn = await keys();
    const rows = await getOutflowBreakdown(t.database.db, { covenantId: 'woonkans', from: '2025-01-01', to: '2025-12-31' }, 'facility');
    for (const row of rows) {
      const codes = Array.from({ length: 40 }, (_, i) => i).filter((i) => person(i).facility === row.key).map((i) => `KEY-${i}`);
      expect(row.count).toBe(codes.length);
      expect(row.keySum).toBe(codes.reduce((sum, code) => (sum + (drawn.get(code) as number)) % 2 ** 31, 0));
    }
  });

  it('are never part of a case export', async () => {
    const exported = await exportCase(t.database.db, 'woonkans', 'KEY-1');
    expect(exported.found).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('recordKey');
    expect(JSON.stringify(exported)).not.toContain('record_key');
  });

  it('are published only to the monitoring views, not through the fund claims view', async () => {
    const [view] = await t.database.query<{ columns: string }>(sql`
      select string_agg(column_name, ',') as columns from information_schema.columns where table_schema = 'trajectories' and table_name = 'fund_claim_cases'`);
    expect(view?.columns).not.toContain('record_key');
    const [row] = await t.database.db.select({ key: trajectories.recordKey }).from(trajectories).where(eq(trajectories.caseCode, 'KEY-1'));
    expect(row?.key).toBeTypeOf('number');
  });
});
