// The monitor on a generated data set of over 10,000 trajectories, every figure of every covenant,
// sub-region, target group and a party each, equal to the second calculation (testing/reference-monitor.ts).
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';
import { asReference, MONITOR_FIGURES_SELECTION, MONITOR_FIGURES_VARIABLES, monitorVariables, referenceMonitor, type MonitorFiguresResult, type ReferenceScope } from './testing/index.ts';

const records = generateDemoTrajectories(referenceParties, referenceMemberships, { seed: 7, scale: 8 });
let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  await writeTrajectories(test.database.db, records, 'demo');
}, 300_000);
afterAll(() => test?.close());

const FIGURES = `query ($c: ID!, ${MONITOR_FIGURES_VARIABLES}) { _entities(representations: [{ __typename: "Covenant", id: $c }]) { ... on Covenant { ${MONITOR_FIGURES_SELECTION} } } }`;

async function figuresFor(scope: ReferenceScope): Promise<MonitorFiguresResult> {
  const result = await execute<{ _entities: MonitorFiguresResult[] }>(createServer(test.database), FIGURES, { c: scope.covenantId, ...monitorVariables(scope) }, { role: 'beheerder', organisationId: null });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0] as MonitorFiguresResult;
}

const RANGES = [
  { from: '2023-01-01', to: '2026-10-31', asOf: '2026-10-31' },
  { from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30' },
  { from: '2024-02-14', to: '2024-11-03', asOf: '2024-11-03' },
];

describe('monitor on a generated data set', () => {
  it('has more than 10,000 trajectories', () => {
    expect(records.length).toBeGreaterThan(10_000);
  });

  const covenants = [...new Set(records.map((r) => r.covenantId))];
  it.each(covenants)('%s: every figure equals the second calculation, whole and narrowed', async (covenantId) => {
    const mine = records.filter((r) => r.covenantId === covenantId);
    const subRegions = [...new Set(mine.map((r) => r.subRegionId).filter((id) => id !== null))];
    const narrowings: Partial<ReferenceScope>[] = [
      {},
      ...subRegions.map((subRegionId) => ({ subRegionId })),
      { targetGroup: 'MO' },
      { partyId: mine[0]?.originMunicipalityId },
      { partyId: mine.find((r) => r.landlordId !== null)?.landlordId, targetGroup: 'BW' },
    ];
    for (const range of RANGES) {
      for (const narrowing of narrowings) {
        const scope = { covenantId, ...range, ...narrowing };
        const expected = referenceMonitor(records, scope);
        expect(asReference(await figuresFor(scope)), JSON.stringify(scope)).toEqual(expected);
      }
    }
  });
});
