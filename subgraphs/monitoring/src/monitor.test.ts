// The uitstroommonitor through executeOperation, checked cell by cell against a second calculation
// in plain TypeScript straight from the generated records (not from the database).
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';
import { asReference, MONITOR_FIGURES_SELECTION, MONITOR_FIGURES_VARIABLES, monitorVariables, referenceMonitor, type MonitorFiguresResult, type ReferenceScope } from './testing/index.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

const FROM = '2024-01-01';
const TO = '2025-12-31';
const SHOWN = 'count display suppressed';
const QUERY = `query ($c: ID!) { _entities(representations: [{ __typename: "Covenant", id: $c }]) { ... on Covenant {
  monitor(from: "${FROM}", to: "${TO}") {
    asOf suppressionApplied
    outflowByFacility { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    outflowByAgeCategory { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    woonplaatsbeginsel { housed { ${SHOWN} } returnedToOrigin { ${SHOWN} } shareBasisPoints perGemeente { gemeente { id } housed { ${SHOWN} } returnedToOrigin { ${SHOWN} } } }
    waitingTime { registered { count } housed { count } stillWaiting { count } longerThanNorm { ${SHOWN} } medianDays p75Days p90Days bands { housed { ${SHOWN} } stillWaiting { ${SHOWN} } } }
    afterHome { housed { count } temporaryRelapseWithin6Months { count } structuralRelapseWithin12Months { count } omklap { count } negativeEndings { count } }
    prognosis { months expectedOutflow openTrajectories { count } }
    signals { pastNorm { count } relapses { ${SHOWN} } negativeEndings { ${SHOWN} } }
  } } } }`;

const records = generateDemoTrajectories(referenceParties, referenceMemberships);

interface Shown {
  count: number | null;
  display: string;
  suppressed: boolean;
}
interface BreakdownResult {
  rows: { key: string; value: Shown }[];
  total: Shown;
}
interface MonitorResult {
  asOf: string;
  suppressionApplied: boolean;
  outflowByFacility: BreakdownResult;
  outflowByAgeCategory: BreakdownResult;
  woonplaatsbeginsel: {
    housed: Shown;
    returnedToOrigin: Shown;
    shareBasisPoints: number | null;
    perGemeente: { gemeente: { id: string }; housed: Shown; returnedToOrigin: Shown }[];
  };
  waitingTime: Record<string, unknown>;
  afterHome: Record<string, unknown>;
  prognosis: { months: number; expectedOutflow: number; openTrajectories: { count: number } }[];
  signals: { pastNorm: { count: number }; relapses: Shown; negativeEndings: Shown };
}

async function monitorFor(covenantId: string, role: 'beheerder' | 'werkgroep'): Promise<MonitorResult> {
  const result = await execute<{ _entities: { monitor: MonitorResult }[] }>(createServer(test.database), QUERY, { c: covenantId }, { role, organisationId: null, covenants: [covenantId] });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0]?.monitor as MonitorResult;
}

const FIGURES = `query ($c: ID!, ${MONITOR_FIGURES_VARIABLES}) { _entities(representations: [{ __typename: "Covenant", id: $c }]) { ... on Covenant { ${MONITOR_FIGURES_SELECTION} } } }`;

async function figuresFor(scope: ReferenceScope): Promise<MonitorFiguresResult> {
  const result = await execute<{ _entities: MonitorFiguresResult[] }>(createServer(test.database), FIGURES, { c: scope.covenantId, ...monitorVariables(scope) }, { role: 'beheerder', organisationId: null });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0] as MonitorFiguresResult;
}

describe.each(['walcheren', 'woonkans', 'noordoostpolder'])('uitstroommonitor %s 2024–2025', (covenantId) => {
  it('equals the second calculation for the beheerder (exact counts)', async () => {
    const m = await monitorFor(covenantId, 'beheerder');
    expect(m.asOf).toBe(TO);
    expect(m.suppressionApplied).toBe(false);
    const scope = { covenantId, from: FROM, to: TO, asOf: TO };
    const figures = await figuresFor(scope);
    const expected = referenceMonitor(records, scope);
    expect(asReference(figures)).toEqual(expected);
    expect(expected.waitingTime.stillWaiting).toBeGreaterThan(0);
    expect(m.woonplaatsbeginsel.shareBasisPoints).toBe(Math.floor((expected.woonplaatsbeginsel.returned * 10_000) / expected.woonplaatsbeginsel.housed + 0.5));
    for (const p of m.prognosis) {
      expect(p.expectedOutflow).toBeGreaterThanOrEqual(0);
      expect(p.expectedOutflow).toBeLessThanOrEqual(expected.open);
    }
    expect(m.prognosis.map((p) => p.months)).toEqual([3, 6, 12]);
    expect(m.prognosis[0]?.expectedOutflow).toBeLessThanOrEqual(m.prognosis[2]?.expectedOutflow ?? -1);
  });

  it('narrows to a target group and to a party, equal to the second calculation', async () => {
    const party = records.find((r) => r.covenantId === covenantId)?.providerId as string;
    for (const narrowing of [{ targetGroup: 'MO' as const }, { partyId: party }, { targetGroup: 'BW' as const, partyId: party }]) {
      const scope = { covenantId, from: FROM, to: TO, asOf: TO, ...narrowing };
      const expected = referenceMonitor(records, scope);
      expect(expected.woonplaatsbeginsel.housed).toBeGreaterThan(0);
      expect(asReference(await figuresFor(scope))).toEqual(expected);
    }
  });

  it('hides small numbers for the werkgroep and shows shown ones truthfully', async () => {
    const exact = await monitorFor(covenantId, 'beheerder');
    const m = await monitorFor(covenantId, 'werkgroep');
    expect(m.suppressionApplied).toBe(true);
    const visible = (v: Shown) => {
      if (v.suppressed) expect(v).toEqual({ count: null, display: '<5', suppressed: true });
      else expect(v.count === 0 || (v.count as number) >= 5).toBe(true);
    };
    m.outflowByFacility.rows.forEach((r, i) => {
      visible(r.value);
      if (!r.value.suppressed) expect(r.value.count).toBe(exact.outflowByFacility.rows[i]?.value.count);
    });
    // A breakdown never hides exactly one row while its total is shown.
    const hiddenRows = m.outflowByFacility.rows.filter((r) => r.value.suppressed).length;
    if (!m.outflowByFacility.total.suppressed) expect(hiddenRows === 0 || hiddenRows >= 2).toBe(true);
    for (const g of m.woonplaatsbeginsel.perGemeente) {
      visible(g.housed);
      visible(g.returnedToOrigin);
    }
    const bands = (m.waitingTime.bands as { housed: Shown; stillWaiting: Shown }[]).flatMap((b) => [b.housed, b.stillWaiting]);
    bands.forEach(visible);
    // "Longer than the norm" is the sum of the last four bands: shown only when they all are.
    if (!(m.waitingTime.longerThanNorm as Shown).suppressed) expect(bands.slice(4).every((b) => !b.suppressed)).toBe(true);
    visible(m.signals.relapses);
    visible(m.signals.negativeEndings);
  });
});

describe('narrowing to something the covenant does not have', () => {
  it.each([
    [{ subRegionId: 'woonkans-zuid' }, '"woonkans-zuid" is not a sub-region of covenant "woonkans": its sub-regions are woonkans-midden, woonkans-noord'],
    [{ partyId: 'vlissingen' }, 'party "vlissingen" is not a member of covenant "woonkans"'],
  ])('%j is refused with a message that says why', async (narrowing, message) => {
    const result = await execute(createServer(test.database), FIGURES, { c: 'woonkans', ...monitorVariables({ covenantId: 'woonkans', from: FROM, to: TO, asOf: TO, ...narrowing }) }, { role: 'werkgroep', organisationId: null, covenants: ['woonkans'] });
    expect(result.errors?.[0]?.message).toBe(message);
  });
});
