import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, graphqlRequest } from './graphql.ts';
import { currentSession, signIn, signOut } from './session.ts';

// The tab's sessionStorage, as the browser has it.
const stored = new Map<string, string>();
vi.stubGlobal('sessionStorage', {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => void stored.set(key, value),
  removeItem: (key: string) => void stored.delete(key),
});

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
  it('POSTs query and variables to /graphql with the signed-in user\'s bearer token and returns data', async () => {
    signIn({ token: 'abc.def.ghi', user: { id: 'werkgroep', label: 'Werkgroep' } });
    const { fetch, calls } = fakeFetch(json({ data: { covenants: [] } }));
    const data = await graphqlRequest<{ covenants: unknown[] }>('query Q { covenants { id } }', { a: 1 }, { fetch });

    expect(data).toEqual({ covenants: [] });
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' });
    signOut();
    const signedOut = fakeFetch(json({ data: { covenants: [] } }));
    await graphqlRequest('query Q { covenants { id } }', {}, { fetch: signedOut.fetch });
    expect(signedOut.calls[0]?.[1].headers).not.toHaveProperty('authorization');
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

  it('signs the user out when the gateway refuses the token (401), saying why', async () => {
    signIn({ token: 'expired', user: { id: 'werkgroep', label: 'Werkgroep' } });
    const { fetch } = fakeFetch(json({ errors: [{ message: 'the bearer token has expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] }, { status: 401 }));
    await expect(graphqlRequest('query Q { covenants { id } }', {}, { fetch })).rejects.toThrow('u bent niet (meer) aangemeld: the bearer token has expired: sign in again');
    expect(currentSession()).toBeNull();
  });
});
