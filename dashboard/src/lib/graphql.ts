// The dashboard's only way to the data: POST {query, variables} to the gateway at /graphql.

const GRAPHQL_PATH = '/graphql';

/**
 * Development viewer header until real authentication exists: the gateway derives what the
 * viewer may see from it. This is the one place to change it.
 */
const VIEWER_HEADERS: Readonly<Record<string, string>> = { 'x-viewer-role': 'werkgroep' };

export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export type GraphQLVariables = Record<string, unknown>;

interface GraphQLResponseBody<TData> {
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

export async function graphqlRequest<TData>(
  query: string,
  variables: GraphQLVariables = {},
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...VIEWER_HEADERS,
      },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError(`de server is niet bereikbaar (${describe(error)})`, { cause: error });
  }
  const body = await readBody<TData>(response);
  return unwrap(response, body);
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

function unwrap<TData>(response: Response, body: GraphQLResponseBody<TData> | undefined): TData {
  const status = response.status;
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.length > 0) {
    const messages = errors.map((error) => error.message).join('; ');
    throw new GraphQLRequestError(messages, { status, graphQLErrors: errors });
  }
  if (!response.ok) {
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

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
