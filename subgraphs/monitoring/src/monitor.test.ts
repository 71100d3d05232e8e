// The uitstroommonitor through executeOperation, checked cell by cell against a second calculation
// in plain TypeScript straight from the generated records (not from the database).
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseWaitingTimes } from './domain/waiting-time.ts';
import { createServer } from './server.ts';

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
    waitingTime { registered { count } housed { count } stillWaiting { count } longerThanNorm { count } medianDays p75Days p90Days }
    afterHome { housed { count } temporaryRelapseWithin6Months { count } structuralRelapseWithin12Months { count } omklap { count } negativeEndings { count } }
    prognosis { months expectedOutflow openTrajectories { count } }
    signals { pastNorm { count } relapses { ${SHOWN} } negativeEndings { ${SHOWN} } }
  } } } }`;

const records = generateDemoTrajectories(referenceParties, referenceMemberships);
const stepOn = (r: (typeof records)[number], step: string) => r.steps.find((s) => s.step === step)?.occurredOn;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const inRange = (d: string | undefined) => d !== undefined && d >= FROM && d <= TO;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
}

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
  const result = await execute<{ _entities: { monitor: MonitorResult }[] }>(createServer(test.database), QUERY, { c: covenantId }, { role, organisationId: null });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0]?.monitor as MonitorResult;
}

describe.each(['walcheren', 'woonkans', 'noordoostpolder'])('uitstroommonitor %s 2024–2025', (covenantId) => {
  const mine = records.filter((r) => r.covenantId === covenantId);
  const housed = mine.filter((r) => inRange(stepOn(r, 'sleuteloverdracht')));

  it('equals the second calculation for the beheerder (exact counts)', async () => {
    const m = await monitorFor(covenantId, 'beheerder');
    expect(m.asOf).toBe(TO);
    expect(m.suppressionApplied).toBe(false);
    const rows = (b: BreakdownResult) => new Map(b.rows.map((r) => [r.key, r.value.count]));
    expect(rows(m.outflowByFacility)).toEqual(countBy(housed, (r) => r.facility));
    expect(rows(m.outflowByAgeCategory)).toEqual(countBy(housed, (r) => r.ageCategory));
    expect(m.outflowByFacility.total.count).toBe(housed.length);

    const returned = housed.filter((r) => r.placementMunicipalityId === r.originMunicipalityId);
    expect(m.woonplaatsbeginsel.housed.count).toBe(housed.length);
    expect(m.woonplaatsbeginsel.returnedToOrigin.count).toBe(returned.length);
    expect(m.woonplaatsbeginsel.shareBasisPoints).toBe(Math.floor((returned.length * 10_000) / housed.length + 0.5));
    const perGemeente = new Map(m.woonplaatsbeginsel.perGemeente.map((g) => [g.gemeente.id, [g.housed.count, g.returnedToOrigin.count]]));
    expect(perGemeente).toEqual(new Map([...countBy(housed, (r) => r.originMunicipalityId)].map(([id, n]) => [id, [n, returned.filter((r) => r.originMunicipalityId === id).length]])));

    const cohort = mine.filter((r) => inRange(stepOn(r, 'aanmelding')));
    const observations = cohort.map((r) => {
      const home = stepOn(r, 'sleuteloverdracht');
      const isHoused = home !== undefined && home <= TO;
      return { days: days(stepOn(r, 'aanmelding') as string, isHoused ? (home as string) : TO), housed: isHoused };
    });
    const summary = summariseWaitingTimes(observations);
    expect(m.waitingTime).toEqual({
      registered: { count: cohort.length },
      housed: { count: summary.housed },
      stillWaiting: { count: summary.stillWaiting },
      longerThanNorm: { count: summary.longerThanNorm },
      medianDays: summary.medianDays,
      p75Days: summary.p75Days,
      p90Days: summary.p90Days,
    });
    expect(summary.stillWaiting).toBeGreaterThan(0);

    const relapse = (r: (typeof records)[number]) => r.events.find((e) => e.kind === 'terugval');
    const within = (r: (typeof records)[number], limit: number, kind: string) => {
      const first = relapse(r);
      return first !== undefined && first.relapseKind === kind && days(stepOn(r, 'sleuteloverdracht') as string, first.occurredOn) <= limit;
    };
    expect(m.afterHome).toEqual({
      housed: { count: housed.length },
      temporaryRelapseWithin6Months: { count: housed.filter((r) => within(r, 183, 'tijdelijk')).length },
      structuralRelapseWithin12Months: { count: housed.filter((r) => within(r, 365, 'structureel')).length },
      omklap: { count: housed.filter((r) => stepOn(r, 'omklap') !== undefined).length },
      negativeEndings: { count: housed.filter((r) => r.events.some((e) => e.kind === 'negatief_einde')).length },
    });

    const open = mine.filter((r) => stepOn(r, 'aanmelding') as string <= TO && !((stepOn(r, 'sleuteloverdracht') ?? '9999') <= TO) && !((stepOn(r, 'afgesloten') ?? '9999') <= TO));
    expect(m.signals.pastNorm.count).toBe(open.filter((r) => days(stepOn(r, 'aanmelding') as string, TO) > 183).length);
    for (const p of m.prognosis) {
      expect(p.openTrajectories.count).toBe(open.length);
      expect(p.expectedOutflow).toBeGreaterThanOrEqual(0);
      expect(p.expectedOutflow).toBeLessThanOrEqual(open.length);
    }
    expect(m.prognosis.map((p) => p.months)).toEqual([3, 6, 12]);
    expect(m.prognosis[0]?.expectedOutflow).toBeLessThanOrEqual(m.prognosis[2]?.expectedOutflow ?? -1);
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
    visible(m.signals.relapses);
    visible(m.signals.negativeEndings);
  });
});
