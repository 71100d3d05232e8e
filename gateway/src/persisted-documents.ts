// Trusted documents. The dashboard sends its operations by id (the sha256 of the exact text) from a
// manifest generated from its sources (dashboard/persisted-documents.json); the gateway loads it at
// start-up and runs those for everyone. An operation the platform did not write runs only for the
// roles that may send their own (ARBITRARY_OPERATIONS): with a werkgroep's token from the browser,
// nobody can query the API beyond what the dashboard asks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ROLES, VIEWER_TOKEN_HEADER, type ViewerRole } from '@uitstroom/subgraph-kit/edge';
import { decodeJwt } from 'jose';

// The refusals are thrown from the runtime's request hooks, which mask every error that is not an
// instance of *its* GraphQLError as "Unexpected error." (HTTP 500). graphql 16 ships a CommonJS and
// an ESM build; Node gives the runtime and an `import` here the CommonJS one, but Vitest's resolver
// gives an `import` the ESM one. Taking the class from the CommonJS build is the same in both.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Who may send operations of their own: every viewer (signed in or not), or these roles. */
export type ArbitraryOperations = 'all' | ReadonlySet<ViewerRole>;

/**
 * Analysts query the API; the beheerder administers it; a medewerker's work (registering and
 * recording trajectories, the Garantiefonds' rounds and claims, imports from its own systems) has no
 * dashboard page and goes through the API. The werkgroep and the bestuurder use the dashboard only.
 */
export const DEFAULT_ARBITRARY_OPERATIONS: ArbitraryOperations = new Set<ViewerRole>(['analist', 'beheerder', 'medewerker']);

/** How a developer brings the manifest up to date with the dashboard's operations. */
export const REGENERATE_COMMAND = 'npm run persisted-documents -w @uitstroom/dashboard';

/** Persisted document id → document text. */
export type PersistedManifest = ReadonlyMap<string, string>;

/** ARBITRARY_OPERATIONS: `all`, `none`, or roles separated by commas; by default analist, beheerder and medewerker. */
export function readArbitraryOperations(env: NodeJS.ProcessEnv = process.env): ArbitraryOperations {
  const raw = env.ARBITRARY_OPERATIONS?.trim().toLowerCase();
  if (raw === undefined || raw === '') return DEFAULT_ARBITRARY_OPERATIONS;
  if (raw === 'all') return 'all';
  if (raw === 'none') return new Set();
  const names = raw.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !ROLES.some((role) => role === name));
  if (unknown.length > 0) {
    throw new Error(`ARBITRARY_OPERATIONS must be all, none or roles from ${ROLES.join(', ')} separated by commas; unknown: ${unknown.join(', ')}`);
  }
  return new Set(names as ViewerRole[]);
}

export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function defaultManifestPath(): string {
  return fileURLToPath(import.meta.resolve('@uitstroom/dashboard/persisted-documents.json'));
}

/** Reads the manifest and checks every id against its text, so a hand-edited entry cannot slip in. */
export function loadManifest(file: string = defaultManifestPath()): PersistedManifest {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} must be a JSON object of document id → document; regenerate it with ${REGENERATE_COMMAND}`);
  }
  const manifest = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || documentId(text) !== id) {
      throw new Error(`${file}: ${id} is not the sha256 of its document; regenerate the file with ${REGENERATE_COMMAND}`);
    }
    manifest.set(id, text);
  }
  return manifest;
}

/**
 * The viewer's role from the token the HTTP front signed and put in the request (a client's own copy
 * is thrown away there): the decision falls before the context has the verified viewer.
 */
function roleOf(request: Request): ViewerRole {
  const token = request.headers.get(VIEWER_TOKEN_HEADER);
  if (!token) return 'anoniem';
  try {
    const role = decodeJwt(token).role;
    return ROLES.find((r) => r === role) ?? 'anoniem';
  } catch {
    return 'anoniem';
  }
}

export function arbitraryAllowed(allowed: ArbitraryOperations, request: Request): boolean {
  return allowed === 'all' || allowed.has(roleOf(request));
}

/** Where a refused client can go: the analist role when it may, otherwise whichever roles may. */
function whoMay(allowed: ReadonlySet<ViewerRole>): string {
  if (allowed.has('analist')) return 'analysts use the API with role analist';
  if (allowed.size === 0) return 'no role may send operations of its own here (ARBITRARY_OPERATIONS)';
  return `operations of your own need role ${[...allowed].join(' or ')}`;
}

/** 403 for a role that may only use the dashboard; 401 without a token, since signing in may help. */
export function arbitraryRefusal(allowed: ReadonlySet<ViewerRole>, request: Request): Error {
  const role = roleOf(request);
  if (role === 'anoniem') {
    return new GraphQLError(`only persisted operations of the dashboard are accepted without signing in; ${whoMay(allowed)}`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
  return new GraphQLError(`only persisted operations of the dashboard are accepted for role ${role}; ${whoMay(allowed)}`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** The id a client asked for, for the error message (a query parameter `documentId` is not shown). */
function requestedId(params: { documentId?: unknown; extensions?: Record<string, unknown> }): string {
  const apollo = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const id = typeof params.documentId === 'string' ? params.documentId : apollo?.sha256Hash;
  return typeof id === 'string' ? ` ${JSON.stringify(id.slice(0, 80))}` : '';
}

/** The gateway runtime's `persistedDocuments` option: ids as Hive's `documentId` or Apollo's `extensions.persistedQuery.sha256Hash`. */
export function persistedDocuments(manifest: PersistedManifest, allowed: ArbitraryOperations) {
  return {
    // `sha256:<hex>` is the GraphQL-over-HTTP draft's form of the same id.
    getPersistedOperation: (key: string) => manifest.get(key.replace(/^sha256:/, '')) ?? null,
    allowArbitraryDocuments: (request: Request) => arbitraryAllowed(allowed, request),
    customErrors: {
      persistedQueryOnly: ({ request }: { request: Request }) => arbitraryRefusal(allowed === 'all' ? new Set() : allowed, request),
      notFound: ({ params }: { params: { documentId?: unknown; extensions?: Record<string, unknown> } }) =>
        new GraphQLError(
          `persisted document${requestedId(params)} is not in the gateway's manifest: reload the dashboard (a newer version may be deployed), or regenerate the manifest with ${REGENERATE_COMMAND}`,
          { extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND', http: { status: 400 } } },
        ),
      keyNotFound: {
        message: 'send a documentId (one of the dashboard\'s persisted operations) or, for a role that may, a query',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  };
}
