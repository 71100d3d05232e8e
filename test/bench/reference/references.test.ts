// The bench's reference servers answer like the platform's gateway: the unfederated single server
// (the subgraphs' resolvers in one schema) and @apollo/gateway in front of the same subgraphs.
import { subgraphSecret } from '@uitstroom/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/platform.ts';
import { KPI_OPERATION } from '../cases/kpi.ts';
import { MONITOR_PAGE_OPERATION } from '../cases/monitor-operation.ts';
import { postGraphql } from '../support/graphql.ts';
import { startApolloGateway } from './apollo-gateway.ts';
import type { ReferenceServer } from './http.ts';
import { startUnfederatedServer } from './unfederated.ts';
import { signedViewerHeaders, viewerOfBearer } from './viewer.ts';

// A month's last day: the only dates (besides the data date) a protected viewer may ask progress for.
const ON = '2025-09-30';

const OPERATIONS: { name: string; user: string; query: string; variables: Record<string, unknown> }[] = [
  { name: 'the KPI operation (bestuurder)', user: 'bestuurder', query: KPI_OPERATION, variables: { on: ON } },
  { name: "a covenant's monitor page (werkgroep)", user: 'werkgroep', query: MONITOR_PAGE_OPERATION, variables: { covenantId: 'walcheren', from: '2025-01-01', to: '2025-06-30' } },
  {
    name: 'targets and covenants across the subgraphs (werkgroep)',
    user: 'werkgroep',
    query: `query ($on: Date!) {
      targets { id covenant { name region trajectoryCount funds { id } } party { name kind memberships { role covenant { id } } } progress(on: $on) { realised { count display } status } }
      covenants { id name memberships { role party { id name } } targets { id } nextEvaluation(on: $on) { periodCode } trajectoryCount }
    }`,
    variables: { on: ON },
  },
  {
    name: 'trajectories with their parties (beheerder)',
    user: 'beheerder',
    query: `{ covenant(id: "woonkans") { name trajectories(limit: 20) { caseCode targetGroup provider { name } municipalityOfOrigin { id name kind } landlord { name } covenant { name outflow(from: "2025-01-01", to: "2025-12-31") { total { count } } } } } }`,
    variables: {},
  },
];

describe('bench reference servers', () => {
  let p: TestPlatform;
  let unfederated: ReferenceServer;
  let apolloGateway: ReferenceServer;

  beforeAll(async () => {
    p = await startTestPlatform();
    unfederated = await startUnfederatedServer(await p.test.connectAsService(), subgraphSecret());
    apolloGateway = await startApolloGateway(p.subgraphUrls(), subgraphSecret());
  });

  afterAll(async () => {
    await Promise.all([unfederated?.close(), apolloGateway?.close()]);
    await p?.close();
  });

  it.each(OPERATIONS)('answer $name like the gateway', async ({ user, query, variables }) => {
    const bearer = await p.headersFor(user);
    const viewer = signedViewerHeaders(viewerOfBearer(bearer), subgraphSecret());
    const gateway = await postGraphql(p.platform.gateway.url, { query, variables, headers: bearer });
    expect(JSON.stringify(gateway).length).toBeGreaterThan(200);
    expect(await postGraphql(unfederated.url, { query, variables, headers: await viewer() })).toEqual(gateway);
    expect(await postGraphql(apolloGateway.url, { query, variables, headers: await viewer() })).toEqual(gateway);
  });

  it('refuse a request without a valid signed viewer', async () => {
    for (const url of [unfederated.url, apolloGateway.url]) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-uitstroom-viewer': 'forged' }, body: '{"query":"{ targets { id } }"}' });
      expect(response.status).toBe(401);
    }
  });
});
