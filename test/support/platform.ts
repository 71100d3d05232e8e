// A whole platform on free ports over real HTTP, on a fresh database (PGlite, or PostgreSQL in CI).
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { seedDemoFund } from '@uitstroom/funding/demo';
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
  await seedDemoFund(test.database.db);
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
