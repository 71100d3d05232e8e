// The gateway's response cache over real HTTP: answers are kept per viewer scope (one organisation
// never gets another's), case-level reads always reach their subgraph (each is audited), and a
// write through the gateway makes every earlier answer unreachable.
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { perturb } from '@uitstroom/disclosure';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type DemoClaims, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterAll(() => p?.close());

const COUNT = '{ covenant(id: "noordoostpolder") { trajectoryCount } }';
type Count = { covenant: { trajectoryCount: number } };

async function countInDatabase(): Promise<number> {
  const [row] = await p.test.database.query<{ n: number }>(sql`select count(*)::int as n from trajectories.trajectories where covenant_id = 'noordoostpolder'`);
  return row?.n ?? -1;
}

/** What a protected viewer is shown of that count now: the count with its record keys, through the p-table. */
async function protectedCountInDatabase(): Promise<number> {
  const [row] = await p.test.database.query<{ n: number; key_sum: number }>(
    sql`select count(*)::int as n, (sum(record_key) % 2147483648)::int as key_sum from trajectories.trajectories where covenant_id = 'noordoostpolder'`,
  );
  return perturb({ n: row?.n ?? 0, keySum: row?.key_sum ?? 0 });
}

async function ask<T>(who: string | DemoClaims, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await p.graphql<T>(query, variables, await p.headersFor(who));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

describe('response cache', () => {
  it('keeps answers per viewer scope: two werkgroepen of different covenants never share one', async () => {
    const woonkans: DemoClaims = { id: 'wg-woonkans', role: 'werkgroep', covenants: ['woonkans'] };
    const walcheren: DemoClaims = { id: 'wg-walcheren', role: 'werkgroep', covenants: ['walcheren'] };
    for (let round = 0; round < 2; round++) {
      expect((await ask<{ covenants: { id: string }[] }>(woonkans, '{ covenants { id } }')).covenants.map((c) => c.id)).toEqual(['woonkans']);
      expect((await ask<{ covenants: { id: string }[] }>(walcheren, '{ covenants { id } }')).covenants.map((c) => c.id)).toEqual(['walcheren']);
    }
  });

  it('serves a repeated aggregate from memory, and a write through the gateway ends that', async () => {
    const before = (await ask<Count>('werkgroep', COUNT)).covenant.trajectoryCount;
    expect(before).toBe(await protectedCountInDatabase());
    const exactBefore = (await ask<Count>('beheerder', COUNT)).covenant.trajectoryCount;
    expect(exactBefore).toBe(await countInDatabase());
    // Written straight into the database, past the gateway: the cached answers stay as they were.
    await writeTrajectories(p.test.database.db, [
      { covenantId: 'noordoostpolder', subRegionId: null, caseCode: 'CACHE-0001', targetGroup: 'BW', facility: 'Beschermd wonen Emmeloord', providerId: 'kwintes', originMunicipalityId: 'gemeente-noordoostpolder', placementMunicipalityId: null, ageCategory: '28-49', landlordId: null, contractForm: null, steps: [{ step: 'aanmelding', occurredOn: '2026-01-05' }], events: [] },
    ], 'invoer');
    expect(await countInDatabase()).toBe(exactBefore + 1);
    expect((await ask<Count>('werkgroep', COUNT)).covenant.trajectoryCount).toBe(before);
    expect((await ask<Count>('beheerder', COUNT)).covenant.trajectoryCount).toBe(exactBefore);
    // The same scope in another user's token shares the answer; another scope computes its own.
    expect((await ask<Count>({ id: 'beheerder-2', role: 'beheerder' }, COUNT)).covenant.trajectoryCount).toBe(exactBefore);
    expect((await ask<Count>('analist', COUNT)).covenant.trajectoryCount).toBe(await protectedCountInDatabase());
    // Any mutation through the gateway: the next answer is computed afresh.
    await ask('beheerder', 'mutation { setVacancyCount(partyId: "zeeuwland", year: 2025, count: 40) { count } }');
    expect((await ask<Count>('werkgroep', COUNT)).covenant.trajectoryCount).toBe(await protectedCountInDatabase());
    expect((await ask<Count>('beheerder', COUNT)).covenant.trajectoryCount).toBe(exactBefore + 1);
  });

  it('never keeps a case-level answer: each look reaches the subgraph and is audited', async () => {
    const LIST = '{ covenant(id: "noordoostpolder") { trajectories(limit: 1) { caseCode } } }';
    const first = await ask<{ covenant: { trajectories: { caseCode: string }[] } }>('beheerder', LIST);
    const caseCode = first.covenant.trajectories[0]?.caseCode as string;
    await ask('beheerder', LIST);
    const looks = await getAuditLog(p.test.database.db, { caseCode, limit: 50 });
    expect(looks.filter((r) => r.action === 'read' && r.outcome === 'allowed').length).toBe(2);
  });
});
