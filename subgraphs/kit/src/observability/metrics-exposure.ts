// Where a service's Prometheus metrics are served. On the service's own port they are as public as
// the service: the gateway's and the dashboard's ports are the platform's front door, and error
// counts per code, memory and event-loop lag tell an attacker how an attack is going (issue 16).
// So in production they are served only on an internal listener — METRICS_PORT, on METRICS_HOST
// (by default HOST) — a port no Service, Ingress or published port leads to; without METRICS_PORT
// nowhere. In development they stay on each service's port, where `npm start` prints them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { listenHttp, type Listening } from '../listen-http.ts';

export type MetricsExposure = { on: 'service-port' } | { on: 'off' } | { on: 'listener'; host: string; port: number };

/** METRICS_PORT (and METRICS_HOST) when set; else off in production, on the service's port otherwise. */
export function readMetricsExposure(env: NodeJS.ProcessEnv = process.env): MetricsExposure {
  const raw = env.METRICS_PORT?.trim();
  if (raw) {
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65_535) throw new Error(`METRICS_PORT must be a port number (0-65535; 0: any free port), got "${raw}"`);
    return { on: 'listener', host: env.METRICS_HOST?.trim() || env.HOST?.trim() || '127.0.0.1', port };
  }
  return env.NODE_ENV === 'production' ? { on: 'off' } : { on: 'service-port' };
}

interface SharedListener {
  registries: Map<string, Registry>;
  listening: Promise<Listening>;
}

/**
 * One listener per address and process: `npm start` runs every service in one process, and they
 * share it. Each service's metrics are at /metrics/<service>, and at /metrics when it is alone there
 * (a service in its own process or container, as Prometheus's pod annotations expect).
 */
const shared = new Map<string, SharedListener>();

async function serve(registries: Map<string, Registry>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  const name = path === '/metrics' && registries.size === 1 ? [...registries.keys()][0] : path.startsWith('/metrics/') ? path.slice('/metrics/'.length) : undefined;
  const registry = name === undefined ? undefined : registries.get(name);
  if (!registry || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    return void response.end(JSON.stringify({ error: 'not found', metrics: [...registries.keys()].map((n) => `/metrics/${n}`) }));
  }
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType });
  response.end(text);
}

/** Serves `registry` on the internal listener at `at` (started with the first service there). */
export async function exposeMetrics(service: string, registry: Registry, at: { host: string; port: number }): Promise<{ url: string; close(): Promise<void> }> {
  const key = `${at.host}:${at.port}`;
  let entry = shared.get(key);
  if (!entry) {
    const registries = new Map<string, Registry>();
    const server = createServer((request, response) => {
      serve(registries, request, response).catch(() => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    entry = { registries, listening: listenHttp(server, at) };
    shared.set(key, entry);
  }
  const mine = entry;
  if (mine.registries.has(service)) throw new Error(`the metrics of ${service} are already served at ${key}`);
  mine.registries.set(service, registry);
  let listening: Listening;
  try {
    listening = await mine.listening;
  } catch (error) {
    if (shared.get(key) === mine) shared.delete(key);
    throw new Error(`METRICS_PORT: cannot listen on ${key} for the metrics (${(error as Error).message})`, { cause: error });
  }
  return {
    url: `http://${listening.host}:${listening.port}/metrics/${service}`,
    close: async () => {
      mine.registries.delete(service);
      if (mine.registries.size > 0 || shared.get(key) !== mine) return;
      shared.delete(key);
      await listening.close(0);
    },
  };
}
