// Reference "single server": one Apollo Server serving the supergraph's API schema with the four
// subgraphs' own resolvers and per-request contexts (DataLoaders, same SQL), without a federation
// hop — the ceiling for GraphQL on this stack. It takes the viewer as a subgraph does: from the
// signed x-uitstroom-viewer header (see viewer.ts), verified with the subgraphs' secret.
import { ApolloServer, type ApolloServerOptionsWithTypeDefs } from '@apollo/server';
import type { Database } from '@uitstroom/db/client';
import { createServer as createFunding, definition as funding } from '@uitstroom/funding';
import { createServer as createMonitoring, definition as monitoring } from '@uitstroom/monitoring';
import { createServer as createParties, definition as parties } from '@uitstroom/parties';
import { verifyViewer, VIEWER_TOKEN_HEADER, type Subgraph, type SubgraphDefinition } from '@uitstroom/subgraph-kit';
import { createServer as createTrajectories, definition as trajectories } from '@uitstroom/trajectories';
import { LEAN_PLUGINS, serveApollo, type ReferenceServer } from './http.ts';
import { mergedSchema, MergedContext, type MergedSubgraph, type SubgraphName } from './merged-schema.ts';

// Any subgraph, whatever its loaders.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySubgraph = { definition: SubgraphDefinition<any>; create(database: Database): Subgraph<any> };

const SUBGRAPHS: Record<SubgraphName, AnySubgraph> = {
  parties: { definition: parties, create: createParties },
  trajectories: { definition: trajectories, create: createTrajectories },
  funding: { definition: funding, create: createFunding },
  monitoring: { definition: monitoring, create: createMonitoring },
};

/** The four subgraphs as the merged schema wants them; contexts come from each subgraph's own contextFor on this database. */
export function mergedSubgraphs(database: Database): MergedSubgraph[] {
  return Object.entries(SUBGRAPHS).map(([name, { definition, create }]) => {
    // createSubgraph builds (but never starts) the subgraph's own Apollo Server; only its contextFor is used.
    const subgraph = create(database);
    return { name: name as SubgraphName, typeDefs: definition.typeDefs, resolvers: definition.resolvers as MergedSubgraph['resolvers'], contextFor: subgraph.contextFor };
  });
}

export async function startUnfederatedServer(database: Database, secret: Uint8Array): Promise<ReferenceServer> {
  const subgraphs = mergedSubgraphs(database);
  const byName = new Map(subgraphs.map((s) => [s.name, s]));
  const { typeDefs, resolvers } = mergedSchema(subgraphs);
  const apollo = new ApolloServer<MergedContext>({
    typeDefs,
    resolvers: resolvers as ApolloServerOptionsWithTypeDefs<MergedContext>['resolvers'],
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: LEAN_PLUGINS(),
  });
  return serveApollo(apollo, async (headers) => {
    const viewer = await verifyViewer(headers.get(VIEWER_TOKEN_HEADER), secret);
    return viewer === null ? null : new MergedContext(viewer, byName);
  });
}
