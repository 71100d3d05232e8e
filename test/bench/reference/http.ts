// The HTTP front both reference servers share: node:http straight into Apollo Server, as lean as
// the subgraphs' own front (subgraph-kit http.ts) — no CORS or body-parser middleware in the way.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { apolloRequestFrom, listenHttp, sendApolloResponse, sendJson } from '@uitstroom/subgraph-kit';

export interface ReferenceServer {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  close(): Promise<void>;
}

/** Everything Apollo Server would otherwise do per request that neither reference needs (reporting, cache hints, traces). */
export const LEAN_PLUGINS = () => [
  ApolloServerPluginUsageReportingDisabled(),
  ApolloServerPluginSchemaReportingDisabled(),
  ApolloServerPluginCacheControlDisabled(),
  ApolloServerPluginInlineTraceDisabled(),
  ApolloServerPluginLandingPageDisabled(),
];

async function handle<C extends BaseContext>(apollo: ApolloServer<C>, contextFor: (headers: HeaderMap) => Promise<C | null>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'not found' });
  const parsed = await apolloRequestFrom(request, response);
  if (parsed === null) return;
  const { headers, body } = parsed;
  const context = await contextFor(headers);
  if (context === null) return sendJson(response, 401, { errors: [{ message: 'a valid x-uitstroom-viewer header is required', extensions: { code: 'UNAUTHENTICATED' } }] });
  const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body }, context: async () => context });
  await sendApolloResponse(response, result);
}

/** Starts apollo and serves it on a free port of 127.0.0.1; contextFor returns null to refuse a request (401). */
export async function serveApollo<C extends BaseContext>(apollo: ApolloServer<C>, contextFor: (headers: HeaderMap) => Promise<C | null>): Promise<ReferenceServer> {
  await apollo.start();
  const server = createServer((request, response) => {
    handle(apollo, contextFor, request, response).catch((error: unknown) => {
      console.error('reference server: request failed', error);
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error' }] });
      else response.end();
    });
  });
  const http = await listenHttp(server, { port: 0 });
  return {
    url: `http://${http.host}:${http.port}/graphql`,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
