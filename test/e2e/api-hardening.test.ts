// The gateway's hardening over real HTTP: operation limits refused with 400 and a message naming the
// limit, no batching, CSRF prevention on GET, and the production settings (no introspection, no field
// suggestions). Small limits on a second gateway keep the operations short; the default gateway runs
// the dashboard's own operations in every other end-to-end and browser test.
import { startGateway, type RunningGateway } from '@uitstroom/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
let strict: RunningGateway;
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

beforeAll(async () => {
  p = await startTestPlatform();
  strict = await startGateway({
    port: 0,
    subgraphUrls: p.subgraphUrls(),
    security: { production: true, maxDepth: 4, maxAliases: 2, maxTokens: 80, maxCost: 60, introspection: 'off', fieldSuggestions: false },
    arbitraryOperations: 'all',
  });
}, 180_000);
afterAll(async () => {
  await strict?.close();
  await p?.close();
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: unknown; errors?: { message: string }[] } };
}

describe('operation limits (graphql-armor at the gateway)', () => {
  it.each([
    { limit: 'depth', query: '{ covenant(id: "woonkans") { memberships { party { memberships { covenant { name } } } } } }', message: /depth limit of 4 exceeded/i },
    { limit: 'aliases', query: '{ a: covenants { id } b: covenants { id } c: covenants { id } }', message: /aliases limit of 2 exceeded/i },
    { limit: 'tokens', query: `query (${Array.from({ length: 30 }, (_, i) => `$v${i}: Int`).join(', ')}) { __typename }`, message: /token limit of 80 exceeded/i },
    { limit: 'cost', query: `{ covenants { ${Array.from({ length: 40 }, () => 'id').join(' ')} } }`, message: /cost limit of 60 exceeded/i },
  ])('refuses an operation over the $limit limit with 400 and says which', async ({ query, message }) => {
    const { status, json } = await post(strict.url, { query });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors?.map((e) => e.message).join(' ')).toMatch(message);
    // Tokens are counted while parsing, so that refusal is a syntax error; the others carry a code.
    if (!/token/i.test(String(message))) expect(json.errors?.some((e) => (e as { extensions?: { code?: string } }).extensions?.code === 'OPERATION_LIMIT')).toBe(true);
  });

  it('answers the same operation within the limits', async () => {
    const { status, json } = await post(strict.url, { query: '{ covenants { id } }' }, { authorization: `Bearer ${await strict.devIssuer?.issue('werkgroep')}` });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });

  it('refuses a batch of operations in one request', async () => {
    const { status } = await post(p.platform.gateway.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
  });
});

describe('introspection and field suggestions', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('development: introspection for the analist and the beheerder only, suggestions shown', async () => {
    for (const user of ['analist', 'beheerder']) {
      expect((await post(p.platform.gateway.url, { query: INTROSPECTION }, await p.headersFor(user))).json, user).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
    for (const headers of [await p.headersFor('werkgroep'), await p.headersFor('gemeente-meppel'), {}]) {
      const refused = await post(p.platform.gateway.url, { query: INTROSPECTION }, headers);
      expect(refused.status).toBe(400);
      expect(refused.text).toMatch(/introspection/i);
    }
    expect((await post(p.platform.gateway.url, { query: '{ covenant(id: "woonkans") { nam } }' }, await p.headersFor('werkgroep'))).text).toMatch(/Did you mean/);
  });

  it('production: introspection refused, no suggestions that reveal the schema', async () => {
    const introspection = await post(strict.url, { query: INTROSPECTION });
    expect(introspection.status).toBe(400);
    expect(introspection.text).toMatch(/introspection/i);
    const typo = await post(strict.url, { query: '{ covenant(id: "woonkans") { nam } }' });
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean|"name"/);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a header a browser cannot send cross-site, and answers it with one', async () => {
    const url = `${p.platform.gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(403);
    const allowed = await fetch(url, { headers: { 'x-graphql-csrf': '1' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a form post (a simple request) is refused too', async () => {
    const response = await fetch(p.platform.gateway.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(response.status).toBe(403);
  });
});
