// How GraphiQL reaches the API: the dashboard's own `/graphql` (same origin, proxied to the gateway),
// with the signed-in user's token on every request — also on the schema's introspection. POST with
// JSON, which the gateway accepts without the CSRF header.
import type { GraphiQLProps } from 'graphiql';
import { GRAPHQL_PATH, graphqlHeaders, parseGraphQLBody } from '../lib/graphql.ts';
import { signOut } from '../lib/session.ts';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherResult = Awaited<ReturnType<Fetcher>>;

function failure(message: string): FetcherResult {
  return { errors: [{ message }] } as unknown as FetcherResult;
}

export const fetchGraphQL: Fetcher = async ({ query, operationName, variables }) => {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: 'POST', headers: graphqlHeaders(), body: JSON.stringify({ query, operationName, variables }) });
  } catch (error) {
    return failure(`De server is niet bereikbaar (${error instanceof Error ? error.message : String(error)}).`);
  }
  // An expired or refused token: the page asks to sign in again, as the dashboard does.
  if (response.status === 401) signOut();
  const body = parseGraphQLBody(await response.text());
  return body === undefined ? failure(`De server gaf geen GraphQL-antwoord (HTTP ${response.status}).`) : (body as FetcherResult);
};
