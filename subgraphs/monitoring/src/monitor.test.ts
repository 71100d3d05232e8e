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
const SHOWN = 'count display suppressed protected';
const QUERY = `query ($c: ID!, $from: Date!, $to: Date!) { _entities(representations: [{ __typename: "Covenant", id: $c }]) { ... on Covenant {
  monitor(from: $from, to: $to) {
    asOf protectionApplied
    outflowByFacility { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    outflowByAgeCategory { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    woonplaatsbeginsel { housed { ${SHOWN} } returnedToOrigin { ${SHOWN} } shareBasisPoints perGemeente { gemeente { id } housed { ${SHOWN} } returnedToOrigin { ${SHOWN} } } }
    waitingTime { registered { ${SHOWN} } housed { ${SHOWN} } stillWaiting { ${SHOWN} } longerThanNorm { ${SHOWN} } medianDays p75Days p90Days bands { housed { ${SHOWN} } stillWaiting { ${SHOWN} } } }
    afterHome { housed { ${SHOWN} } temporaryRelapseWithin6Months { ${SHOWN} } structuralRelapseWithin12Months { ${SHOWN} } omklap { ${SHOWN} } negativeEndings { ${SHOWN} } }
    prognosis { months expectedOutflow openTrajectories { ${SHOWN} } }
    signals { pastNorm { ${SHOWN} } relapses { ${SHOWN} } negativeEndings { ${SHOWN} } }
  } } } }`;

const records = generateDemoTrajectories(referenceParties, referenceMemberships);

interface Shown {
  count: number | null;
  display: string;
  suppressed: boolean;
  protected: boolean;
}
interface BreakdownResult {
  rows: { key: string; value: Shown }[];
  total: Shown;
}
interface MonitorResult {
  asOf: string;
  protectionApplied: boolean;
  outflowByFacility: BreakdownResult;
  outflowByAgeCategory: BreakdownResult;
  woonplaatsbeginsel: {
    housed: Shown;
    returnedToOrigin: Shown;
    shareBasisPoints: number | null;
    perGemeente: { gemeente: { id: string }; housed: Shown; returnedToOrigin: Shown }[];
  };
  waitingTime: Record<string, Shown> & { bands: { housed: Shown; stillWaiting: Shown }[] };
  afterHome: Record<string, Shown>;
  prognosis: { months: number; expectedOutflow: number | null; openTrajectories: Shown }[];
  signals: { pastNorm: Shown; relapses: Shown; negativeEndings: Shown };
}

async function monitorFor(covenantId: string, role: 'beheerder' | 'werkgroep', from = FROM, to = TO): Promise<MonitorResult> {
  const result = await execute<{ _entities: { monitor: MonitorResult }[] }>(createServer(test.database), QUERY, { c: covenantId, from, to }, { role, organisationId: null, covenants: [covenantId] });
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
    expect(m.protectionApplied).toBe(false);
    const scope = { covenantId, from: FROM, to: TO, asOf: TO };
    const figures = await figuresFor(scope);
    const expected = referenceMonitor(records, scope);
    expect(asReference(figures)).toEqual(expected);
    expect(expected.waitingTime.stillWaiting).toBeGreaterThan(0);
    const { returned, housed } = expected.woonplaatsbeginsel as { returned: number; housed: number };
    expect(m.woonplaatsbeginsel.shareBasisPoints).toBe(Math.floor((returned * 10_000) / housed + 0.5));
    for (const p of m.prognosis) {
      expect(p.expectedOutflow).not.toBeNull();
      expect(p.expectedOutflow).toBeGreaterThanOrEqual(0);
      expect(p.expectedOutflow).toBeLessThanOrEqual(expected.open as number);
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

  it('protects every count for the werkgroep: "<5" only for a published 1–4, the same people always the same number', async () => {
    const m = await monitorFor(covenantId, 'werkgroep', '2025-01-01', '2025-12-31');
    expect(m.protectionApplied).toBe(true);
    const all = [
      ...m.outflowByFacility.rows.map((r) => r.value),
      m.outflowByFacility.total,
      ...m.outflowByAgeCategory.rows.map((r) => r.value),
      ...m.woonplaatsbeginsel.perGemeente.flatMap((g) => [g.housed, g.returnedToOrigin]),
      ...Object.values(m.afterHome),
      ...m.waitingTime.bands.flatMap((b) => [b.housed, b.stillWaiting]),
      m.waitingTime.registered,
      m.waitingTime.longerThanNorm,
      ...Object.values(m.signals),
    ];
    for (const v of all as Shown[]) {
      expect(v.protected).toBe(true);
      if (v.suppressed) expect(v).toEqual({ count: null, display: '<5', suppressed: true, protected: true });
      else expect(v.display).toBe(String(v.count));
    }
    // Rows are listed only where their published count is above 0.
    for (const r of [...m.outflowByFacility.rows, ...m.outflowByAgeCategory.rows]) expect(r.value.count).not.toBe(0);
    // One group of people, four tables: one number.
    const housed = [m.outflowByFacility.total, m.outflowByAgeCategory.total, m.woonplaatsbeginsel.housed, m.afterHome.housed as Shown];
    expect(new Set(housed.map((h) => h.display)).size).toBe(1);
    expect(m.waitingTime.longerThanNorm).toEqual(m.signals.pastNorm);
    // Asked again: the same numbers, so nothing to average away.
    expect(await monitorFor(covenantId, 'werkgroep', '2025-01-01', '2025-12-31')).toEqual(m);
  });

  it('refuses the werkgroep a range that is not one whole period, and names the periods around it', async () => {
    const result = await execute(createServer(test.database), QUERY, { c: covenantId, from: '2025-01-01', to: '2025-02-10' }, { role: 'werkgroep', organisationId: null, covenants: [covenantId] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('figures for role werkgroep exist only for whole calendar quarters, half-years and years');
    expect(result.errors?.[0]?.message).toContain('2025-K1 (2025-01-01 to 2025-03-31)');
  });
});

describe('narrowing to something the covenant does not have', () => {
  it.each([
    [{ subRegionId: 'woonkans-zuid' }, '"woonkans-zuid" is not a sub-region of covenant "woonkans": its sub-regions are woonkans-midden, woonkans-noord'],
    [{ partyId: 'vlissingen' }, 'party "vlissingen" is not a member of covenant "woonkans"'],
  ])('%j is refused with a message that says why', async (narrowing, message) => {
    const result = await execute(createServer(test.database), FIGURES, { c: 'woonkans', ...monitorVariables({ covenantId: 'woonkans', from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', ...narrowing }) }, { role: 'beheerder', organisationId: null });
    expect(result.errors?.[0]?.message).toBe(message);
  });
});

describe('narrowing to a party as a protected viewer', () => {
  const ask = (partyId: string, viewer: { role: 'werkgroep' | 'analist'; organisationId: string | null }) =>
    execute(createServer(test.database), FIGURES, { c: 'woonkans', ...monitorVariables({ covenantId: 'woonkans', from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', partyId }) }, { ...viewer, covenants: ['woonkans'] });

  it('is open for the viewer’s own organisation', async () => {
    const own = await ask('gemeente-venlo', { role: 'werkgroep', organisationId: 'gemeente-venlo' });
    expect(own.errors).toBeUndefined();
  });

  it('is refused for another party, and for a viewer without an organisation: side by side the shares of every party would partition the figures', async () => {
    const other = await ask('gemeente-venray', { role: 'werkgroep', organisationId: 'gemeente-venlo' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toBe('narrowing to a party (partyId) is for that party\'s own users and the beheerder: "gemeente-venray" is not your organisation (yours is "gemeente-venlo")');
    const analist = await ask('gemeente-venlo', { role: 'analist', organisationId: null });
    expect(analist.errors?.[0]?.message).toContain('your token names no organisation');
  });
});
