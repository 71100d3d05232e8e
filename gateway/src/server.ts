// The gateway: Hive Gateway with the Rust query planner (router runtime) in front of the subgraphs.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { listenHttp, VIEWER_HEADERS } from '@uitstroom/subgraph-kit';
import { composeSupergraph } from './compose.ts';
import type { SubgraphName } from './config.ts';
import { armorPlugins, readSecurityConfig, type SecurityConfig } from './security.ts';

/** A header a browser cannot send without a CORS preflight; GET requests must carry it (CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-csrf';

/** Development viewer headers forwarded to every subgraph (authentication will replace their source). */
const FORWARDED_HEADERS = [VIEWER_HEADERS.role, VIEWER_HEADERS.organisation, VIEWER_HEADERS.user, 'x-request-id'];

export function createGateway(subgraphUrls: Record<SubgraphName, string>, security: SecurityConfig = readSecurityConfig()) {
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
    plugins: () => armorPlugins(security),
    batching: false,
    disableIntrospection: security.introspection === 'off' ? { disableIf: () => true } : undefined,
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
  close(): Promise<void>;
}

export async function startGateway(options: { port: number; host?: string; subgraphUrls: Record<SubgraphName, string>; security?: SecurityConfig }): Promise<RunningGateway> {
  const gateway = createGateway(options.subgraphUrls, options.security);
  const http = await listenHttp(createServer(gateway), options);
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    port: http.port,
    close: async () => {
      await http.close();
      await gateway.dispose();
    },
  };
}
