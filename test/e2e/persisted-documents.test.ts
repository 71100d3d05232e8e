// Trusted documents through a gateway with the production default (ARBITRARY_OPERATIONS unset: the
// analist, the beheerder and the medewerker), over real HTTP: the werkgroep gets the dashboard's operations by id and
// nothing of its own, analysts keep the whole API, and the refusals say what to do. Last, the
// dashboard in Chromium against this gateway (the browser tests' platform lets anyone send its own
// operations, since they check the pages against the API).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDashboard } from '@uitstroom/dashboard/server';
import { SESSION_KEY } from '@uitstroom/dashboard/session';
import { TARGETS_QUERY } from '@uitstroom/dashboard/targets-query';
import { readArbitraryOperations, startGateway, type RunningGateway } from '@uitstroom/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/browser.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { warnWhenNoChromium } from '../support/session.ts';

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TARGETS_ID = sha256(TARGETS_QUERY);
const ON = { on: '2026-06-30' };
const OWN_OPERATION = '{ covenants { id name } }';

let p: TestPlatform;
let gateway: RunningGateway;

beforeAll(async () => {
  p = await startTestPlatform();
  gateway = await startGateway({ port: 0, subgraphUrls: p.subgraphUrls(), arbitraryOperations: readArbitraryOperations({}) });
}, 180_000);
afterAll(async () => {
  await gateway?.close();
  await p?.close();
});

/** POSTs as the dashboard does (JSON, GraphQL-over-HTTP response type) as a demo user, or anonymously. */
async function post(body: unknown, user: string | null): Promise<Answer> {
  // This gateway's own demo issuer: the test platform's gateway signs with other keys.
  const headers: Record<string, string> = user ? { authorization: `Bearer ${await gateway.devIssuer?.issue(user)}` } : {};
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

describe('persisted operations', () => {
  it("are the dashboard's manifest, loaded by the gateway: the werkgroep runs one by id", async () => {
    const manifest = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@uitstroom/dashboard/persisted-documents.json')), 'utf8')) as Record<string, string>;
    expect(manifest[TARGETS_ID]).toBe(TARGETS_QUERY);

    const byId = await post({ documentId: TARGETS_ID, variables: ON }, 'werkgroep');
    expect(byId.body.errors).toBeUndefined();
    expect(byId.status).toBe(200);
    expect((byId.body.data?.targets as unknown[]).length).toBeGreaterThan(0);
    // Apollo's form of the same id gives the same answer.
    const apollo = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: TARGETS_ID } }, variables: ON }, 'werkgroep');
    expect(apollo.body).toEqual(byId.body);
  });

  it('refuses an id the manifest does not hold, and a request with neither id nor query', async () => {
    const unknownId = sha256('query DashboardNext { viewer { role } }');
    const unknown = await post({ documentId: unknownId, variables: {} }, 'werkgroep');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toContain(`persisted document "${unknownId}" is not in the gateway's manifest: reload the dashboard`);

    const empty = await post({ variables: {} }, 'werkgroep');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('operations of your own', () => {
  it.each(['werkgroep', 'bestuurder'])('are refused to the %s with 403, naming the role and the way for analysts', async (role) => {
    const refused = await post({ query: OWN_OPERATION }, role);
    expect(refused.status).toBe(403);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: `only persisted operations of the dashboard are accepted for role ${role}; analysts use the API with role analist`,
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it("are refused even when the text is the dashboard's own: the dashboard sends ids only", async () => {
    const refused = await post({ query: TARGETS_QUERY, variables: ON }, 'werkgroep');
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['analist', 'beheerder'])('run for the %s', async (role) => {
    const answer = await post({ query: OWN_OPERATION }, role);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.covenants as { id: string }[]).map((c) => c.id)).toContain('woonkans');
  });

  it('run for a medewerker, whose work (trajectories, the Garantiefonds) has no dashboard page', async () => {
    const answer = await post({ query: '{ covenants { id } }' }, 'gemeente-meppel');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.covenants).toEqual([{ id: 'meppel-vzw' }]);
  });

  it('are refused without a token (401); a persisted one then fails authentication as it always did', async () => {
    const own = await post({ query: '{ viewer { role } }' }, null);
    expect(own.status).toBe(401);
    expect(own.body.errors?.[0]).toMatchObject({
      message: 'only persisted operations of the dashboard are accepted without signing in; analysts use the API with role analist',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const persisted = await post({ documentId: TARGETS_ID, variables: ON }, null);
    expect(persisted.status).toBe(401);
    expect(persisted.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

warnWhenNoChromium();

describe.skipIf(!hasChromium)('the dashboard in Chromium, against a gateway with the production default', () => {
  it('shows the werkgroep its monitor, sending every operation by id and never a query', async () => {
    const dashboard = await startDashboard({ port: 0, gatewayUrl: gateway.url.replace(/\/graphql$/, '') });
    const chromium = await launchChromium();
    try {
      const page = await chromium.newPage();
      const token = await gateway.devIssuer?.issue('werkgroep');
      await page.addInitScript(`sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify({ token, user: { id: 'werkgroep', label: 'Werkgroep' } }))});`);
      const bodies: unknown[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') bodies.push(request.postDataJSON());
      });
      await page.goto(`${dashboard.url}?pagina=monitor&convenant=woonkans&periode=2025-H2`);
      // The period's outflow, as the monitor's key figures show it: the page has its data.
      const outflow = page.getByTestId('monitor-key-figures-table').locator('tbody tr', { hasText: 'Uitstroom naar een woning' });
      const shown = async () => Number((await outflow.evaluate((row) => row.children[1]?.textContent ?? '', undefined, { timeout: 60_000 })).replace(/\./g, ''));
      await expect.poll(shown, { timeout: 60_000 }).toBeGreaterThan(0);
      expect(bodies.length).toBeGreaterThanOrEqual(2);
      for (const body of bodies) {
        expect(body).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{64}$/), variables: expect.any(Object) });
      }
    } finally {
      await chromium.close();
      await dashboard.close();
    }
  });
});
