// A whole platform on free ports over real HTTP, on a fresh database (PGlite, or PostgreSQL in CI).
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { seedDemoFund } from '@uitstroom/funding/demo';
import type { ArbitraryOperations, DemoUser, SubgraphName } from '@uitstroom/gateway';
import { startServices, type RunningPlatform } from '@uitstroom/gateway/platform';

/** Claims for a token the demo users do not cover; amr defaults to a second factor. */
export type DemoClaims = Pick<DemoUser, 'id' | 'role'> & Partial<Pick<DemoUser, 'org' | 'covenants' | 'amr'>>;

export interface TestPlatform {
  test: TestDatabase;
  platform: RunningPlatform;
  /** POST a GraphQL operation to the gateway: as the demo werkgroep (all covenants) unless headers are given (`{}`: anonymous). */
  graphql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** Where the subgraphs listen, for a second gateway in front of them (other limits or auth settings). */
  subgraphUrls(): Record<SubgraphName, string>;
  /** The Authorization header for a demo user (`werkgroep`, `beheerder`, `kassier`, …) or any claims, from the gateway's demo issuer. */
  headersFor(user: string | DemoClaims): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * `arbitraryOperations` is `all` by default here: the tests ask the API as every role, to prove what
 * each role's token reaches even outside the dashboard; e2e/persisted-documents.test.ts runs the
 * production default (ARBITRARY_OPERATIONS).
 */
export async function startTestPlatform(options: { arbitraryOperations?: ArbitraryOperations } = {}): Promise<TestPlatform> {
  const test = await createTestDatabase({ demoData: true });
  await seedDemoFund(test.database.db);
  // The services connect as they do in production: a login role without ownership or BYPASSRLS.
  const platform = await startServices(await test.connectAsService(), { arbitraryOperations: options.arbitraryOperations ?? 'all' });
  const headersFor = async (user: string | DemoClaims) => {
    const issuer = platform.gateway.devIssuer;
    if (!issuer) throw new Error('the test gateway has no demo issuer (DEV_LOGIN is off)');
    return { authorization: `Bearer ${await issuer.issue(typeof user === 'string' ? user : { amr: ['pwd', 'otp'], covenants: [], org: null, ...user })}` };
  };
  return {
    test,
    platform,
    graphql: async (query, variables = {}, headers) => {
      headers ??= await headersFor('werkgroep');
      const response = await fetch(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    subgraphUrls: () => ({
      parties: platform.subgraphs.parties.url,
      trajectories: platform.subgraphs.trajectories.url,
      funding: platform.subgraphs.funding.url,
      monitoring: platform.subgraphs.monitoring.url,
    }),
    headersFor,
    close: async () => {
      await platform.close();
      await test.close();
    },
  };
}
