// Builds an Apollo Federation 2 subgraph server from a schema file and resolvers.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { Database, Db } from '@uitstroom/db/client';
import type { DocumentNode } from 'graphql';
import { databaseUnavailable, isDatabaseUnavailable } from './database-errors.ts';
import { currentLogger, serviceLogger, type Logger } from './observability/logger.ts';
import { createServiceMetrics, type ServiceMetrics } from './observability/metrics.ts';
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
  log: Logger;
  metrics: ServiceMetrics;
  contextFor(viewer: Viewer): SubgraphContext<Loaders>;
}

/** Counts every GraphQL error a response carries, by its code. */
function errorMetrics(metrics: ServiceMetrics): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors }) => metrics.graphqlErrors(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))),
    }),
  };
}

export function createSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>, database: Database): Subgraph<Loaders> {
  const log = serviceLogger(definition.name);
  const metrics = createServiceMetrics(definition.name, database);
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]),
    // Unexpected errors are logged in full here (with the request id) and reach the client without internals.
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        // The database gone (restarting, unreachable): a clear error to retry on, no address in it.
        if (isDatabaseUnavailable(error)) {
          currentLogger(log).warn({ err: error, path: formatted.path }, 'database unavailable');
          return { ...databaseUnavailable, path: formatted.path };
        }
        currentLogger(log).error({ err: error, path: formatted.path }, 'resolver failed');
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
    includeStacktraceInErrorResponses: false,
    // stopOnSignals owns SIGTERM/SIGINT; Apollo's own handler raced it, and Apollo Server 5's stop()
    // called during another stop never resolves: standalone subgraphs hung on SIGTERM (test/deploy/live.test.ts).
    stopOnTerminationSignals: false,
    logger: apolloLogger(log),
    // Traces are for Apollo's hosted studio, which we do not use.
    plugins: [ApolloServerPluginInlineTraceDisabled(), errorMetrics(metrics)],
  });
  return {
    name: definition.name,
    apollo,
    database,
    log,
    metrics,
    contextFor: (viewer) => ({ viewer, db: database.db, loaders: definition.createLoaders(database.db, viewer) }),
  };
}

/** Apollo Server's own messages as JSON lines of this service. */
function apolloLogger(log: Logger) {
  return {
    debug: (message: string) => log.debug(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warn(message),
    error: (message: string) => log.error(message),
  };
}
