import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError, graphqlRequest, isAbortError, type GraphQLVariables } from '../lib/graphql.ts';

export type MutationState<TData> =
  | { status: 'idle' }
  | { status: 'running' }
  /** The server's messages as sent (English for refusals); the page puts them into Dutch. */
  | { status: 'error'; messages: string[] }
  | { status: 'success'; data: TData };

/** How one run ended; 'abandoned' when the page was left (or the run replaced) before the answer. */
export type MutationOutcome<TData> = { status: 'success'; data: TData } | { status: 'error'; messages: string[] } | { status: 'abandoned' };

export interface Mutation<TData, TVariables extends GraphQLVariables> {
  state: MutationState<TData>;
  /** Sends the mutation; never rejects. */
  run: (variables: TVariables) => Promise<MutationOutcome<TData>>;
  reset: () => void;
}

/** The messages of a failed request: each GraphQL error's own, or the transport's (already Dutch). */
export function errorMessages(error: unknown): string[] {
  if (error instanceof GraphQLRequestError && error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message);
  return [error instanceof Error ? error.message : String(error)];
}

/**
 * Runs one GraphQL mutation on request. Leaving the page abandons a running one (its answer is
 * ignored; the server may still have done it, which the next load shows).
 */
export function useGraphQLMutation<TData, TVariables extends GraphQLVariables>(mutation: string): Mutation<TData, TVariables> {
  const [state, setState] = useState<MutationState<TData>>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (variables: TVariables): Promise<MutationOutcome<TData>> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'running' });
      try {
        const data = await graphqlRequest<TData>(mutation, variables, { signal: controller.signal });
        if (controller.signal.aborted) return { status: 'abandoned' };
        setState({ status: 'success', data });
        return { status: 'success', data };
      } catch (error) {
        if (controller.signal.aborted || isAbortError(error)) return { status: 'abandoned' };
        const messages = errorMessages(error);
        setState({ status: 'error', messages });
        return { status: 'error', messages };
      }
    },
    [mutation],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}
