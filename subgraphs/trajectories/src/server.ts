// The trajectories subgraph: trajectories, their steps, and VoorzieningenWijzer visits.
import type { Database } from '@uitstroom/db/client';
import { createSubgraph, readSchemaFile, type SubgraphDefinition } from '@uitstroom/subgraph-kit';
import { createLoaders, type Loaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

export const typeDefs = readSchemaFile(new URL('../schema.graphql', import.meta.url));

export const definition: SubgraphDefinition<Loaders> = {
  name: 'trajectories',
  typeDefs,
  resolvers: resolvers as unknown as SubgraphDefinition<Loaders>['resolvers'],
  createLoaders,
};

export function createServer(database: Database) {
  return createSubgraph(definition, database);
}
