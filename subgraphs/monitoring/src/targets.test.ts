// Targets through the API on the demo data: realised counted from the published views equals a
// count straight from the generated visits and trajectories; a ratio target waits for its vacancy count.
import { generateDemoTrajectories, generateDemoVisits, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { cellKeyProtected } from '@uitstroom/disclosure';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressOn } from './domain/progress.ts';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

const PROGRESS = 'periodStart periodEnd asOf target realised { count display suppressed protected } expectedByNow projection projectionMethod status statusLabel reliable vacanciesPreviousYear missingInput';
const beheerder = { role: 'beheerder' as const, organisationId: null };
const MEPPEL = { kind: 'aantal', amount: 100, basisPoints: null, period: 'jaar', validFrom: '2025-03-13', validTo: null, toleranceBasisPoints: 1000 } as const;

async function run<T>(query: string, variables: Record<string, unknown> = {}, viewer: { role: string; organisationId: null } = beheerder) {
  return execute<T>(createServer(test.database), query, variables, viewer as never);
}

describe('targets', () => {
  it('lists every covenant target with its definition', async () => {
    const result = await run<{ targets: { id: string; metric: string; kind: string; amount: number | null; consequence: string | null }[] }>('{ targets { id metric kind amount consequence } }');
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data?.targets.map((t) => [t.id, t]));
    expect(byId.get('meppel-vzw-bezoeken')).toMatchObject({ metric: 'BEZOEKEN', kind: 'AANTAL', amount: 100 });
    expect(byId.get('meppel-vzw-bezoeken')?.consequence).toContain('art. 10.4');
    expect(byId.get('woonkans-noord-woningen')).toMatchObject({ metric: 'WONINGEN', amount: 120 });
    expect(byId.get('walcheren-lescaut-vrijgekomen')).toMatchObject({ kind: 'AANDEEL_VRIJGEKOMEN', amount: null });
  });

  it("Meppel's visits: realised equals the generated visits, status as the progress rule says", async () => {
    const on = '2026-06-30';
    const result = await run<{ _entities: { progress: Record<string, unknown> }[] }>(
      `query ($on: Date) { _entities(representations: [{ __typename: "Target", id: "meppel-vzw-bezoeken" }]) { ... on Target { progress(on: $on) { ${PROGRESS} } } } }`,
      { on },
    );
    expect(result.errors).toBeUndefined();
    const visits = generateDemoVisits();
    const daily = new Map<string, { n: number; keySum: number }>();
    for (const v of visits) daily.set(v.visitedOn, { n: (daily.get(v.visitedOn)?.n ?? 0) + 1, keySum: 0 });
    const expected = progressOn({ target: MEPPEL, on, daily, vacanciesPreviousYear: null });
    const progress = result.data?._entities[0]?.progress;
    const realised = visits.filter((v) => v.visitedOn >= '2026-01-01' && v.visitedOn <= on).length;
    expect(progress).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-12-31', asOf: on, realised: { count: realised, display: String(realised), suppressed: false, protected: false } });
    expect(realised).toBeGreaterThan(0);
    expect(progress?.status).toBe(expected.status?.toUpperCase());
    expect(progress?.projection).toBeCloseTo(expected.projection, 6);
  });

  it('Woonkans Noord: homes received in the sub-region, counted on the key handover', async () => {
    const on = '2025-12-31';
    const result = await run<{ _entities: { progress: { realised: { count: number }; target: number } }[] }>(
      `query ($on: Date) { _entities(representations: [{ __typename: "Target", id: "woonkans-noord-woningen" }]) { ... on Target { progress(on: $on) { realised { count } target } } } }`,
      { on },
    );
    const housed = generateDemoTrajectories(referenceParties, referenceMemberships).filter((r) => {
      const home = r.steps.find((s) => s.step === 'sleuteloverdracht')?.occurredOn;
      return r.subRegionId === 'woonkans-noord' && home !== undefined && home >= '2025-01-01' && home <= on;
    });
    expect(result.data?._entities[0]?.progress).toEqual({ realised: { count: housed.length }, target: 120 });
  });

  it("Meppel's visits as the werkgroep sees them: realised protected with the visits' record keys, projection and status from it", async () => {
    const on = '2026-06-30';
    const werkgroep = { role: 'werkgroep', organisationId: null, covenants: ['meppel-vzw'] };
    const query = `query ($on: Date) { _entities(representations: [{ __typename: "Target", id: "meppel-vzw-bezoeken" }]) { ... on Target { progress(on: $on) { ${PROGRESS} } } } }`;
    const result = await run<{ _entities: { progress: { realised: unknown; projection: number; status: string } }[] }>(query, { on }, werkgroep as never);
    expect(result.errors).toBeUndefined();
    const rows = await test.database.query<{ visited_on: string; n: number; key_sum: number }>(sql`
      select visited_on::text, count(*)::int as n, (sum(record_key) % 2147483648)::int as key_sum
      from trajectories.household_visits where covenant_id = 'meppel-vzw' group by 1`);
    const daily = new Map(rows.map((r) => [r.visited_on, { n: r.n, keySum: r.key_sum }]));
    const expected = progressOn({ target: MEPPEL, on, daily, vacanciesPreviousYear: null, disclosure: cellKeyProtected });
    const progress = result.data?._entities[0]?.progress;
    expect(progress?.realised).toEqual(expected.realisedShown);
    expect(progress?.projection).toBeCloseTo(expected.projection, 6);
    expect(progress?.status).toBe(expected.status?.toUpperCase());
    // Off the grid: a day that is neither a month's end nor the data date.
    const refused = await run(query, { on: '2026-06-17' }, werkgroep as never);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('ask for 2026-05-31 or 2026-06-30');
  });

  it('measures up to the data date by default, never past it', async () => {
    const result = await run<{ _entities: { dataDate: string; targets: { id: string; progress: { asOf: string } }[] }[] }>(
      '{ _entities(representations: [{ __typename: "Covenant", id: "meppel-vzw" }]) { ... on Covenant { dataDate targets { id progress { asOf } } } } }',
    );
    const covenant = result.data?._entities[0];
    const lastVisit = generateDemoVisits().map((v) => v.visitedOn).filter((d) => d <= todayInNetherlands()).sort().at(-1);
    expect(covenant?.dataDate).toBe(lastVisit);
    expect(covenant?.targets[0]?.progress.asOf).toBe(lastVisit);
    const later = await run<{ _entities: { progress: { asOf: string } }[] }>(`{ _entities(representations: [{ __typename: "Target", id: "meppel-vzw-bezoeken" }]) { ... on Target { progress(on: "2099-12-31") { asOf } } } }`);
    expect(later.data?._entities[0]?.progress.asOf).toBe(lastVisit);
  });

  it('a ratio target says what it misses, and counts once the vacancy count is recorded', async () => {
    const query = `{ _entities(representations: [{ __typename: "Target", id: "walcheren-lescaut-vrijgekomen" }]) { ... on Target { progress(on: "2023-09-30") { target status statusLabel missingInput vacanciesPreviousYear } } } }`;
    const before = await run<{ _entities: { progress: Record<string, unknown> }[] }>(query);
    expect(before.data?._entities[0]?.progress).toEqual({
      target: null,
      status: null,
      statusLabel: 'onbekend: het aantal in 2022 vrijgekomen woningen van deze corporatie ontbreekt',
      missingInput: 'het aantal in 2022 vrijgekomen woningen van deze corporatie ontbreekt',
      vacanciesPreviousYear: null,
    });
    const set = await run<{ setVacancyCount: { year: number; count: number; party: { id: string } } }>('mutation { setVacancyCount(partyId: "lescaut", year: 2022, count: 300) { year count party { id } } }');
    expect(set.data?.setVacancyCount).toEqual({ year: 2022, count: 300, party: { id: 'lescaut' } });
    const after = await run<{ _entities: { progress: { target: number; status: string; vacanciesPreviousYear: number } }[] }>(query);
    expect(after.data?._entities[0]?.progress.vacanciesPreviousYear).toBe(300);
    expect(after.data?._entities[0]?.progress.target).toBeCloseTo((300 * 0.05 * 183) / 365, 10);
    expect(['OP_KOERS', 'ACHTER', 'BOVEN']).toContain(after.data?._entities[0]?.progress.status);
  });

  it('refuses a vacancy count for a party without a ratio target, and from a role that may not', async () => {
    const wrong = await run('mutation { setVacancyCount(partyId: "woonconcept", year: 2024, count: 10) { count } }');
    expect(wrong.errors?.[0]?.message).toBe('party "woonconcept" has no target that counts a share of vacated homes');
    const analist = await run('mutation { setVacancyCount(partyId: "lescaut", year: 2022, count: 10) { count } }', {}, { role: 'analist', organisationId: null });
    expect(analist.errors?.[0]?.message).toContain('may not record vacancy counts');
  });
});
