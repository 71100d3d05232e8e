// The gateway's response cache (issue 7): an aggregate answer is computed once per viewer scope and
// served from memory until a write. Three rules keep it correct:
// - Scoped per viewer: the key holds the viewer's role, organisation, covenants and second factor
//   (from the token the HTTP front verified and signed), so one organisation never gets another's
//   answer; the user's name is left out, as no answer depends on it.
// - Never for case-level data: every look at a case must reach its subgraph to be checked and
//   audited, so operations that select trajectories, visits, case codes, the audit log, exports or
//   retention reports are never stored.
// - Invalidated by writes: every mutation through this gateway starts a new generation of keys, so
//   nothing computed before it is served after. Writes that bypass this gateway (another replica,
//   the daily retention purge) are bounded by the time to live, RESPONSE_CACHE_TTL_MS.
import { createHash, randomBytes } from 'node:crypto';
import { VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';
import { getOperationAST, type DocumentNode } from 'graphql';
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
    /** An envelop plugin: every mutation, when it is done, makes all earlier answers unreachable. */
    invalidateOnMutation: {
      onExecute({ args }: { args: { document: DocumentNode; operationName?: string | null } }) {
        if (getOperationAST(args.document, args.operationName ?? undefined)?.operation !== 'mutation') return undefined;
        generation += 1;
        return {
          onExecuteDone: () => {
            generation += 1;
          },
        };
      },
    },
  };
}

/** RESPONSE_CACHE_TTL_MS: how long an answer may be served (default 60,000 ms); 0 turns the cache off. */
export function readResponseCacheTtl(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RESPONSE_CACHE_TTL_MS;
  if (raw === undefined || raw === '') return 60_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds ≥ 0, got "${raw}"`);
  return value;
}
