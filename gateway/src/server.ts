// The gateway: Hive Gateway's runtime (not its CLI package, which loads twice the memory) with the Rust query planner (router runtime) in front of the subgraphs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { Logger as HiveLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import {
  createServiceMetrics,
  serveHttp,
  serviceLogger,
  signViewer,
  subgraphSecret,
  traceHeaders,
  VIEWER_TOKEN_HEADER,
  type Logger,
  type MetricsExposure,
  type ServiceMetrics,
} from '@uitstroom/subgraph-kit/edge';
import { readAuthConfig, type AuthConfig } from './auth/config.ts';
import { createDevIssuer, type DevIssuer } from './auth/dev-issuer.ts';
import { devLoginRoutes } from './auth/dev-routes.ts';
import { AuthError, createIdentity, type Identity } from './auth/identity.ts';
import { composeSupergraph } from './compose.ts';
import type { SubgraphName } from './config.ts';
import { armorPlugins, introspectionRefused, readSecurityConfig, type SecurityConfig } from './security.ts';
import { schemaAuthorisationPlugins } from './auth/directives.ts';
import { refusalAuditPlugin, withRefusalLog } from './auth/refusal-audit.ts';
import { readResponseCacheTtl, responseCache } from './response-cache.ts';
import { readResponseCacheMaxBytes } from './bounded-cache.ts';
import { subgraphUnavailablePlugin } from './subgraph-errors.ts';
import { getOperationAST } from 'graphql';
import { loadManifest, persistedDocuments, readArbitraryOperations, type ArbitraryOperations } from './persisted-documents.ts';

export type { DemoUser } from './auth/demo-users.ts';
export type { SubgraphName } from './config.ts';
export { DEFAULT_ARBITRARY_OPERATIONS, readArbitraryOperations, type ArbitraryOperations } from './persisted-documents.ts';

/** A header a browser cannot send without a CORS preflight; GET requests must carry it (CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-csrf';

/** To every subgraph: the viewer the gateway verified and signed, the request id and the trace. Nothing else of the client's. */
const FORWARDED_HEADERS = [VIEWER_TOKEN_HEADER, 'x-request-id', 'traceparent', 'tracestate'];

/** Hive's own messages as JSON lines of the gateway's logger; debug only when LOG_LEVEL asks for it. */
function hiveLogging(log: Logger): HiveLogger {
  const hiveLevels = ['trace', 'debug', 'info', 'warn', 'error'] as const;
  const level = hiveLevels.find((l) => l === log.level) ?? (log.level === 'fatal' || log.level === 'silent' ? false : 'warn');
  return new HiveLogger({ level, writers: [new PinoLogWriter(log)] });
}

/** Counts the GraphQL errors of every response by code, whichever phase raised them. */
function errorMetrics(metrics: ServiceMetrics) {
  return {
    onResultProcess({ result }: { result: unknown }) {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results as { errors?: { extensions?: { code?: unknown } }[] }[]) {
        if (one?.errors?.length) metrics.graphqlErrors(one.errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
      }
    },
  };
}

export function createGateway(
  subgraphUrls: Record<SubgraphName, string>,
  security: SecurityConfig = readSecurityConfig(),
  secret: Uint8Array = subgraphSecret(),
  cacheTtlMs: number = readResponseCacheTtl(),
  observed: { log: Logger; metrics: ServiceMetrics } = { log: serviceLogger('gateway'), metrics: createServiceMetrics('gateway') },
  arbitraryOperations: ArbitraryOperations = readArbitraryOperations(),
) {
  const cache = cacheTtlMs > 0 ? responseCache(cacheTtlMs, readResponseCacheMaxBytes()) : null;
  return createGatewayRuntime({
    supergraph: composeSupergraph(subgraphUrls),
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    // The IDE comes in a later issue as a bundled asset; never load one from a CDN.
    graphiql: false,
    landingPage: false,
    logging: hiveLogging(observed.log),
    // The dashboard's operations by id from its manifest; operations of one's own only for ARBITRARY_OPERATIONS' roles.
    persistedDocuments: persistedDocuments(loadManifest(), arbitraryOperations),
    // Operation limits refuse before anything runs; one operation per request (no batching).
    // @authenticated, @requiresScopes and @policy in the subgraph schemas, enforced before any subgraph is called.
    // A subgraph down or timed out: the others' data, and one SUBGRAPH_UNAVAILABLE per missing field, no address (subgraph-errors.ts).
    plugins: () => [
      subgraphUnavailablePlugin(),
      errorMetrics(observed.metrics),
      ...armorPlugins(security),
      ...schemaAuthorisationPlugins(secret),
      refusalAuditPlugin(subgraphUrls.trajectories, secret, observed.log),
      ...(cache ? [cache.invalidateOnMutation] : []),
    ],
    // Aggregates per viewer scope until a write; never case-level data (response-cache.ts).
    responseCaching: cache?.config,
    batching: false,
    // A hung subgraph must not hold a request for ever: reads 30 s, writes (imports of 100,000 rows take ~15 s) 5 min.
    upstreamTimeout: ({ executionRequest }) =>
      executionRequest && getOperationAST(executionRequest.document, executionRequest.operationName)?.operation === 'mutation' ? 300_000 : 30_000,
    disableIntrospection: security.introspection === 'on' ? undefined : { disableIf: ({ context }) => introspectionRefused(security, (context as { request?: Request }).request) },
    csrfPrevention: { requestHeaders: [CSRF_HEADER, 'authorization'] },
    // Unexpected errors reach the client as "Unexpected error." and are logged in full here. Never
    // with the original message and stack, which the runtime adds when NODE_ENV=development — and
    // Vite sets that in the `npm start` process, whose dashboard dev server runs beside the gateway.
    maskedErrors: { isDev: false },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(FORWARDED_HEADERS.map((name) => [name, request.headers.get(name)]).filter(([, value]) => value)),
    },
  });
}

/**
 * Hive's server adapter disposes the gateway the moment SIGTERM or SIGINT arrives, aborting the
 * requests in flight ("server is shutting down"). The gateway is disposed by its own close() instead,
 * after they finish: the adapter's listeners (registered when it is built) are taken off again.
 */
function keepShutdownOurs(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateHandler') process.removeListener(signal, listener);
    }
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Where Prometheus scrapes the gateway: this port in development, METRICS_PORT's listener in production, else null. */
  metricsUrl: string | null;
  /** The demo issuer when DEV_LOGIN is on (tests mint tokens with it). */
  devIssuer: DevIssuer | null;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, message: string): void {
  response.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
}

/**
 * In front of the gateway: the demo login (when on), and for GraphQL the viewer from the bearer
 * token, signed for the subgraphs. A client's own viewer header is thrown away, never forwarded.
 */
function authenticating(gateway: ReturnType<typeof createGateway>, identity: Identity, dev: DevIssuer | null, secret: Uint8Array) {
  const devRoutes = dev ? devLoginRoutes(dev) : null;
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    if (devRoutes && path?.startsWith('/auth/dev/')) return devRoutes(request, response);
    delete request.headers[VIEWER_TOKEN_HEADER];
    // The subgraphs continue this request's trace (the server span opened around this handler), not the client's.
    delete request.headers.traceparent;
    delete request.headers.tracestate;
    Object.assign(request.headers, traceHeaders());
    if (path === '/graphql') {
      try {
        const viewer = await identity(request.headers.authorization);
        request.headers[VIEWER_TOKEN_HEADER] = await signViewer(viewer, secret);
      } catch (error) {
        if (error instanceof AuthError) return refuse(response, error.message);
        throw error;
      }
    }
    return withRefusalLog(() => gateway(request, response));
  };
}

export async function startGateway(options: {
  port: number;
  host?: string;
  subgraphUrls: Record<SubgraphName, string>;
  security?: SecurityConfig;
  auth?: AuthConfig;
  /** Response cache time to live; 0 turns it off (default RESPONSE_CACHE_TTL_MS). */
  cacheTtlMs?: number;
  /** Roles that may send operations other than the dashboard's persisted ones (default ARBITRARY_OPERATIONS). */
  arbitraryOperations?: ArbitraryOperations;
  secret?: Uint8Array;
  /** How long requests in flight may take to finish on close (default SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs?: number;
  /** Where /metrics is served (default METRICS_PORT, NODE_ENV: metrics-exposure.ts in the kit). */
  metrics?: MetricsExposure;
}): Promise<RunningGateway> {
  const auth = options.auth ?? readAuthConfig();
  const secret = options.secret ?? subgraphSecret();
  const log = serviceLogger('gateway');
  const metrics = createServiceMetrics('gateway');
  const gateway = createGateway(options.subgraphUrls, options.security, secret, options.cacheTtlMs, { log, metrics }, options.arbitraryOperations);
  keepShutdownOurs();
  const dev = auth.devLogin ? await createDevIssuer(auth.audience) : null;
  const handler = authenticating(gateway, createIdentity(auth, dev), dev, secret);
  const http = await serveHttp(
    {
      service: 'gateway',
      log,
      metrics,
      handle: async (request, response) => {
        try {
          await handler(request, response);
        } catch (error) {
          log.error({ err: error }, 'request failed');
          if (!response.headersSent) refuse(response, 'authentication failed');
        }
      },
      // Ready once the supergraph is loaded; the subgraphs' own readiness is theirs (a subgraph
      // down gives partial answers, it must not take the gateway out of its Service).
      ready: async () => ({ status: 200, body: { status: 'ready' } }),
    },
    options,
  );
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    port: http.port,
    metricsUrl: http.metricsUrl,
    devIssuer: dev,
    close: async () => {
      await http.close();
      await gateway.dispose();
    },
  };
}
