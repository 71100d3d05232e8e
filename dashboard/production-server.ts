// The dashboard in production (dashboard/serve.ts, the dashboard image): the `vite build` output
// from memory, /graphql and /auth proxied to the gateway, the evaluation report PDF, and the service
// basics every other service has (/healthz, /readyz, /metrics, request ids, graceful shutdown) from
// the kit. The Vite dev server (server.ts) stays for `npm start` and the browser tests.
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServiceMetrics, currentLogger, serveHttp, serviceLogger, type Logger } from '@uitstroom/subgraph-kit/edge';
import { API_EXPLORER_SECURITY_HEADERS, SECURITY_HEADERS } from './security-headers.ts';
import type { RunningDashboard } from './server.ts';
import { API_EXPLORER_PATH } from './src/features/navigation/api-explorer.ts';
import { createReportPdfHandler } from './src/server/report-pdf.ts';

export const DEFAULT_DASHBOARD_PORT = 5173;

export interface ProductionDashboardConfig {
  host: string;
  port: number;
  /** Base URL of the gateway; /graphql and /auth are proxied there. */
  gatewayUrl: string;
  /** The `vite build` output. */
  distDir: string;
  /** Chromium that prints the evaluation report to PDF; without it /rapport.pdf answers 503. */
  chromiumPath: string;
}

/** The dashboard's settings when it runs on its own: DASHBOARD_PORT, HOST, GATEWAY_URL, DASHBOARD_DIST, CHROMIUM_PATH. */
export function readProductionConfig(env: NodeJS.ProcessEnv = process.env): ProductionDashboardConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.DASHBOARD_PORT ?? DEFAULT_DASHBOARD_PORT),
    gatewayUrl: env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
    distDir: path.resolve(import.meta.dirname, env.DASHBOARD_DIST ?? 'dist'),
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

const PROXIED = /^\/(graphql|auth)(\/|$|\?)/;
// Headers about one connection, never passed on by a proxy (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-authenticate']);
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

interface StaticFile {
  type: string;
  body: Buffer;
  /** Gzipped body for text, when that is smaller. */
  gzip: Buffer | null;
  cacheControl: string;
}

/** Files are read once: the build output does not change while the process runs. Misses are not kept (a scan would fill memory). */
function staticFiles(distDir: string) {
  const cache = new Map<string, StaticFile>();
  return (relative: string): StaticFile | null => {
    const cached = cache.get(relative);
    if (cached) return cached;
    const file = path.join(distDir, relative);
    if (!file.startsWith(distDir + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return null;
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const zipped = /^(text\/|application\/(json|wasm)|image\/svg)/.test(type) ? gzipSync(body) : null;
    // Vite names assets by their content hash: cached for good; the rest is revalidated.
    const cacheControl = relative.startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const found = { type, body, gzip: zipped && zipped.length < body.length ? zipped : null, cacheControl };
    cache.set(relative, found);
    return found;
  };
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${message}\n`);
}

/** GET/HEAD of a built file; any other path without an extension is a page of the app (index.html). */
function serveStatic(files: ReturnType<typeof staticFiles>, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Alleen GET wordt ondersteund.');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dashboard').pathname);
  } catch {
    return sendText(response, 400, 'Ongeldig adres.');
  }
  if (pathname.includes('\0')) return sendText(response, 400, 'Ongeldig adres.');
  const relative = path.normalize(pathname).replace(/^[/\\]+/, '');
  const file = files(relative === '' ? 'index.html' : relative) ?? (path.extname(relative) === '' ? files('index.html') : null);
  if (file === null) return sendText(response, 404, 'Niet gevonden.');
  const gzip = file.gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip && file.gzip ? file.gzip : file.body;
  response.writeHead(200, {
    'content-type': file.type,
    'content-length': String(body.length),
    'cache-control': file.cacheControl,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function forwardedHeaders(request: IncomingMessage, target: URL): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  const client = request.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = request.headers['x-forwarded-for'] ? `${String(request.headers['x-forwarded-for'])}, ${client}` : client;
  headers['x-forwarded-host'] ??= request.headers.host ?? '';
  headers['x-forwarded-proto'] ??= 'http';
  // The gateway sees its own host, as Vite's `changeOrigin` does in development.
  headers.host = target.host;
  return headers;
}

/** /graphql and /auth to the gateway, streamed both ways; an unreachable gateway is a 502 without its address. */
function proxyToGateway(gateway: URL, log: Logger, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = new URL(request.url ?? '/', gateway);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const upstream = send(target, { method: request.method, headers: forwardedHeaders(request, target) }, (answer) => {
      const headers: IncomingHttpHeaders = {};
      for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
      response.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(response);
      answer.once('end', resolve);
      answer.once('error', () => resolve());
    });
    upstream.once('error', (error) => {
      currentLogger(log).warn({ err: error }, 'gateway unreachable');
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ errors: [{ message: 'the gateway cannot be reached; retry later', extensions: { code: 'BAD_GATEWAY' } }] }));
      } else response.destroy();
      resolve();
    });
    request.pipe(upstream);
  });
}

export async function startProductionDashboard(config: ProductionDashboardConfig): Promise<RunningDashboard> {
  const files = staticFiles(config.distDir);
  if (files('index.html') === null) throw new Error(`${config.distDir} has no index.html: build the dashboard first (npm run build -w @uitstroom/dashboard)`);
  const log = serviceLogger('dashboard');
  const gateway = new URL(config.gatewayUrl);
  // Where Chromium opens the print view for /rapport.pdf: this server itself (known once it listens).
  let selfUrl = '';
  const reportPdf = createReportPdfHandler({ chromiumPath: config.chromiumPath, gatewayUrl: config.gatewayUrl }, () => selfUrl);
  const http = await serveHttp(
    {
      service: 'dashboard',
      log,
      metrics: createServiceMetrics('dashboard'),
      handle: async (request, response) => {
        // The API-verkenner's page (GraphiQL) alone may use data: fonts, as in development (vite.config.ts).
        const headers = (request.url ?? '').split('?')[0] === API_EXPLORER_PATH ? API_EXPLORER_SECURITY_HEADERS : SECURITY_HEADERS;
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        if (PROXIED.test(request.url ?? '')) return proxyToGateway(gateway, log, request, response);
        reportPdf.middleware(request, response, () => serveStatic(files, request, response));
      },
      ready: async () => ({ status: 200, body: { status: 'ready' } }),
    },
    { port: config.port, host: config.host },
  );
  // Chromium, on this machine, reaches a wildcard or loopback bind through 127.0.0.1.
  const urlHost = ['0.0.0.0', '::', 'localhost'].includes(http.host) ? '127.0.0.1' : http.host;
  selfUrl = `http://${urlHost.includes(':') ? `[${urlHost}]` : urlHost}:${http.port}/`;
  return {
    url: selfUrl,
    close: async () => {
      await http.close();
      await reportPdf.close();
    },
  };
}
