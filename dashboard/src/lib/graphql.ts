// The dashboard's only way to the data: POST {documentId, variables} to the gateway at /graphql.
// The dashboard sends its operations by id only (trusted documents): the gateway runs the texts it
// loaded from the same manifest, and refuses operations of one's own to most roles.

export const GRAPHQL_PATH = '/graphql';

import manifest from '../../persisted-documents.json' with { type: 'json' };
import { dutchInputProblem } from './input-problems.ts';
import { authorizationHeader, signOut } from './session.ts';

/** Document text → id, from the manifest `npm run persisted-documents` writes from these sources. */
const PERSISTED_IDS = new Map<string, string>(Object.entries(manifest as Record<string, string>).map(([id, text]) => [text, id]));

/**
 * Headers of every GraphQL request, by fetch here or by XMLHttpRequest in upload.ts: JSON, and the
 * signed-in user's bearer token (the gateway derives from it what the viewer may see and do).
 */
export function graphqlHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authorizationHeader() };
}

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export type GraphQLVariables = Record<string, unknown>;

export interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorPayload[];
}

/** Messages are Dutch and lower-case: the UI shows them after "De gegevens konden niet worden geladen: ". */
export class GraphQLRequestError extends Error {
  readonly status: number | undefined;
  readonly graphQLErrors: readonly GraphQLErrorPayload[];

  constructor(
    message: string,
    details: { status?: number; graphQLErrors?: readonly GraphQLErrorPayload[]; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'GraphQLRequestError';
    this.status = details.status;
    this.graphQLErrors = details.graphQLErrors ?? [];
  }
}

export interface GraphQLRequestOptions {
  signal?: AbortSignal;
  /** Injected in unit tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
  endpoint?: string;
}

/**
 * The id the gateway knows `document` by. An operation missing from the manifest is a developer's
 * mistake (changed without regenerating): fail before sending, saying how to fix it.
 */
export function persistedDocumentId(document: string): string {
  const id = PERSISTED_IDS.get(document);
  if (id === undefined) {
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'deze bewerking';
    throw new GraphQLRequestError(`${name} staat niet in persisted-documents.json; voer npm run persisted-documents -w @uitstroom/dashboard uit`);
  }
  return id;
}

/** Runs one of the dashboard's own operations, sent by its persisted id. */
export async function graphqlRequest<TData>(
  document: string,
  variables: GraphQLVariables = {},
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const documentId = persistedDocumentId(document);
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_PATH, {
      method: 'POST',
      headers: graphqlHeaders(),
      body: JSON.stringify({ documentId, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError(`de server is niet bereikbaar (${describe(error)})`, { cause: error });
  }
  const body = await readBody<TData>(response);
  return unwrapGraphQLResponse(response, body);
}

async function readBody<TData>(response: Response): Promise<GraphQLResponseBody<TData> | undefined> {
  try {
    const parsed: unknown = await response.json();
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLResponseBody<TData>) : undefined;
  } catch (error) {
    if (isAbortError(error)) throw error;
    return undefined;
  }
}

/** The parsed JSON body when it is an object, otherwise undefined. */
export function parseGraphQLBody<TData>(text: string): GraphQLResponseBody<TData> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLResponseBody<TData>) : undefined;
  } catch {
    return undefined;
  }
}

/** The data of an answer, or a GraphQLRequestError saying in Dutch what went wrong. */
export function unwrapGraphQLResponse<TData>(
  response: { status: number; statusText: string },
  body: GraphQLResponseBody<TData> | undefined,
): TData {
  const status = response.status;
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (status === 401) {
    // The token expired or is not accepted: back to signing in.
    signOut();
    throw new GraphQLRequestError(`u bent niet (meer) aangemeld: ${errors.map((e) => e.message).join('; ') || 'meld u opnieuw aan'}`, { status, graphQLErrors: errors });
  }
  if (errors.length > 0) {
    const messages = [...new Set(errors.map(errorText))].join('; ');
    throw new GraphQLRequestError(messages, { status, graphQLErrors: errors });
  }
  if (status < 200 || status > 299) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new GraphQLRequestError(`de server antwoordde met HTTP ${status}${statusText}`, { status });
  }
  if (body === undefined) {
    throw new GraphQLRequestError(`de server gaf geen geldig JSON-antwoord (HTTP ${status})`, { status });
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('de server gaf geen gegevens terug', { status });
  }
  return body.data;
}

/** What the page says about one error: the API's refusals of input in Dutch, others as they come. */
function errorText(error: GraphQLErrorPayload): string {
  return error.extensions?.code === 'BAD_USER_INPUT' ? dutchInputProblem(error.message) : error.message;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
