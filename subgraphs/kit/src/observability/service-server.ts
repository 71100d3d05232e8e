// What every service (gateway and subgraphs) does around its own handler: a request id, a server
// span, a log line and metrics per request; /healthz, /readyz and /metrics (on this port only in
// development: metrics-exposure.ts); graceful shutdown.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenHttp } from '../listen-http.ts';
import { currentLogger, requestIdFrom, withRequestScope, type Logger } from './logger.ts';
import { exposeMetrics, readMetricsExposure, type MetricsExposure } from './metrics-exposure.ts';
import { routeOf, type ServiceMetrics } from './metrics.ts';
import { inServerSpan, markFailed } from './tracing.ts';

export interface ServiceHandlers {
  service: string;
  log: Logger;
  metrics: ServiceMetrics;
  /** The service's own routes (GraphQL, the demo login …). */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** 200 when the service can answer (its database reachable); the body says what was checked. */
  ready(): Promise<{ status: number; body: Record<string, unknown> }>;
}

export interface RunningHttpService {
  host: string;
  port: number;
  /** Where Prometheus scrapes this service (this port, or the internal listener); null when nowhere. */
  metricsUrl: string | null;
  /** Graceful: not ready, no new requests, those in flight finish (at most SHUTDOWN_TIMEOUT_MS). */
  close(): Promise<void>;
}

/** SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish when the service stops. */
export function readShutdownTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SHUTDOWN_TIMEOUT_MS?.trim();
  if (!raw) return 10_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 600_000) throw new Error(`SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds (0-600000), got "${raw}"`);
  return ms;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function serveHttp(
  handlers: ServiceHandlers,
  options: { port: number; host?: string; shutdownTimeoutMs?: number; metrics?: MetricsExposure },
): Promise<RunningHttpService> {
  let closing = false;
  const { service, log, metrics } = handlers;
  const exposure = options.metrics ?? readMetricsExposure();

  async function route(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok', service });
    if (path === '/readyz') {
      if (closing) return sendJson(response, 503, { status: 'shutting down', service });
      const ready = await handlers.ready();
      return sendJson(response, ready.status, { ...ready.body, service });
    }
    if (path === '/metrics') {
      if (exposure.on !== 'service-port') return sendJson(response, 404, { error: 'not found' });
      const text = await metrics.registry.metrics();
      response.writeHead(200, { 'content-type': metrics.registry.contentType });
      return void response.end(text);
    }
    if (closing) {
      // A request on a kept-alive connection after the stop began: refused, and the connection closed.
      response.setHeader('connection', 'close');
      return sendJson(response, 503, { errors: [{ message: `${service} is shutting down; retry`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    return handlers.handle(request, response);
  }

  const server = createServer((request, response) => {
    const reqId = requestIdFrom(request.headers['x-request-id']);
    // Passed on: the gateway forwards it to the subgraphs, the subgraphs log it with each statement.
    request.headers['x-request-id'] = reqId;
    response.setHeader('x-request-id', reqId);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const routeName = routeOf(path);
    const method = request.method ?? 'GET';
    const done = metrics.requestStarted(method, routeName);
    const started = performance.now();
    const requestLog = log.child({ reqId });
    response.once('close', () => {
      done(response.statusCode);
      // Probes and scrapes every few seconds would drown the log: they are debug lines.
      const level = routeName === '/graphql' || routeName === 'other' ? 'info' : 'debug';
      requestLog[response.statusCode >= 500 ? 'warn' : level]({ method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    if (closing) response.setHeader('connection', 'close');
    void withRequestScope({ reqId, log: requestLog, onStatement: metrics.statement }, () =>
      inServerSpan(service, `${method} ${routeName}`, request.headers, async (span) => {
        await route(request, response, path);
        markFailed(span, response.statusCode);
      }),
    ).catch((error: unknown) => {
      currentLogger(requestLog).error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
  const graceMs = options.shutdownTimeoutMs ?? readShutdownTimeout();
  // The internal listener first: when its port is taken, nothing is left listening.
  const internal = exposure.on === 'listener' ? await exposeMetrics(service, metrics.registry, exposure) : null;
  let listening: Awaited<ReturnType<typeof listenHttp>>;
  try {
    listening = await listenHttp(server, options);
  } catch (error) {
    await internal?.close();
    throw error;
  }
  if (exposure.on === 'off') log.warn('metrics are not served: in production /metrics is off on the service port; set METRICS_PORT for an internal listener');
  return {
    host: listening.host,
    port: listening.port,
    metricsUrl: internal?.url ?? (exposure.on === 'service-port' ? `http://${listening.host}:${listening.port}/metrics` : null),
    close: async () => {
      closing = true;
      await listening.close(graceMs);
      await internal?.close();
    },
  };
}
