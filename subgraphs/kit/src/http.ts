// Serves a subgraph over HTTP: POST/GET /graphql, GET /healthz (alive) and /readyz (database reachable).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Subgraph } from './server.ts';
import { subgraphSecret, verifyViewer, VIEWER_TOKEN_HEADER } from './gateway-claims.ts';
import { listenHttp } from './listen-http.ts';

export interface RunningService {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A node:http request as Apollo Server takes it: its headers, and its body parsed when it is JSON.
 * Null when the JSON is bad; the 400 has been sent then.
 */
export async function apolloRequestFrom(request: IncomingMessage, response: ServerResponse): Promise<{ headers: HeaderMap; body: unknown } | null> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = request.method === 'POST' ? await readBody(request) : '';
  if (!raw || !headers.get('content-type')?.includes('application/json')) return { headers, body: raw };
  try {
    return { headers, body: JSON.parse(raw) };
  } catch {
    sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return null;
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function readiness(ping: () => Promise<boolean>): Promise<{ status: number; body: { status: string; database: string } }> {
  try {
    const ok = await ping();
    return ok ? { status: 200, body: { status: 'ready', database: 'ok' } } : { status: 503, body: { status: 'not ready', database: 'unexpected answer' } };
  } catch (error) {
    // The reason (it may name a host and port) is logged here, never sent.
    console.error('readiness: database unreachable:', error);
    return { status: 503, body: { status: 'not ready', database: 'unreachable' } };
  }
}

async function handle<L>(subgraph: Subgraph<L>, secret: Uint8Array, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok', service: subgraph.name });
  if (url.pathname === '/readyz') {
    const ready = await readiness(subgraph.database.ping);
    return sendJson(response, ready.status, { ...ready.body, service: subgraph.name });
  }
  if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'not found' });
  const parsed = await apolloRequestFrom(request, response);
  if (parsed === null) return;
  const { headers, body } = parsed;
  // Only the gateway may call: its signed viewer header, or nothing is answered.
  const viewer = await verifyViewer(headers.get(VIEWER_TOKEN_HEADER), secret);
  if (viewer === null) return sendJson(response, 401, { errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
  const result = await subgraph.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => subgraph.contextFor(viewer),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

export async function listen<L>(subgraph: Subgraph<L>, options: { port: number; host?: string; secret?: Uint8Array }): Promise<RunningService> {
  const secret = options.secret ?? subgraphSecret();
  await subgraph.apollo.start();
  const server: Server = createServer((request, response) => {
    handle(subgraph, secret, request, response).catch((error: unknown) => {
      console.error(`[${subgraph.name}] request failed`, error);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error' }] });
      else response.end();
    });
  });
  const http = await listenHttp(server, options);
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    port: http.port,
    close: async () => {
      await http.close();
      await subgraph.apollo.stop();
    },
  };
}
