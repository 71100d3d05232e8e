// Test helpers: run an operation on a subgraph in-process (executeOperation) as a given viewer.
import type { Viewer } from './viewer.ts';
import type { Subgraph } from './server.ts';

export interface OperationResult<T> {
  data: T | null | undefined;
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

export async function execute<T = Record<string, unknown>>(
  // Any subgraph, whatever its loaders: callers name only the result type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  subgraph: Subgraph<any>,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = { role: 'beheerder', organisationId: null },
): Promise<OperationResult<T>> {
  const response = await subgraph.apollo.executeOperation<T>({ query, variables }, { contextValue: subgraph.contextFor(viewer) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}

/** Counts SQL statements sent through a database handle made with `onQuery: counter.record`. */
export function statementCounter() {
  const statements: string[] = [];
  return {
    record: (query: string) => {
      statements.push(query);
    },
    get count() {
      return statements.length;
    },
    statements,
  };
}
