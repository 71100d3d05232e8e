// The monitor on a generated data set of over 10,000 trajectories, every figure of every covenant,
// sub-region, target group and a party each, equal to the second calculation (testing/reference-monitor.ts).
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { cellKeyProtected } from '@uitstroom/disclosure';
import { createTestDatabase, recordKeys, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { asReference, MONITOR_FIGURES_SELECTION, MONITOR_FIGURES_VARIABLES, monitorVariables, referenceDataDate, referenceMonitor, type MonitorFiguresResult, type ReferenceScope } from './testing/index.ts';

const records = generateDemoTrajectories(referenceParties, referenceMemberships, { seed: 7, scale: 8 });
let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  await writeTrajectories(test.database.db, records, 'demo');
}, 300_000);
afterAll(() => test?.close());

const FIGURES = `query ($c: ID!, ${MONITOR_FIGURES_VARIABLES}) { _entities(representations: [{ __typename: "Covenant", id: $c }]) { ... on Covenant { ${MONITOR_FIGURES_SELECTION} } } }`;

async function figuresFor(scope: ReferenceScope, role: 'beheerder' | 'werkgroep' = 'beheerder'): Promise<MonitorFiguresResult> {
  const viewer = { role, organisationId: null, covenants: [scope.covenantId] };
  const result = await execute<{ _entities: MonitorFiguresResult[] }>(createServer(test.database), FIGURES, { c: scope.covenantId, ...monitorVariables(scope) }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0] as MonitorFiguresResult;
}

// The beheerder may ask any range; the reference date is the range's end or the data date, whichever is first.
const RANGES = [
  { from: '2023-01-01', to: '2026-10-31' },
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2024-02-14', to: '2024-11-03' },
];

describe('monitor on a generated data set', () => {
  it('has more than 10,000 trajectories', () => {
    expect(records.length).toBeGreaterThan(10_000);
  });

  const covenants = [...new Set(records.map((r) => r.covenantId))];
  const narrowingsOf = (covenantId: string): Partial<ReferenceScope>[] => {
    const mine = records.filter((r) => r.covenantId === covenantId);
    const subRegions = [...new Set(mine.map((r) => r.subRegionId).filter((id) => id !== null))];
    return [
      {},
      ...subRegions.map((subRegionId) => ({ subRegionId })),
      { targetGroup: 'MO' },
      { partyId: mine[0]?.originMunicipalityId },
      { partyId: mine.find((r) => r.landlordId !== null)?.landlordId, targetGroup: 'BW' },
    ];
  };
  it.each(covenants)('%s: every figure equals the second calculation, whole and narrowed', async (covenantId) => {
    const narrowings = narrowingsOf(covenantId);
    const dataDate = referenceDataDate(records, covenantId, todayInNetherlands()) as string;
    for (const range of RANGES) {
      const asOf = range.to < dataDate ? range.to : dataDate;
      for (const narrowing of narrowings) {
        const scope = { covenantId, ...range, asOf, ...narrowing };
        const expected = referenceMonitor(records, scope);
        expect(asReference(await figuresFor(scope)), JSON.stringify(scope)).toEqual(expected);
      }
    }
  });
});

// Protected viewers: every published count is the true count of the same people, adjusted by the
// p-table with the sum of their record keys (read here from the base table, not the view).
const PERIODS = [
  { from: '2025-01-01', to: '2025-06-30' },
  { from: '2024-07-01', to: '2024-09-30' },
  { from: '2024-01-01', to: '2024-12-31' },
];

describe('monitor on a generated data set, as a protected viewer sees it', () => {
  it.each([...new Set(records.map((r) => r.covenantId))])('%s: every published count equals the second calculation with the record keys', async (covenantId) => {
    const keys = await recordKeys(test.database);
    const keyOf = (r: { covenantId: string; caseCode: string }) => keys.get(`${r.covenantId}/${r.caseCode}`) as number;
    const mine = records.filter((r) => r.covenantId === covenantId);
    const subRegions = [...new Set(mine.map((r) => r.subRegionId).filter((id) => id !== null))];
    const dataDate = referenceDataDate(records, covenantId, todayInNetherlands()) as string;
    let differs = 0;
    for (const period of PERIODS) {
      for (const narrowing of [{}, ...subRegions.map((subRegionId) => ({ subRegionId })), { targetGroup: 'VO' as const }]) {
        const scope = { covenantId, ...period, asOf: period.to < dataDate ? period.to : dataDate, ...narrowing };
        const published = asReference(await figuresFor(scope, 'werkgroep'));
        expect(published, JSON.stringify(scope)).toEqual(referenceMonitor(records, scope, { disclosure: cellKeyProtected, keyOf }));
        if (JSON.stringify(published) !== JSON.stringify(referenceMonitor(records, scope))) differs++;
      }
    }
    // The protection is really there: the published figures are not the true ones.
    expect(differs).toBeGreaterThan(0);
  });
});
