// The dashboard's production server (dashboard/production-server.ts) on a real `vite build`, in front
// of a real gateway: the app and its assets with the security headers, nothing outside the build,
// /graphql and /auth proxied, the service probes, and the report PDF printed by Chromium.
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_EXPLORER_SECURITY_HEADERS, SECURITY_HEADERS } from '../../dashboard/security-headers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionDashboard } from '../../dashboard/production-server.ts';
import type { RunningDashboard } from '../../dashboard/server.ts';
import { chromiumPath, hasChromium } from '../support/browser.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { freePort } from '../support/ports.ts';
import { builtDashboard } from './dashboard-build.ts';

let dist: string;
let p: TestPlatform;
let dashboard: RunningDashboard;

beforeAll(async () => {
  [dist, p] = await Promise.all([builtDashboard(), startTestPlatform()]);
  dashboard = await startProductionDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: p.platform.gateway.url.replace(/\/graphql$/, ''), distDir: dist, chromiumPath });
});
afterAll(async () => {
  await dashboard?.close();
  await p?.close();
});

/** A request with the path exactly as written (fetch would resolve `..` before sending). */
function rawGet(pathname: string): Promise<number> {
  const { port } = new URL(dashboard.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pathname }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .once('error', reject)
      .end();
  });
}

describe('the production dashboard server', () => {
  it('serves the built app for its pages, revalidated, with the security headers on every response', async () => {
    const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const page of ['', '?pagina=monitor&convenant=woonkans', 'evaluaties']) {
      const response = await fetch(new URL(page, dashboard.url));
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(index);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    }
    const proxied = await fetch(new URL('graphql', dashboard.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { role } }"}' });
    expect(proxied.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the API-verkenner (GraphiQL) from the build, with its own content security policy', async () => {
    const response = await fetch(new URL('graphiql.html', dashboard.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(path.join(dist, 'graphiql.html'), 'utf8'));
    for (const [name, value] of Object.entries(API_EXPLORER_SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(API_EXPLORER_SECURITY_HEADERS['content-security-policy']).not.toBe(SECURITY_HEADERS['content-security-policy']);
  });

  it('serves the hashed assets gzipped and cached for good', async () => {
    const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
    expect(script).not.toBe('');
    const response = await fetch(new URL(script, dashboard.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(readFileSync(path.join(dist, script), 'utf8'));
  });

  it('serves nothing outside the build, and only GET and HEAD', async () => {
    for (const pathname of ['/../package.json', '/assets/../../vite.config.ts', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/dashboard/server.ts', '/nope.js', '/assets/nope.css']) {
      expect(await rawGet(pathname), pathname).toBe(404);
    }
    expect((await fetch(dashboard.url, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(dashboard.url, { method: 'HEAD' })).status).toBe(200);
  });

  it('passes /graphql to the gateway with the caller\'s token, and /auth to its demo login', async () => {
    const query = JSON.stringify({ query: '{ covenants { id } }' });
    // An operation of one's own: the analist may send those (ARBITRARY_OPERATIONS).
    const headers = { 'content-type': 'application/json', ...(await p.headersFor('analist')) };
    const viaDashboard = await fetch(new URL('graphql', dashboard.url), { method: 'POST', headers, body: query });
    const direct = await fetch(p.platform.gateway.url, { method: 'POST', headers, body: query });
    expect(viaDashboard.status).toBe(200);
    const body = (await viaDashboard.json()) as { data: { covenants: { id: string }[] } };
    expect(body.data.covenants.length).toBeGreaterThan(1);
    expect(body).toEqual(await direct.json());
    const anonymous = await fetch(new URL('graphql', dashboard.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(anonymous.status).toBe(401);
    const users = await fetch(new URL('auth/dev/users', dashboard.url));
    expect(users.status).toBe(200);
    expect(await users.json()).toEqual(await (await fetch(p.platform.gateway.url.replace(/graphql$/, 'auth/dev/users'))).json());
  });

  it('answers 502 without the gateway\'s address when the gateway cannot be reached', async () => {
    const port = await freePort();
    const orphan = await startProductionDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: `http://127.0.0.1:${port}`, distDir: dist, chromiumPath });
    try {
      const response = await fetch(new URL('graphql', orphan.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { role } }"}' });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_GATEWAY');
      expect(text).not.toContain(String(port));
    } finally {
      await orphan.close();
    }
  });

  it('answers the probes and Prometheus like every other service', async () => {
    expect(await (await fetch(new URL('healthz', dashboard.url))).json()).toEqual({ status: 'ok', service: 'dashboard' });
    expect((await fetch(new URL('readyz', dashboard.url))).status).toBe(200);
    const metrics = await (await fetch(new URL('metrics', dashboard.url))).text();
    expect(metrics).toMatch(/^http_requests_total\{.*route="\/healthz".*service="dashboard".*\} \d+/m);
  });

  it('refuses to start without a build, saying how to make one', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'um-no-dist-'));
    await expect(startProductionDashboard({ host: '127.0.0.1', port: 0, gatewayUrl: 'http://127.0.0.1:1', distDir: empty, chromiumPath })).rejects.toThrow(/has no index\.html: build the dashboard first/);
  });

  it.skipIf(!hasChromium)('prints an evaluation\'s report to PDF from the built app, for a signed-in user only', async () => {
    const created = await p.graphql<{ createEvaluation: { id: string } }>(
      'mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "2025-H1" }) { id } }',
      {},
      await p.headersFor('beheerder'),
    );
    const id = created.body.data?.createEvaluation.id ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const url = new URL(`rapport.pdf?evaluatie=${id}`, dashboard.url);
    expect((await fetch(url)).status).toBe(401);
    // The print view asks with the werkgroep's token: the dashboard's own (persisted) operations, from the built bundle.
    const response = await fetch(url, { headers: await p.headersFor('werkgroep') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
