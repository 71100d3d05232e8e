// The gateway's response cache (issue 7): an aggregate answer is computed once per viewer scope and
// served from memory until a write. Three rules keep it correct:
// - Scoped per viewer: the key holds the viewer's role, organisation, covenants and second factor
//   (from the token the HTTP front verified and signed), so one organisation never gets another's
//   answer; the user's name is left out, as no answer depends on it.
// - Never for case-level data: every look at a case must reach its subgraph to be checked and
//   audited, so operations that select trajectories, visits, case codes, the audit log, exports or
//   retention reports are never stored.
// - Invalidated by writes: every mutation through this gateway that wrote something starts a new
//   generation of keys when it is done, so nothing computed before it is served after. A mutation
//   refused everywhere (by the gateway or inside a subgraph) wrote nothing and leaves the cache
//   alone: otherwise anyone who may send a mutation could empty everyone's cache at will. Writes
//   that bypass this gateway (another replica, the daily retention purge) are bounded by the time to
//   live, RESPONSE_CACHE_TTL_MS.
import { createHash, randomBytes } from 'node:crypto';
import { VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';
import { getOperationAST, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { decodeJwt } from 'jose';
import { byteBoundedCache } from './bounded-cache.ts';

/** Schema coordinates whose selection keeps an operation out of the cache. */
export const NEVER_CACHED = [
  'Query.trajectory',
  'Query.trajectories',
  'Covenant.trajectories',
  'Covenant.householdVisits',
  'Query.auditLog',
  'Query.caseExport',
  'Query.retentionReport',
  'FundClaim.caseCode',
  'Query.viewer',
];

/** The viewer's scope as a cache session: what an answer may depend on. */
export function sessionOf(request: Request): string {
  const token = request.headers.get(VIEWER_TOKEN_HEADER);
  if (!token) return 'anoniem';
  try {
    const claims = decodeJwt(token);
    const covenants = Array.isArray(claims.covenants) ? [...(claims.covenants as string[])].sort() : [];
    return JSON.stringify([claims.role, claims.org ?? null, covenants, claims.mfa === true]);
  } catch {
    return 'ongeldig';
  }
}

export function responseCache(ttlMs: number, maxBytes: number) {
  const store = byteBoundedCache(maxBytes);
  // A fresh salt per process: keys cannot be computed outside it (If-None-Match probes).
  const salt = randomBytes(16).toString('hex');
  let generation = 0;
  return {
    store,
    /** Options for the gateway's `responseCaching`. */
    config: {
      // In this process's memory, least recently used answers out first, at most maxBytes of them.
      cache: store,
      ttl: ttlMs,
      session: (request: Request) => sessionOf(request),
      ttlPerSchemaCoordinate: Object.fromEntries(NEVER_CACHED.map((coordinate) => [coordinate, 0])),
      ignoredTypes: ['Trajectory', 'HouseholdVisit', 'AuditEntry', 'CaseExport', 'RetentionReport'],
      invalidateViaMutation: false,
      includeExtensionMetadata: false,
      buildResponseCacheKey: (params: { documentString: string; variableValues?: unknown; operationName?: string | null; sessionId?: string | null }) =>
        createHash('sha256')
          .update(JSON.stringify([salt, generation, params.sessionId ?? null, params.operationName ?? null, params.documentString, params.variableValues ?? null]))
          .digest('hex'),
    },
    /** An envelop plugin: a mutation that wrote something, when it is done, makes all earlier answers unreachable. */
    invalidateOnMutation: {
      onExecute({ args }: { args: { document: DocumentNode; operationName?: string | null } }) {
        const operation = getOperationAST(args.document, args.operationName ?? undefined);
        if (operation?.operation !== 'mutation') return undefined;
        const fields = rootResponseKeys(args.document, operation.selectionSet);
        return {
          onExecuteDone: ({ result }: { result: unknown }) => {
            if (mayHaveWritten(fields, result)) generation += 1;
          },
        };
      },
    },
  };
}

/** The response keys (alias or name) of an operation's root fields, through fragments. */
function rootResponseKeys(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootResponseKeys(document, selection.selectionSet, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootResponseKeys(document, fragment.selectionSet, seen) : [];
  });
}

/**
 * Whether a mutation's result may stand for a write. A root field failed when an error sits on that
 * field itself (path of one: its resolver or its subgraph refused or failed); an error deeper down
 * means the field resolved, and so wrote. Refused before it ran (no data): nothing written. When
 * unsure (a stream, errors without a path) it counts as written: a stale answer is worse than a miss.
 */
export function mayHaveWritten(rootKeys: readonly string[], result: unknown): boolean {
  if (result === null || typeof result !== 'object' || Symbol.asyncIterator in result) return true;
  const { data, errors } = result as { data?: unknown; errors?: readonly { path?: readonly (string | number)[] }[] };
  if (!errors?.length) return rootKeys.length > 0;
  if (data === undefined) return false;
  if (errors.some((e) => !e.path?.length)) return true;
  const failed = new Set(errors.filter((e) => e.path?.length === 1).map((e) => String(e.path?.[0])));
  return rootKeys.some((key) => !failed.has(key));
}

/** RESPONSE_CACHE_TTL_MS: how long an answer may be served (default 60,000 ms); 0 turns the cache off. */
export function readResponseCacheTtl(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RESPONSE_CACHE_TTL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds ≥ 0, got "${raw}"`);
  return value;
}
