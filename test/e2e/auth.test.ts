// Authentication over real HTTP: bearer tokens verified at the gateway (jose), refused with 401 and
// the reason; a second factor when REQUIRE_MFA is on; the verified viewer forwarded to subgraphs as
// a signed header, so a client cannot pass its own and a subgraph refuses anyone but the gateway.
import { startGateway, type RunningGateway } from '@uitstroom/gateway';
import { signViewer, VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
let mfaGateway: RunningGateway;
const VIEWER = '{ viewer { role organisation { id } } }';
type ViewerResult = { viewer: { role: string; organisation: { id: string } | null } };

beforeAll(async () => {
  p = await startTestPlatform();
  mfaGateway = await startGateway({ port: 0, subgraphUrls: p.subgraphUrls(), arbitraryOperations: 'all', auth: { issuer: null, jwksUrl: null, audience: 'uitstroommonitor', requireMfa: true, devLogin: true } });
}, 180_000);
afterAll(async () => {
  await mfaGateway?.close();
  await p?.close();
});

async function asViewer(headers: Record<string, string>, url = p.platform.gateway.url) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: VIEWER }) });
  return { status: response.status, body: (await response.json()) as { data?: ViewerResult; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('bearer tokens at the gateway', () => {
  it('a demo user\'s token gives its role and organisation to the subgraphs', async () => {
    const { status, body } = await asViewer(await p.headersFor('kassier'));
    expect(status).toBe(200);
    expect(body.data?.viewer).toEqual({ role: 'medewerker', organisation: { id: 'mgr-sociaal-domein-limburg-noord' } });
  });

  it('no token: the anonymous viewer', async () => {
    expect((await asViewer({})).body.data?.viewer).toEqual({ role: 'anoniem', organisation: null });
  });

  it.each([
    { case: 'not a bearer header', authorization: 'Basic dXNlcjpwYXNz', message: /must be "Bearer <token>"/ },
    { case: 'not a JWT', authorization: 'Bearer abc', message: /not a JWT/ },
  ])('refuses $case with 401', async ({ authorization, message }) => {
    const { status, body } = await asViewer({ authorization });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a token from an issuer it does not trust, a forged one and an expired one', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const stranger = await new SignJWT({ role: 'beheerder' }).setProtectedHeader({ alg: 'ES256' }).setIssuer('https://idp.example').setAudience('uitstroommonitor').setExpirationTime('1h').sign(privateKey);
    expect((await asViewer({ authorization: `Bearer ${stranger}` })).body.errors?.[0]?.message).toBe('tokens from issuer "https://idp.example" are not accepted');

    // Signed with another key but claiming the demo issuer.
    const forged = await new SignJWT({ role: 'beheerder' }).setProtectedHeader({ alg: 'ES256', kid: 'dev-1' }).setIssuer('uitstroommonitor-dev').setAudience('uitstroommonitor').setExpirationTime('1h').sign(privateKey);
    const refusedForged = await asViewer({ authorization: `Bearer ${forged}` });
    expect(refusedForged.status).toBe(401);
    expect(refusedForged.body.errors?.[0]?.message).toMatch(/not valid \(ERR_JWS_SIGNATURE_VERIFICATION_FAILED\)/);

    const issuer = p.platform.gateway.devIssuer;
    if (!issuer) throw new Error('no demo issuer');
    const expired = await issuer.issue('werkgroep', { expiresIn: '-1m' });
    expect((await asViewer({ authorization: `Bearer ${expired}` })).body.errors?.[0]?.message).toBe('the bearer token has expired: sign in again');
  });

  it('with REQUIRE_MFA a token without a second factor is refused; with one it is accepted', async () => {
    const refused = await asViewer({ authorization: `Bearer ${await mfaGateway.devIssuer?.issue('zonder-mfa')}` }, mfaGateway.url);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toMatch(/second factor is required/);
    // The MFA gateway has its own demo issuer: its tokens, not the other gateway's, are trusted there.
    const token = await mfaGateway.devIssuer?.issue('werkgroep');
    expect((await asViewer({ authorization: `Bearer ${token}` }, mfaGateway.url)).body.data?.viewer.role).toBe('werkgroep');
    const otherGateways = await asViewer(await p.headersFor('werkgroep'), mfaGateway.url);
    expect(otherGateways.status).toBe(401);
  });
});

describe('gateway → subgraph', () => {
  it('throws away a viewer header the client sends itself', async () => {
    const forged = await signViewer({ role: 'beheerder', organisationId: null });
    const { body } = await asViewer({ [VIEWER_TOKEN_HEADER]: forged });
    expect(body.data?.viewer.role).toBe('anoniem');
  });

  it('a subgraph refuses a request that does not come from the gateway', async () => {
    const url = p.platform.subgraphs.parties.url;
    const direct = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: VIEWER }) });
    expect(direct.status).toBe(401);
    expect(await direct.json()).toEqual({ errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    const wrongSecret = await signViewer({ role: 'beheerder', organisationId: null }, new TextEncoder().encode('x'.repeat(32)));
    const forged = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [VIEWER_TOKEN_HEADER]: wrongSecret }, body: JSON.stringify({ query: VIEWER }) });
    expect(forged.status).toBe(401);
    // Health and readiness stay open for probes.
    expect((await fetch(url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
  });
});

describe('the demo login', () => {
  it('lists the demo users and issues a token for one; unknown users are refused', async () => {
    const base = p.platform.gateway.url.replace(/\/graphql$/, '');
    const users = (await (await fetch(`${base}/auth/dev/users`)).json()) as { demo: boolean; users: { id: string; role: string }[] };
    expect(users.demo).toBe(true);
    expect(new Set(users.users.map((u) => u.role))).toEqual(new Set(['beheerder', 'werkgroep', 'bestuurder', 'analist', 'medewerker']));
    const issued = await fetch(`${base}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'analist' }) });
    const { token } = (await issued.json()) as { token: string };
    expect((await asViewer({ authorization: `Bearer ${token}` })).body.data?.viewer.role).toBe('analist');
    const unknown = await fetch(`${base}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'root' }) });
    expect(unknown.status).toBe(400);
  });

  it('is not there when DEV_LOGIN is off', async () => {
      const production = await startGateway({ port: 0, subgraphUrls: p.subgraphUrls(), arbitraryOperations: 'all', auth: { issuer: null, jwksUrl: null, audience: 'uitstroommonitor', requireMfa: true, devLogin: false } });
    try {
      expect((await fetch(production.url.replace(/\/graphql$/, '/auth/dev/users'))).status).toBe(404);
      expect(production.devIssuer).toBeNull();
      // The development gateway's tokens mean nothing here.
      expect((await asViewer(await p.headersFor('beheerder'), production.url)).status).toBe(401);
    } finally {
      await production.close();
    }
  });
});
