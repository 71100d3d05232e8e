// Issue 16, row 14: a mutation refused inside a subgraph emptied the gateway's response cache for
// everyone, so anyone allowed to send a mutation could make every viewer's next answer expensive,
// at will. Only a write that happened may end the cached answers.
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterAll(() => p?.close());

const COUNT = '{ covenant(id: "noordoostpolder") { trajectoryCount } }';

async function countInDatabase(): Promise<number> {
  const [row] = await p.test.database.query<{ n: number }>(sql`select count(*)::int as n from trajectories.trajectories where covenant_id = 'noordoostpolder'`);
  return row?.n ?? -1;
}

/** The beheerder's exact count through the gateway (cached per scope like any aggregate). */
async function countThroughGateway(): Promise<number> {
  const { body } = await p.graphql<{ covenant: { trajectoryCount: number } }>(COUNT, {}, await p.headersFor('beheerder'));
  expect(body.errors).toBeUndefined();
  return body.data?.covenant.trajectoryCount ?? -1;
}

let written = 0;
/** A trajectory written straight into the database, past the gateway: a cached answer does not show it. */
async function writePastTheGateway(): Promise<void> {
  written += 1;
  const caseCode = `EDGE-CACHE-${String(written).padStart(4, '0')}`;
  await writeTrajectories(p.test.database.db, [
    { covenantId: 'noordoostpolder', subRegionId: null, caseCode, targetGroup: 'BW', facility: 'Beschermd wonen Emmeloord', providerId: 'kwintes', originMunicipalityId: 'gemeente-noordoostpolder', placementMunicipalityId: null, ageCategory: '28-49', landlordId: null, contractForm: null, steps: [{ step: 'aanmelding', occurredOn: '2026-01-05' }], events: [] },
  ], 'invoer');
}

async function mutate(user: string, query: string) {
  const { body } = await p.graphql<Record<string, unknown>>(query, {}, await p.headersFor(user));
  return body;
}

const BAD_CLAIM = 'mutation { submitFundClaim(claim: { fundId: "woonkans-garantiefonds", caseCode: "GEEN", depositCents: -1, lines: [] }) { id } }';
const BAD_VACANCY = 'mutation { setVacancyCount(partyId: "bestaat-niet", year: 2025, count: 4) { count } }';
const GOOD_VACANCY = (count: number) => `setVacancyCount(partyId: "zeeuwland", year: 2025, count: ${count}) { count }`;

describe('the response cache and refused mutations', () => {
  it('keeps every cached answer when a mutation is refused inside a subgraph or at the gateway', async () => {
    const cached = await countThroughGateway();
    await writePastTheGateway();
    expect(await countInDatabase()).toBe(cached + 1);
    expect(await countThroughGateway()).toBe(cached);

    // Refused by the funding subgraph (BAD_USER_INPUT), by the monitoring subgraph, and at the gateway (FORBIDDEN: not the werkgroep's).
    expect((await mutate('antares', BAD_CLAIM)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await mutate('beheerder', BAD_VACANCY)).errors?.length).toBeGreaterThan(0);
    expect((await mutate('analist', `mutation { ${GOOD_VACANCY(40)} }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(await countThroughGateway()).toBe(cached);
  });

  it('ends the cached answers after a write that happened, also when another field of the same mutation was refused', async () => {
    const cached = await countThroughGateway();
    await writePastTheGateway();
    expect(await countThroughGateway()).toBe(cached);
    const body = await mutate('beheerder', `mutation { ok: ${GOOD_VACANCY(41)} refused: submitFundClaim(claim: { fundId: "woonkans-garantiefonds", caseCode: "GEEN", depositCents: -1, lines: [] }) { id } }`);
    expect((body.errors as { path?: unknown[] }[] | undefined)?.map((e) => e.path)).toEqual([['refused']]);
    expect(await countThroughGateway()).toBe(await countInDatabase());
  });

  it('ends them after a plain successful write', async () => {
    const cached = await countThroughGateway();
    await writePastTheGateway();
    expect(await countThroughGateway()).toBe(cached);
    expect((await mutate('beheerder', `mutation { ${GOOD_VACANCY(42)} }`)).errors).toBeUndefined();
    expect(await countThroughGateway()).toBe(cached + 1);
  });
});
