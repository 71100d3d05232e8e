// Graceful shutdown and the routes every service shares, on a real HTTP server on loopback.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createServiceMetrics } from './metrics.ts';
import { readShutdownTimeout, serveHttp } from './service-server.ts';

const quiet = pino({ level: 'silent' });

/** A service whose GraphQL answer takes `ms`, ready while `ready` says so. */
async function slowService(ms: number, shutdownTimeoutMs = 5_000) {
  return serveHttp(
    {
      service: 'test',
      log: quiet,
      metrics: createServiceMetrics('test'),
      handle: async (_request, response) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
      },
      ready: async () => ({ status: 200, body: { status: 'ready' } }),
    },
    { port: 0, shutdownTimeoutMs },
  );
}

/** One request on its own connection (fetch would pool connections across the test). */
function get(port: number, path: string): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const service = await slowService(400);
    const inFlight = get(service.port, '/graphql');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = service.close();
    // The listener is gone at once: a new connection is refused while the old request still runs.
    await expect(get(service.port, '/healthz')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"ok":true');
    // Kept-alive clients learn that this connection ends here.
    expect(answer.connection).toBe('close');
    await closed;
  });

  it('ends a request that outlasts SHUTDOWN_TIMEOUT_MS rather than wait for ever', async () => {
    const service = await slowService(5_000, 200);
    const inFlight = get(service.port, '/graphql');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.close();
    await expect(inFlight).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('reads SHUTDOWN_TIMEOUT_MS, refusing nonsense', () => {
    expect(readShutdownTimeout({})).toBe(10_000);
    expect(readShutdownTimeout({ SHUTDOWN_TIMEOUT_MS: '2500' })).toBe(2_500);
    expect(() => readShutdownTimeout({ SHUTDOWN_TIMEOUT_MS: '10s' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });
});

describe('shared routes', () => {
  it('answers /healthz, /readyz and /metrics, and counts a request by route and status', async () => {
    const service = await slowService(0);
    try {
      expect((await get(service.port, '/healthz')).status).toBe(200);
      expect(JSON.parse((await get(service.port, '/readyz')).body)).toEqual({ status: 'ready', service: 'test' });
      await get(service.port, '/graphql');
      await get(service.port, '/wp-admin');
      const metrics = (await get(service.port, '/metrics')).body;
      expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/graphql",status="200",service="test"\} 1/);
      // Unknown paths share one label value, so scanners cannot grow the series without bound.
      expect(metrics).toMatch(/route="other"/);
      expect(metrics).not.toContain('wp-admin');
    } finally {
      await service.close();
    }
  });
});
