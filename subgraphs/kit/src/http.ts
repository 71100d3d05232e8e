// Serves a subgraph over HTTP: POST/GET /graphql, GET /healthz (alive), /readyz (database reachable)
// and /metrics (Prometheus), with a request id, logs and a span per request (observability/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { observeStatements } from '@uitstroom/db/client';
import type { Subgraph } from './server.ts';
import { subgraphSecret, verifyViewer, VIEWER_TOKEN_HEADER } from './gateway-claims.ts';
import { currentLogger, currentScope } from './observability/logger.ts';
import type { MetricsExposure } from './observability/metrics-exposure.ts';
import { sendJson, serveHttp } from './observability/service-server.ts';
import { statementEvent } from './observability/tracing.ts';

export interface RunningService {
  url: string;
  port: number;
  /** Where Prometheus scrapes it; null when nowhere (production without METRICS_PORT). */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/**
 * The largest body a subgraph reads. The gateway refuses requests over 25,000,000 bytes (graphql-yoga's
 * default, which Hive Gateway keeps) and the largest it passes on is an import: the file in one
 * variable, as big as the client's request. The subgraph's request adds the operation text the
 * planner writes and, for entity fetches, the representations; 32 MiB leaves 8 MB for those.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** A refusal sent before the body is read: the connection closes, so the rest of the body is never read either. */
function refuseUnread(response: ServerResponse, status: number, message: string, code: string): void {
  response.setHeader('connection', 'close');
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}

/** The body as text, or null when it is over `limit` bytes (counted as it arrives, never held past it). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Paused and left: the refusal closes the connection.
      stop();
      request.pause();
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * A node:http request as Apollo Server takes it: its headers, and its body parsed when it is JSON.
 * Null when the body is over `maxBodyBytes` or bad JSON; the 413 or 400 has been sent then.
 */
export async function apolloRequestFrom(request: IncomingMessage, response: ServerResponse, maxBodyBytes: number = MAX_BODY_BYTES): Promise<{ headers: HeaderMap; body: unknown } | null> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = request.method === 'POST' ? await readBody(request, maxBodyBytes) : '';
  if (raw === null) {
    refuseUnread(response, 413, `request body over ${maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE');
    return null;
  }
  if (!raw || !headers.get('content-type')?.includes('application/json')) return { headers, body: raw };
  try {
    return { headers, body: JSON.parse(raw) };
  } catch {
    sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return null;
  }
}

export async function readiness(ping: () => Promise<boolean>): Promise<{ status: number; body: { status: string; database: string } }> {
  try {
    const ok = await ping();
    return ok ? { status: 200, body: { status: 'ready', database: 'ok' } } : { status: 503, body: { status: 'not ready', database: 'unexpected answer' } };
  } catch (error) {
    // The reason (it may name a host and port) is logged here, never sent.
    currentLogger().warn({ err: error }, 'readiness: database unreachable');
    return { status: 503, body: { status: 'not ready', database: 'unreachable' } };
  }
}

let observingStatements = false;

/** Every SQL statement, once per process: a debug line under its request id, a span event, a count. */
function observeSql(): void {
  if (observingStatements) return;
  observingStatements = true;
  observeStatements((query) => {
    currentScope()?.onStatement?.();
    currentLogger().debug({ sql: query.length > 1000 ? `${query.slice(0, 1000)}…` : query }, 'sql');
    statementEvent(query);
  });
}

async function handleGraphQL<L>(subgraph: Subgraph<L>, secret: Uint8Array, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'not found' });
  // Only the gateway may call: its signed viewer header, or nothing is answered — checked before a
  // byte of the body is read, so a stranger's body costs no memory.
  const header = request.headers[VIEWER_TOKEN_HEADER];
  const viewer = await verifyViewer(Array.isArray(header) ? null : header, secret);
  if (viewer === null) return refuseUnread(response, 401, 'requests must come through the gateway', 'UNAUTHENTICATED');
  const parsed = await apolloRequestFrom(request, response);
  if (parsed === null) return;
  const { headers, body } = parsed;
  const result = await subgraph.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => subgraph.contextFor(viewer),
  });
  await sendApolloResponse(response, result);
}

/** Apollo Server's answer (headers, status, a body whole or streamed) onto a node:http response. */
export async function sendApolloResponse(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

export async function listen<L>(
  subgraph: Subgraph<L>,
  options: { port: number; host?: string; secret?: Uint8Array; shutdownTimeoutMs?: number; metrics?: MetricsExposure },
): Promise<RunningService> {
  const secret = options.secret ?? subgraphSecret();
  observeSql();
  await subgraph.apollo.start();
  const http = await serveHttp(
    {
      service: subgraph.name,
      log: subgraph.log,
      metrics: subgraph.metrics,
      handle: (request, response) => handleGraphQL(subgraph, secret, request, response),
      ready: () => readiness(subgraph.database.ping),
    },
    options,
  );
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    port: http.port,
    metricsUrl: http.metricsUrl,
    close: async () => {
      await http.close();
      await subgraph.apollo.stop();
    },
  };
}
