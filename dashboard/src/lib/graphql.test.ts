import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { COVENANTS_QUERY } from '../hooks/useCovenants.ts';
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

/** One of the dashboard's own operations: the only kind graphqlRequest sends. */
const OPERATION = COVENANTS_QUERY;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('graphqlRequest', () => {
  it('POSTs the persisted id (sha256 of the text, never the text) and variables to /graphql with the signed-in user\'s bearer token and returns data', async () => {
    signIn({ token: 'abc.def.ghi', user: { id: 'werkgroep', label: 'Werkgroep' } });
    const { fetch, calls } = fakeFetch(json({ data: { covenants: [] } }));
    const data = await graphqlRequest<{ covenants: unknown[] }>(OPERATION, { a: 1 }, { fetch });

    expect(data).toEqual({ covenants: [] });
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' });
    signOut();
    const signedOut = fakeFetch(json({ data: { covenants: [] } }));
    await graphqlRequest(OPERATION, {}, { fetch: signedOut.fetch });
    expect(signedOut.calls[0]?.[1].headers).not.toHaveProperty('authorization');
    expect(JSON.parse(String(init.body))).toEqual({ documentId: sha256(OPERATION), variables: { a: 1 } });
    expect(String(init.body)).not.toContain('covenants');
  });

  it('refuses, before sending anything, an operation that is not in the manifest, saying how to regenerate it', async () => {
    const { fetch, calls } = fakeFetch(json({ data: {} }));
    const changed = OPERATION.replace('region', 'region kind');
    await expect(graphqlRequest(changed, {}, { fetch })).rejects.toThrow(
      'DashboardCovenants staat niet in persisted-documents.json; voer npm run persisted-documents -w @uitstroom/dashboard uit',
    );
    expect(calls).toEqual([]);
  });

  it.each([
    {
      name: 'GraphQL errors, joined',
      response: json({ data: null, errors: [{ message: 'Onbekend convenant' }, { message: 'Geen toegang' }] }),
      message: 'Onbekend convenant; Geen toegang',
      status: 200,
    },
    {
      name: 'a refusal of input (BAD_USER_INPUT), in Dutch, once however many fields it refused',
      response: json({
        data: { targets: null },
        errors: [0, 1].map((i) => ({
          message: 'progress for role werkgroep exists only at the end of a month or on the data date (2026-10-30); 2026-06-15 is neither: ask for 2026-05-31 or 2026-06-30',
          path: ['targets', i, 'progress'],
          extensions: { code: 'BAD_USER_INPUT' },
        })),
      }),
      message: 'de voortgang is er alleen op de laatste dag van een maand of op de datum ‘gegevens t/m’ (30 oktober 2026); kies 31 mei 2026 of 30 juni 2026.',
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
    const error = await graphqlRequest(OPERATION, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).message).toBe(message);
    expect((error as GraphQLRequestError).status).toBe(status);
  });

  it('explains a network failure', async () => {
    const { fetch } = fakeFetch(new TypeError('fetch failed'));
    await expect(graphqlRequest(OPERATION, {}, { fetch })).rejects.toThrow(
      'de server is niet bereikbaar (fetch failed)',
    );
  });

  it('lets an abort through unchanged, so callers can ignore it', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const { fetch } = fakeFetch(abort);
    await expect(graphqlRequest(OPERATION, {}, { fetch })).rejects.toBe(abort);
  });

  it('signs the user out when the gateway refuses the token (401), saying why', async () => {
    signIn({ token: 'expired', user: { id: 'werkgroep', label: 'Werkgroep' } });
    const { fetch } = fakeFetch(json({ errors: [{ message: 'the bearer token has expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] }, { status: 401 }));
    await expect(graphqlRequest(OPERATION, {}, { fetch })).rejects.toThrow('u bent niet (meer) aangemeld: the bearer token has expired: sign in again');
    expect(currentSession()).toBeNull();
  });
});
