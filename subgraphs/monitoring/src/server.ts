// The monitoring subgraph: the uitstroommonitor figures.
import type { Database } from '@uitstroom/db/client';
import { createSubgraph, readSchemaFile, type SubgraphDefinition } from '@uitstroom/subgraph-kit';
import { createLoaders, type Loaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

export const typeDefs = readSchemaFile(new URL('../schema.graphql', import.meta.url));

export const definition: SubgraphDefinition<Loaders> = {
  name: 'monitoring',
  typeDefs,
  resolvers: resolvers as unknown as SubgraphDefinition<Loaders>['resolvers'],
  createLoaders,
};

export function createServer(database: Database) {
  return createSubgraph(definition, database);
}
