// Issue 16, row 16: `/metrics` on the gateway's public port told anyone the error counts per code,
// the memory and the event-loop lag. In production (NODE_ENV=production) no service serves it on
// its own port any more: with METRICS_PORT it is on an internal listener (METRICS_HOST, by default
// HOST), without it nowhere. In development it stays on each service's port, for `npm start`.
import { startGateway, type RunningGateway } from '@uitstroom/gateway';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
const started: RunningGateway[] = [];
const DEMO_AUTH = { issuer: null, jwksUrl: null, audience: 'uitstroommonitor', requireMfa: false, devLogin: true };

beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
  for (const gateway of started) await gateway.close();
  await p?.close();
});

/** A gateway started with this environment, in front of the test platform's subgraphs. */
async function gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const gateway = await startGateway({ port: 0, subgraphUrls: p.subgraphUrls(), auth: DEMO_AUTH, cacheTtlMs: 0 });
  started.push(gateway);
  return gateway;
}

const publicMetrics = (gateway: RunningGateway) => fetch(gateway.url.replace(/graphql$/, 'metrics'));
const WHAT_LEAKED = /graphql_errors_total|nodejs_eventloop_lag|process_resident_memory_bytes/;

describe('the gateway\'s metrics', () => {
  it('production without METRICS_PORT: nothing on the public port', async () => {
    const gateway = await gatewayWith({ NODE_ENV: 'production' });
    const response = await publicMetrics(gateway);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(WHAT_LEAKED);
    expect(gateway.metricsUrl).toBeNull();
  });

  it('production with METRICS_PORT: on the internal listener only, with the error counts', async () => {
    const gateway = await gatewayWith({ NODE_ENV: 'production', METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' });
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ nope }"}' });
    expect((await publicMetrics(gateway)).status).toBe(404);
    expect(gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics\/gateway$/);
    expect(new URL(gateway.metricsUrl ?? '').port).not.toBe(new URL(gateway.url).port);
    const text = await (await fetch(gateway.metricsUrl ?? '')).text();
    expect(text).toMatch(/^graphql_errors_total\{code="[A-Z_]+",service="gateway"\} \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds\{service="gateway"\}/m);
  });

  it('development (npm start): on the gateway\'s own port, as the start banner says', async () => {
    const gateway = await gatewayWith({ NODE_ENV: 'development' });
    const response = await publicMetrics(gateway);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/service="gateway"/);
    expect(gateway.metricsUrl).toBe(gateway.url.replace(/graphql$/, 'metrics'));
  });
});
