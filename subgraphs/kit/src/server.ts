// Builds an Apollo Federation 2 subgraph server from a schema file and resolvers.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { Database, Db } from '@uitstroom/db/client';
import type { DocumentNode } from 'graphql';
import type { Viewer } from './viewer.ts';

/** What every resolver gets: the viewer, the database and this request's loaders. */
export interface SubgraphContext<Loaders> {
  viewer: Viewer;
  db: Db;
  loaders: Loaders;
}

export interface SubgraphDefinition<Loaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<Loaders>>;
  /** New loaders per request, so nothing is cached across viewers; they may scope what they load to the viewer. */
  createLoaders(db: Db, viewer: Viewer): Loaders;
}

export interface Subgraph<Loaders> {
  name: string;
  apollo: ApolloServer<SubgraphContext<Loaders>>;
  database: Database;
  contextFor(viewer: Viewer): SubgraphContext<Loaders>;
}

export function createSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, database: Database): Subgraph<Loaders> {
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]),
    // Unexpected errors are logged in full here and reach the client without internals.
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        console.error(`[${definition.name}]`, error);
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
    includeStacktraceInErrorResponses: false,
    // Traces are for Apollo's hosted studio, which we do not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  return {
    name: definition.name,
    apollo,
    database,
    contextFor: (viewer) => ({ viewer, db: database.db, loaders: definition.createLoaders(database.db, viewer) }),
  };
}
