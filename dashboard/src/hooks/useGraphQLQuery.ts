import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest, isAbortError, type GraphQLVariables } from '../lib/graphql.ts';

export type QueryState<TData> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: TData };

export type QueryResult<TData> = QueryState<TData> & { retry: () => void };

/** A settled answer, remembered together with the request it answers. */
type Settled<TData> = { requestKey: string } & ({ status: 'error'; error: Error } | { status: 'success'; data: TData });

/**
 * Runs one GraphQL operation whenever its variables change; `null` variables mean "not yet".
 * A newer request aborts the older one, and an answer only counts for the request it belongs
 * to, so the page never shows data for a selection the user has already left.
 */
export function useGraphQLQuery<TData>(query: string, variables: GraphQLVariables | null): QueryResult<TData> {
  const [attempt, setAttempt] = useState(0);
  // Compare by value: callers build a fresh variables object on every render.
  const requestKey = variables === null ? null : JSON.stringify([query, variables, attempt]);
  const [settled, setSettled] = useState<Settled<TData> | null>(null);

  useEffect(() => {
    if (requestKey === null) return undefined;
    const [, requestVariables] = JSON.parse(requestKey) as [string, GraphQLVariables, number];
    const controller = new AbortController();
    graphqlRequest<TData>(query, requestVariables, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ requestKey, status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const asError = error instanceof Error ? error : new Error(String(error));
        setSettled({ requestKey, status: 'error', error: asError });
      },
    );
    return () => controller.abort();
  }, [query, requestKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...currentState(requestKey, settled), retry };
}

function currentState<TData>(requestKey: string | null, settled: Settled<TData> | null): QueryState<TData> {
  if (requestKey === null) return { status: 'idle' };
  if (settled === null || settled.requestKey !== requestKey) return { status: 'loading' };
  return settled.status === 'success'
    ? { status: 'success', data: settled.data }
    : { status: 'error', error: settled.error };
}
