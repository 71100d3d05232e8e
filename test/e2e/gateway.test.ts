// Four subgraphs and the gateway on free ports, real HTTP between them, checked against the database.
import { perturb } from '@uitstroom/disclosure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directOutflowCounts, directOutflowTallies } from '@uitstroom/db/testing';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(() => p?.close());

describe('gateway end to end', () => {
  it('answers one query across all four subgraphs', async () => {
    const { status, body } = await p.graphql<{
      covenant: {
        name: string;
        memberships: { party: { name: string } }[];
        trajectoryCount: number;
        trajectories: { caseCode: string; provider: { name: string; kind: string } }[];
        costAgreements: unknown[];
        funds: { name: string; cashier: { name: string } }[];
        outflow: { total: { count: number | null } };
      };
    }>(`{
      covenant(id: "woonkans") {
        name
        memberships { party { name } }
        trajectoryCount
        trajectories(limit: 3) { caseCode provider { name kind } }
        costAgreements { id }
        funds { name cashier { name } }
        outflow(from: "2023-01-01", to: "2026-12-31") { total { count } }
      }
    }`, {}, await p.headersFor('beheerder'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const covenant = body.data?.covenant;
    expect(covenant?.name).toMatch(/Woonkans/);
    expect(covenant?.memberships.length).toBeGreaterThan(30);
    expect(covenant?.trajectories).toHaveLength(3);
    // Trajectory → Party crosses from the trajectories subgraph into the parties subgraph.
    for (const t of covenant?.trajectories ?? []) expect(t.provider).toEqual({ name: expect.any(String), kind: 'ZORGAANBIEDER' });
    expect(covenant?.funds[0]?.cashier.name).toBe('Modulaire Gemeenschappelijke Regeling sociaal domein Limburg-Noord');
    const direct = await directOutflowCounts(p.test.database, 'woonkans', '2023-01-01', '2026-12-31');
    expect(covenant?.outflow.total.count).toBe([...direct.values()].reduce((a, b) => a + b, 0));
    expect(covenant?.outflow.total.count).toBeLessThanOrEqual(covenant?.trajectoryCount ?? 0);
  });

  it('gives the same quarter-by-doelgroep figures as a direct SQL count', async () => {
    const { body } = await p.graphql<{ covenant: { outflow: { cells: { periodCode: string; targetGroup: string; value: { count: number } }[] } } }>(
      'query ($id: ID!) { covenant(id: $id) { outflow(from: "2023-01-01", to: "2026-12-31") { cells { periodCode targetGroup value { count } } } } }',
      { id: 'walcheren' },
      await p.headersFor('beheerder'),
    );
    const cells = body.data?.covenant.outflow.cells ?? [];
    expect(new Map(cells.map((c) => [`${c.periodCode}/${c.targetGroup}`, c.value.count]))).toEqual(
      await directOutflowCounts(p.test.database, 'walcheren', '2023-01-01', '2026-12-31'),
    );
  });

  it('protects counts for a viewer without case-level rights, decided by the forwarded role', async () => {
    const query = '{ covenant(id: "noordoostpolder") { outflow(from: "2023-01-01", to: "2026-12-31") { protectionApplied cells { periodCode targetGroup value { count suppressed protected } } } } }';
    type Cell = { periodCode: string; targetGroup: string; value: { count: number | null; suppressed: boolean; protected: boolean } };
    type Result = { covenant: { outflow: { protectionApplied: boolean; cells: Cell[] } } };
    const analist = (await p.graphql<Result>(query, {}, await p.headersFor('analist'))).body.data?.covenant.outflow;
    const beheerder = (await p.graphql<Result>(query, {}, await p.headersFor('beheerder'))).body.data?.covenant.outflow;
    expect(analist?.protectionApplied).toBe(true);
    expect(analist?.cells.every((c) => c.value.protected && (c.value.suppressed ? c.value.count === null : (c.value.count as number) >= 5))).toBe(true);
    expect(analist?.cells.some((c) => c.value.suppressed)).toBe(true);
    expect(beheerder?.protectionApplied).toBe(false);
    expect(beheerder?.cells.some((c) => c.value.count !== null && c.value.count < 5)).toBe(true);
    // Every published number is its people's true count with their record keys through the p-table,
    // computed here on the base tables: the protection is really applied, through the gateway.
    const tallies = await directOutflowTallies(p.test.database, 'noordoostpolder', '2023-01-01', '2026-12-31');
    const published = [...tallies].filter(([, t]) => perturb(t) > 0);
    expect(analist?.cells.map((c) => `${c.periodCode}/${c.targetGroup}`).sort()).toEqual(published.map(([key]) => key).sort());
    for (const c of analist?.cells ?? []) {
      const value = perturb(tallies.get(`${c.periodCode}/${c.targetGroup}`) as { n: number; keySum: number });
      expect(c.value.count).toBe(value < 5 ? null : value);
    }
  });

  it('forwards the viewer the gateway verified to the subgraphs', async () => {
    const { body } = await p.graphql<{ viewer: { role: string; organisation: { name: string } | null } }>(
      '{ viewer { role organisation { name } } }',
      {},
      await p.headersFor({ id: 'werkgroep-vlissingen', role: 'werkgroep', org: 'gemeente-vlissingen' }),
    );
    expect(body.data?.viewer).toEqual({ role: 'werkgroep', organisation: { name: 'Vlissingen' } });
    const anonymous = await p.graphql<{ viewer: { role: string } }>('{ viewer { role } }', {}, {});
    expect(anonymous.body.data?.viewer.role).toBe('anoniem');
  });

  it('passes a subgraph’s input error through with its code', async () => {
    const { body } = await p.graphql('{ covenant(id: "walcheren") { outflow(from: "2026-01-01", to: "2025-01-01") { total { display } } } }');
    expect(body.errors?.[0]?.message).toBe('from (2026-01-01) must not be after to (2025-01-01)');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports readiness, including the database, on every service', async () => {
    for (const [name, service] of Object.entries(p.platform.subgraphs)) {
      const response = await fetch(service.url.replace(/\/graphql$/, '/readyz'));
      expect(response.status, name).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', database: 'ok', service: name });
    }
    const gateway = await fetch(p.platform.gateway.url.replace(/\/graphql$/, '/readyz'));
    expect(gateway.status).toBe(200);
  });
});
