// The monitoring subgraph through executeOperation: figures equal a direct count on the base tables.
import { createTestDatabase, directOutflowCounts, directOutflowTallies, type TestDatabase } from '@uitstroom/db/testing';
import { perturb } from '@uitstroom/disclosure';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

interface Shown {
  count: number | null;
  display: string;
  suppressed: boolean;
}

interface Report {
  total: Shown | null;
  periods: { code: string }[];
  cells: { periodCode: string; targetGroup: string; value: Shown }[];
  periodTotals: { periodCode: string; value: Shown }[];
  protectionApplied: boolean;
}

const REPORT_FIELDS = `total { count display suppressed } periods { code } protectionApplied
  cells { periodCode targetGroup value { count display suppressed } } periodTotals { periodCode value { count display suppressed } }`;

describe('monitoring subgraph: uitstroom per doelgroep', () => {
  it.each(['walcheren', 'woonkans', 'noordoostpolder'])('%s 2023–2026 equals a direct SQL count', async (covenantId) => {
    const result = await execute<{ outflow: Report }>(
      createServer(test.database),
      `query ($c: ID!) { outflow(covenantId: $c, from: "2023-01-01", to: "2026-12-31") { ${REPORT_FIELDS} } }`,
      { c: covenantId },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.outflow as Report;
    const expected = await directOutflowCounts(test.database, covenantId, '2023-01-01', '2026-12-31');
    // The beheerder sees exact counts.
    expect(report.protectionApplied).toBe(false);
    expect(new Map(report.cells.map((c) => [`${c.periodCode}/${c.targetGroup}`, c.value.count]))).toEqual(expected);
    expect(report.total?.count).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(report.total?.count).toBeGreaterThan(0);
    expect(report.periods).toHaveLength(16);
  });

  it('protects every cell for the werkgroep: the true count of its people adjusted by their record keys, "<5" only for 1–4', async () => {
    const result = await execute<{ outflow: Report }>(
      createServer(test.database),
      `{ outflow(covenantId: "noordoostpolder", from: "2023-01-01", to: "2026-12-31") { ${REPORT_FIELDS} } }`,
      {},
      { role: 'werkgroep', organisationId: null, covenants: ['noordoostpolder'] },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.outflow as Report;
    const truth = await directOutflowTallies(test.database, 'noordoostpolder', '2023-01-01', '2026-12-31');
    expect(report.protectionApplied).toBe(true);
    const published = new Map([...truth].map(([key, t]) => [key, perturb(t)]));
    // Listed exactly where the published count is above 0, each with its published count.
    const listed = new Map(report.cells.map((c) => [`${c.periodCode}/${c.targetGroup}`, c.value]));
    expect(new Set(listed.keys())).toEqual(new Set([...published].filter(([, p]) => p > 0).map(([key]) => key)));
    for (const [key, value] of listed) {
      const p = published.get(key) as number;
      expect(value, key).toEqual(p < 5 ? { count: null, display: '<5', suppressed: true } : { count: p, display: String(p), suppressed: false });
    }
    // Noordoostpolder is small (25 a year): some cells must show "<5" and some differ from the truth, or this proves nothing.
    expect(report.cells.some((c) => c.value.suppressed)).toBe(true);
    expect([...truth].some(([key, t]) => published.get(key) !== t.n)).toBe(true);
    // A period total is its own group: the quarter's people, not the sum of the published cells.
    for (const total of report.periodTotals) {
      const inPeriod = [...truth].filter(([key]) => key.startsWith(`${total.periodCode}/`)).map(([, t]) => t);
      const n = inPeriod.reduce((s, t) => s + t.n, 0);
      const keySum = inPeriod.reduce((s, t) => (s + t.keySum) % 2 ** 31, 0);
      expect(total.value.count ?? 'hidden').toBe(perturb({ n, keySum }) >= 1 && perturb({ n, keySum }) <= 4 ? 'hidden' : perturb({ n, keySum }));
    }
    // Four years are not one calendar period: no total over the range.
    expect(report.total).toBeNull();
  });

  it('refuses the werkgroep a range that does not start and end on its granularity’s periods', async () => {
    const result = await execute(createServer(test.database), '{ outflow(covenantId: "walcheren", from: "2025-01-15", to: "2025-12-31") { total { display } } }', {}, { role: 'werkgroep', organisationId: null, covenants: ['walcheren'] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'figures for role werkgroep exist only for whole calendar quarters at this granularity: from must be the first day of one (2025-01-01) and to the last day of one (2025-12-31); got 2025-01-15 to 2025-12-31',
    );
  });

  it('divides into half-years and limits to a sub-region', async () => {
    const query = `query ($s: ID) { _entities(representations: [{ __typename: "Covenant", id: "woonkans" }]) {
      ... on Covenant { outflow(from: "2025-01-01", to: "2025-12-31", granularity: HALF_YEAR, subRegionId: $s) { total { count } periods { code } } } } }`;
    const all = await execute<{ _entities: { outflow: Report }[] }>(createServer(test.database), query, { s: null });
    const noord = await execute<{ _entities: { outflow: Report }[] }>(createServer(test.database), query, { s: 'woonkans-noord' });
    const midden = await execute<{ _entities: { outflow: Report }[] }>(createServer(test.database), query, { s: 'woonkans-midden' });
    expect(all.data?._entities[0]?.outflow.periods.map((p) => p.code)).toEqual(['2025-H1', '2025-H2']);
    const total = (r: typeof all) => r.data?._entities[0]?.outflow.total?.count ?? -1;
    expect(total(noord)).toBeGreaterThan(0);
    expect(total(midden)).toBeGreaterThan(0);
    expect(total(noord) + total(midden)).toBe(total(all));
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await execute(createServer(test.database), '{ outflow(covenantId: "walcheren", from: "2025-12-31", to: "2025-01-01") { total { display } } }');
    expect(result.errors?.[0]?.message).toBe('from (2025-12-31) must not be after to (2025-01-01)');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const result = await execute(createServer(test.database), '{ outflow(covenantId: "walcheren", from: "01-01-2025", to: "2025-12-31") { total { display } } }');
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('monitoring subgraph: figures only of the covenants in the token', () => {
  const woonkans = { role: 'werkgroep' as const, organisationId: 'gemeente-venlo', covenants: ['woonkans'] };

  it('refuses another covenant at every entry point, with FORBIDDEN and the reason', async () => {
    const server = createServer(test.database);
    const entries = [
      `{ outflow(covenantId: "walcheren", from: "2025-01-01", to: "2025-12-31") { total { display } } }`,
      `{ vacancyCounts(covenantId: "walcheren") { year } }`,
      `{ _entities(representations: [{ __typename: "Covenant", id: "walcheren" }]) { ... on Covenant { targets { id } } } }`,
    ];
    for (const query of entries) {
      const result = await execute(server, query, {}, woonkans);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toBe('covenant "walcheren" is not among the covenants of your token (woonkans)');
    }
    const own = await execute<{ outflow: Report }>(server, `{ outflow(covenantId: "woonkans", from: "2025-01-01", to: "2025-12-31") { total { display } } }`, {}, woonkans);
    expect(own.errors).toBeUndefined();
    expect(own.data?.outflow.total?.display).toMatch(/^(\d+|<5)$/);
  });

  it('lists only the targets of its own covenants; the beheerder and the analist see all', async () => {
    const server = createServer(test.database);
    const covenantsOf = async (viewer: Parameters<typeof execute>[3]) =>
      new Set((await execute<{ targets: { covenant: { id: string } }[] }>(server, '{ targets { covenant { id } } }', {}, viewer)).data?.targets.map((t) => t.covenant.id));
    expect(await covenantsOf(woonkans)).toEqual(new Set(['woonkans']));
    const all = await covenantsOf({ role: 'analist', organisationId: null });
    expect(all.size).toBeGreaterThan(1);
    expect(await covenantsOf({ role: 'beheerder', organisationId: null })).toEqual(all);
    expect(await covenantsOf({ role: 'anoniem', organisationId: null })).toEqual(new Set());
  });
});
