// Issue 16, row 13: operation-limit refusals answered HTTP 200 whenever the client accepted
// application/json (or sent no Accept header, as curl and most clients do), though the README says
// 400; and aliases of __typename were not counted, so 16 of them passed the limit of 15. Every
// limit is tried here with each Accept a client sends, for an operation of one's own and for a
// persisted document, in development and in production (NODE_ENV=production).
import { readFileSync } from 'node:fs';
import { startGateway, type RunningGateway } from '@uitstroom/gateway';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
/** Small limits, production settings: short operations exceed them. */
let strict: RunningGateway;
const ACCEPTS = [undefined, 'application/json', 'application/graphql-response+json', '*/*', 'application/graphql-response+json, application/json;q=0.9'];
const DEMO_AUTH = { issuer: null, jwksUrl: null, audience: 'uitstroommonitor', requireMfa: false, devLogin: true };

beforeAll(async () => {
  p = await startTestPlatform();
  strict = await startGateway({
    port: 0,
    subgraphUrls: p.subgraphUrls(),
    auth: DEMO_AUTH,
    security: { production: true, maxDepth: 4, maxAliases: 2, maxTokens: 200, maxCost: 60, introspection: 'off', fieldSuggestions: false },
    arbitraryOperations: new Set(['analist'] as const),
  });
}, 180_000);
afterAll(async () => {
  await strict?.close();
  await p?.close();
});

async function post(url: string, body: unknown, headers: Record<string, string>, accept: string | undefined) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}), ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const OVER_STRICT = [
  { limit: 'depth', query: '{ covenant(id: "woonkans") { memberships { party { memberships { covenant { name } } } } } }', message: /^Query depth limit of 4 exceeded, found \d+\.$/ },
  { limit: 'aliases', query: aliases(3, 'covenants { id }'), message: /^Aliases limit of 2 exceeded, found 3\.$/ },
  { limit: 'aliases of __typename', query: aliases(3, '__typename'), message: /^Aliases limit of 2 exceeded, found 3\.$/ },
  { limit: 'tokens', query: `query (${Array.from({ length: 60 }, (_, i) => `$v${i}: Int`).join(', ')}) { __typename }`, message: /^Token limit of 200 exceeded\.$/ },
  { limit: 'cost', query: `{ covenants { ${Array.from({ length: 40 }, () => 'id').join(' ')} } }`, message: /Cost limit of 60 exceeded, found \d+\.$/i },
  { limit: 'directives', query: `{ __typename ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} }`, message: /^Directives limit of 20 exceeded, found 21\.$/ },
];

function expectRefused(answer: Awaited<ReturnType<typeof post>>, message: RegExp, what: string) {
  expect(answer.status, what).toBe(400);
  expect(answer.json.data, what).toBeUndefined();
  const limits = (answer.json.errors ?? []).filter((e) => e.extensions?.code === 'OPERATION_LIMIT').map((e) => e.message);
  expect(limits, `${what}: ${JSON.stringify(answer.json.errors)}`).toContainEqual(expect.stringMatching(message));
  // Nothing of the runtime's internals (its http extension) reaches the client.
  expect(JSON.stringify(answer.json), what).not.toContain('"http"');
}

describe('operation limits: HTTP 400 and OPERATION_LIMIT, whatever the client accepts', () => {
  it.each(OVER_STRICT)('refuses an operation of one\'s own over the $limit limit, in production', async ({ limit, query, message }) => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const analist = { authorization: `Bearer ${await strict.devIssuer?.issue('analist')}` };
      for (const accept of ACCEPTS) expectRefused(await post(strict.url, { query }, analist, accept), message, `${limit}, accept ${accept ?? '(none)'}`);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a persisted document of the dashboard over a limit the same way', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../dashboard/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const [documentId] = Object.entries(manifest).find(([, text]) => text.includes('costYear(year: $year)')) ?? [];
    expect(documentId).toBeDefined();
    // The werkgroep may send only persisted documents: the limits hold for those too.
    const werkgroep = { authorization: `Bearer ${await strict.devIssuer?.issue('werkgroep')}` };
    for (const accept of ACCEPTS) {
      expectRefused(await post(strict.url, { documentId, variables: { covenantId: 'meppel-vzw', year: 2025 } }, werkgroep, accept), /^Query depth limit of 4 exceeded/, `accept ${accept ?? '(none)'}`);
    }
  });

  it('counts aliases of __typename: 16 of them exceed the default limit of 15, 15 pass', async () => {
    const analist = await p.headersFor('analist');
    for (const accept of ACCEPTS) expectRefused(await post(p.platform.gateway.url, { query: aliases(16, '__typename') }, analist, accept), /^Aliases limit of 15 exceeded, found 16\.$/, `accept ${accept ?? '(none)'}`);
    const within = await post(p.platform.gateway.url, { query: aliases(15, '__typename') }, analist, undefined);
    expect(within.status).toBe(200);
    expect(Object.keys(within.json.data as object)).toHaveLength(15);
  });

  it('answers other validation errors as GraphQL over HTTP says: 400 for graphql-response+json, 200 for plain JSON', async () => {
    const analist = await p.headersFor('analist');
    expect((await post(p.platform.gateway.url, { query: '{ nope }' }, analist, 'application/graphql-response+json')).status).toBe(400);
    expect((await post(p.platform.gateway.url, { query: '{ nope }' }, analist, 'application/json')).status).toBe(200);
  });
});
