// Where /metrics is served (issue 16, row 16): the service's port in development, an internal
// listener (METRICS_PORT) or nowhere in production; services of one process share that listener.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { readMetricsExposure, type MetricsExposure } from './metrics-exposure.ts';
import { createServiceMetrics } from './metrics.ts';
import { serveHttp } from './service-server.ts';

const quiet = pino({ level: 'silent' });

function service(name: string, metrics: MetricsExposure) {
  return serveHttp(
    {
      service: name,
      log: quiet,
      metrics: createServiceMetrics(name),
      handle: async (_request, response) => void response.writeHead(200).end('{}'),
      ready: async () => ({ status: 200, body: { status: 'ready' } }),
    },
    { port: 0, metrics },
  );
}

describe('readMetricsExposure', () => {
  it('development: on the service port; production: off unless METRICS_PORT names a listener', () => {
    expect(readMetricsExposure({})).toEqual({ on: 'service-port' });
    expect(readMetricsExposure({ NODE_ENV: 'production' })).toEqual({ on: 'off' });
    expect(readMetricsExposure({ NODE_ENV: 'production', METRICS_PORT: '9464' })).toEqual({ on: 'listener', host: '127.0.0.1', port: 9464 });
    expect(readMetricsExposure({ METRICS_PORT: '9464', HOST: '0.0.0.0' })).toEqual({ on: 'listener', host: '0.0.0.0', port: 9464 });
    expect(readMetricsExposure({ METRICS_PORT: '9464', HOST: '0.0.0.0', METRICS_HOST: '10.0.0.5' })).toEqual({ on: 'listener', host: '10.0.0.5', port: 9464 });
  });

  it('refuses a METRICS_PORT that is not a port', () => {
    for (const bad of ['http', '-1', '70000', '94.64']) expect(() => readMetricsExposure({ METRICS_PORT: bad })).toThrow(/METRICS_PORT must be a port number/);
  });
});

describe('serving /metrics', () => {
  it('on the service port in development', async () => {
    const running = await service('dev', { on: 'service-port' });
    try {
      expect(running.metricsUrl).toBe(`http://127.0.0.1:${running.port}/metrics`);
      expect(await (await fetch(running.metricsUrl ?? '')).text()).toMatch(/service="dev"/);
    } finally {
      await running.close();
    }
  });

  it('nowhere when off, and not on the service port with an internal listener', async () => {
    const off = await service('off', { on: 'off' });
    const internal = await service('internal', { on: 'listener', host: '127.0.0.1', port: 0 });
    try {
      expect(off.metricsUrl).toBeNull();
      expect((await fetch(`http://127.0.0.1:${off.port}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${internal.port}/metrics`)).status).toBe(404);
      const url = new URL(internal.metricsUrl ?? '');
      expect(Number(url.port)).not.toBe(internal.port);
      expect(await (await fetch(url)).text()).toMatch(/^http_requests_total\{.*service="internal"\}/m);
      // Alone on its listener: also at /metrics, where Prometheus's pod annotations look.
      expect(await (await fetch(new URL('/metrics', url))).text()).toMatch(/service="internal"/);
    } finally {
      await off.close();
      await internal.close();
    }
  });

  it('services of one process share the listener, each at /metrics/<service>, and it closes with the last', async () => {
    const a = await service('a', { on: 'listener', host: '127.0.0.1', port: 0 });
    const b = await service('b', { on: 'listener', host: '127.0.0.1', port: 0 });
    const base = new URL(a.metricsUrl ?? '');
    expect(new URL(b.metricsUrl ?? '').port).toBe(base.port);
    expect(await (await fetch(new URL('/metrics/a', base))).text()).toMatch(/service="a"/);
    expect(await (await fetch(new URL('/metrics/b', base))).text()).toMatch(/service="b"/);
    const ambiguous = await fetch(new URL('/metrics', base));
    expect(ambiguous.status).toBe(404);
    expect(await ambiguous.json()).toEqual({ error: 'not found', metrics: ['/metrics/a', '/metrics/b'] });
    await a.close();
    expect(await (await fetch(new URL('/metrics', base))).text()).toMatch(/service="b"/);
    await b.close();
    await expect(fetch(new URL('/metrics', base))).rejects.toThrow();
  });
});
