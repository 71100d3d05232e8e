// The gateway: Hive Gateway's runtime (not its CLI package, which loads twice the memory) with the Rust query planner (router runtime) in front of the subgraphs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { listenHttp, signViewer, subgraphSecret, VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';
import { readAuthConfig, type AuthConfig } from './auth/config.ts';
import { createDevIssuer, type DevIssuer } from './auth/dev-issuer.ts';
import { devLoginRoutes } from './auth/dev-routes.ts';
import { AuthError, createIdentity, type Identity } from './auth/identity.ts';
import { composeSupergraph } from './compose.ts';
import type { SubgraphName } from './config.ts';
import { armorPlugins, introspectionRefused, readSecurityConfig, type SecurityConfig } from './security.ts';
import { schemaAuthorisationPlugins } from './auth/directives.ts';
import { readResponseCacheTtl, responseCache } from './response-cache.ts';

export type { DemoUser } from './auth/demo-users.ts';
export type { SubgraphName } from './config.ts';

/** A header a browser cannot send without a CORS preflight; GET requests must carry it (CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-csrf';

/** To every subgraph: the viewer the gateway verified and signed, and the request id. Nothing else of the client's. */
const FORWARDED_HEADERS = [VIEWER_TOKEN_HEADER, 'x-request-id'];

export function createGateway(
  subgraphUrls: Record<SubgraphName, string>,
  security: SecurityConfig = readSecurityConfig(),
  secret: Uint8Array = subgraphSecret(),
  cacheTtlMs: number = readResponseCacheTtl(),
) {
  const cache = cacheTtlMs > 0 ? responseCache(cacheTtlMs) : null;
  return createGatewayRuntime({
    supergraph: composeSupergraph(subgraphUrls),
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    // The IDE comes in a later issue as a bundled asset; never load one from a CDN.
    graphiql: false,
    landingPage: false,
    logging: 'warn',
    // Operation limits refuse before anything runs; one operation per request (no batching).
    // @authenticated, @requiresScopes and @policy in the subgraph schemas, enforced before any subgraph is called.
    plugins: () => [...armorPlugins(security), ...schemaAuthorisationPlugins(secret), ...(cache ? [cache.invalidateOnMutation] : [])],
    // Aggregates per viewer scope until a write; never case-level data (response-cache.ts).
    responseCaching: cache?.config,
    batching: false,
    disableIntrospection: security.introspection === 'on' ? undefined : { disableIf: ({ context }) => introspectionRefused(security, (context as { request?: Request }).request) },
    csrfPrevention: { requestHeaders: [CSRF_HEADER, 'authorization'] },
    // Unexpected errors reach the client as "Unexpected error." and are logged in full here.
    maskedErrors: true,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(FORWARDED_HEADERS.map((name) => [name, request.headers.get(name)]).filter(([, value]) => value)),
    },
  });
}

export interface RunningGateway {
  url: string;
  port: number;
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
    if (path === '/graphql') {
      try {
        const viewer = await identity(request.headers.authorization);
        request.headers[VIEWER_TOKEN_HEADER] = await signViewer(viewer, secret);
      } catch (error) {
        if (error instanceof AuthError) return refuse(response, error.message);
        throw error;
      }
    }
    return gateway(request, response);
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
  secret?: Uint8Array;
}): Promise<RunningGateway> {
  const auth = options.auth ?? readAuthConfig();
  const secret = options.secret ?? subgraphSecret();
  const gateway = createGateway(options.subgraphUrls, options.security, secret, options.cacheTtlMs);
  const dev = auth.devLogin ? await createDevIssuer(auth.audience) : null;
  const handler = authenticating(gateway, createIdentity(auth, dev), dev, secret);
  const http = await listenHttp(
    createServer((request, response) => {
      handler(request, response).catch((error: unknown) => {
        console.error('gateway: request failed', error);
        if (!response.headersSent) refuse(response, 'authentication failed');
      });
    }),
    options,
  );
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    port: http.port,
    devIssuer: dev,
    close: async () => {
      await http.close();
      await gateway.dispose();
    },
  };
}
