// A whole platform on free ports over real HTTP, on a fresh database (PGlite, or PostgreSQL in CI).
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { startServices, type RunningPlatform } from '@uitstroom/gateway/platform';

export interface TestPlatform {
  test: TestDatabase;
  platform: RunningPlatform;
  /** POST a GraphQL operation to the gateway. */
  graphql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  close(): Promise<void>;
}

export async function startTestPlatform(): Promise<TestPlatform> {
  const test = await createTestDatabase({ demoData: true });
  const platform = await startServices(test.database);
  return {
    test,
    platform,
    graphql: async (query, variables = {}, headers = {}) => {
      const response = await fetch(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    close: async () => {
      await platform.close();
      await test.close();
    },
  };
}

/** Outflow counted directly on the base tables: key handovers per 'YYYY-Kq/targetGroup'. */
export async function directOutflowCounts(test: TestDatabase, covenantId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await test.database.query<{ quarter: string; target_group: string; n: number }>(sql`
    select extract(year from s.occurred_on)::int || '-K' || extract(quarter from s.occurred_on)::int as quarter, t.target_group, count(*)::int as n
    from trajectories.trajectory_steps s join trajectories.trajectories t on t.id = s.trajectory_id
    where s.step = 'sleuteloverdracht' and t.covenant_id = ${covenantId} and s.occurred_on between ${from} and ${to}
    group by 1, 2`);
  return new Map(rows.map((r) => [`${r.quarter}/${r.target_group}`, r.n]));
}
