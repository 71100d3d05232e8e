// Reference "@apollo/gateway": Apollo's JavaScript gateway (query planner in JS) behind Apollo Server
// 5, in front of the platform's own running subgraphs, on the supergraph the Hive gateway composes.
// Configured to be fast: static supergraph, no reporting, traces or cache-control work, default
// query plan cache. It checks the viewer header a client sends and forwards it to the subgraphs.
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { composeSupergraph } from '@uitstroom/gateway/compose';
import { verifyViewer, VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit';
import { LEAN_PLUGINS, serveApollo, type ReferenceServer } from './http.ts';
import type { SubgraphName } from './merged-schema.ts';

interface GatewayContext {
  /** The signed viewer the client sent, verified: forwarded to every subgraph as is. */
  viewerToken: string;
  /** Forwarded as the Hive gateway forwards it. */
  requestId: string | undefined;
}

/**
 * @apollo/gateway 2.14 refuses a supergraph that links the auth specs `for: SECURITY` ("feature …
 * is for: SECURITY but is unsupported": it cannot enforce them). Linked without that purpose the
 * directives stay in the supergraph as plain metadata; the schema and query plans are unchanged.
 * (Only the Hive gateway enforces @authenticated/@requiresScopes/@policy; the subgraphs check again.)
 */
export function supergraphForApolloGateway(supergraphSdl: string): string {
  return supergraphSdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g, '$1)');
}

class ViewerForwarding extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(VIEWER_TOKEN_HEADER, context.viewerToken);
    if (context.requestId) headers.set('x-request-id', context.requestId);
  }
}

export async function startApolloGateway(subgraphUrls: Record<SubgraphName, string>, secret: Uint8Array): Promise<ReferenceServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForApolloGateway(composeSupergraph(subgraphUrls)),
    // Apollo's default fetcher (make-fetch-happen, keep-alive, unlimited sockets): under 20 clients it
    // beat Node's own fetch (undici) in 4 of 5 tries here. Subgraphs send no cache hints worth parsing.
    buildService: ({ url }) => new ViewerForwarding({ url, honorSubgraphCacheControlHeader: false }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: LEAN_PLUGINS(),
  });
  return serveApollo(apollo, async (headers) => {
    const viewerToken = headers.get(VIEWER_TOKEN_HEADER);
    if (!viewerToken || (await verifyViewer(viewerToken, secret)) === null) return null;
    return { viewerToken, requestId: headers.get('x-request-id') };
  });
}
