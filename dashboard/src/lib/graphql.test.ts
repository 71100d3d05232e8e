import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, graphqlRequest } from './graphql.ts';

function fakeFetch(response: Response | Error): { fetch: typeof fetch; calls: Array<[string, RequestInit]> } {
  const calls: Array<[string, RequestInit]> = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push([String(input), init ?? {}]);
    if (response instanceof Error) throw response;
    return response;
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('graphqlRequest', () => {
  it('POSTs query and variables to /graphql with the viewer header and returns data', async () => {
    const { fetch, calls } = fakeFetch(json({ data: { covenants: [] } }));
    const data = await graphqlRequest<{ covenants: unknown[] }>('query Q { covenants { id } }', { a: 1 }, { fetch });

    expect(data).toEqual({ covenants: [] });
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-viewer-role': 'werkgroep' });
    expect(JSON.parse(String(init.body))).toEqual({ query: 'query Q { covenants { id } }', variables: { a: 1 } });
  });

  it.each([
    {
      name: 'GraphQL errors, joined',
      response: json({ data: null, errors: [{ message: 'Onbekend convenant' }, { message: 'Geen toegang' }] }),
      message: 'Onbekend convenant; Geen toegang',
      status: 200,
    },
    {
      name: 'GraphQL errors on a 400 answer',
      response: json({ errors: [{ message: 'Variable "$from" got invalid value' }] }, { status: 400 }),
      message: 'Variable "$from" got invalid value',
      status: 400,
    },
    {
      name: 'HTTP error without a GraphQL body',
      response: new Response('upstream down', { status: 502, statusText: 'Bad Gateway' }),
      message: 'de server antwoordde met HTTP 502 Bad Gateway',
      status: 502,
    },
    {
      name: 'a body that is not JSON',
      response: new Response('<html></html>', { status: 200 }),
      message: 'de server gaf geen geldig JSON-antwoord (HTTP 200)',
      status: 200,
    },
    {
      name: 'an answer without data',
      response: json({ data: null }),
      message: 'de server gaf geen gegevens terug',
      status: 200,
    },
  ])('throws a GraphQLRequestError for $name', async ({ response, message, status }) => {
    const { fetch } = fakeFetch(response);
    const error = await graphqlRequest('{ covenants { id } }', {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe(message);
    expect((error as GraphQLRequestError).status).toBe(status);
  });

  it('explains a network failure', async () => {
    const { fetch } = fakeFetch(new TypeError('fetch failed'));
    await expect(graphqlRequest('{ covenants { id } }', {}, { fetch })).rejects.toThrow(
      'de server is niet bereikbaar (fetch failed)',
    );
  });

  it('lets an abort through unchanged, so callers can ignore it', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const { fetch } = fakeFetch(abort);
    await expect(graphqlRequest('{ covenants { id } }', {}, { fetch })).rejects.toBe(abort);
  });
});
