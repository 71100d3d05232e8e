// The schema says who may use what, with the federation auth directives in the subgraph schemas:
// `@authenticated` (signed in), `@requiresScopes` (one of these roles: a token's role is its scope)
// and `@policy` (`tweede-factor`: signed in with a second factor, asked for case-level data). Hive
// Gateway's generic-auth plugin enforces them before any subgraph is called; every subgraph checks
// again (organisation, covenant, involvement), and PostgreSQL row-level security underneath.
import type { ValidateUserFn } from '@graphql-hive/gateway-runtime';
import { verifyViewer, VIEWER_TOKEN_HEADER, type Viewer } from '@uitstroom/subgraph-kit/edge';
import { useGenericAuth } from '@envelop/generic-auth';
import type { Plugin } from '@envelop/core';
import { GraphQLError, type DocumentNode } from 'graphql';
import { noteRefusal } from './refusal-audit.ts';

/** Policy names a viewer holds (the `@policy` directive's values). */
export const POLICIES = { secondFactor: 'tweede-factor' } as const;

/** Roles that see aggregates only, never case-level rows. */
const AGGREGATE_ROLES = new Set(['werkgroep', 'bestuurder', 'analist']);

/** What generic-auth holds as the user: our viewer, typed as its plain record. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type User = Record<string, any>;
const asViewer = (user: User | null | undefined) => (user ?? null) as Viewer | null;

const satisfied = (groups: string[][] | undefined, held: readonly string[]) => !groups || groups.length === 0 || groups.some((g) => g.every((s) => held.includes(s)));

const spell = (groups: string[][]) => groups.map((g) => g.join(' and ')).join(' or ');

/** A field behind the second-factor policy is case-level data: its refusal goes to the audit log. */
const isCaseLevel = (params: Parameters<ValidateUserFn<User>>[0]) =>
  [params.fieldPolicies, params.typePolicies].some((groups) => groups?.some((g) => g.includes(POLICIES.secondFactor)));

function refusal(message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN', status: 401 | 403, params: Parameters<ValidateUserFn<User>>[0]) {
  if (isCaseLevel(params)) noteRefusal(`${params.parentType.name}.${params.field.name}`);
  return new GraphQLError(message, { nodes: [params.fieldNode], path: params.path, extensions: { code, http: { status } } });
}

/** Checks one field of an operation against its directives and its type's; an error refuses the whole operation. */
const validateUser: ValidateUserFn<User> = (params) => {
  const protectedField = params.fieldAuthArgs || params.typeAuthArgs || params.fieldScopes || params.typeScopes || params.fieldPolicies || params.typePolicies;
  if (!protectedField) return undefined;
  const field = `${params.parentType.name}.${params.field.name}`;
  const viewer = asViewer(params.user);
  if (!viewer) return refusal(`${field}: sign in first`, 'UNAUTHENTICATED', 401, params);
  for (const groups of [params.typeScopes, params.fieldScopes]) {
    if (satisfied(groups, params.userScopes)) continue;
    const aggregates = AGGREGATE_ROLES.has(viewer.role) && groups?.some((g) => g.includes('medewerker')) ? ` (role "${viewer.role}" sees aggregates only)` : '';
    return refusal(`${field} needs the role ${spell(groups ?? [])}; yours is "${viewer.role}"${aggregates}`, 'FORBIDDEN', 403, params);
  }
  for (const groups of [params.typePolicies, params.fieldPolicies]) {
    if (satisfied(groups, params.userPolicies)) continue;
    const needs = groups?.some((g) => g.includes(POLICIES.secondFactor)) ? 'a sign-in with a second factor (policy tweede-factor)' : `the policy ${spell(groups ?? [])}`;
    return refusal(`${field} needs ${needs}: sign in again with two-factor authentication`, 'FORBIDDEN', 403, params);
  }
  return undefined;
};

/**
 * The gateway's `genericAuth` option. The viewer is the one the HTTP front verified and signed into
 * the request (a client's own copy of that header is thrown away); it is checked again here.
 */
export function schemaAuthorisation(secret: Uint8Array) {
  return {
    mode: 'protect-granular' as const,
    resolveUserFn: async ({ request }: { request: Request }): Promise<User | null> => {
      const viewer = await verifyViewer(request.headers.get(VIEWER_TOKEN_HEADER), secret);
      // The anonymous viewer is nobody: @authenticated refuses it.
      return viewer && viewer.role !== 'anoniem' ? { ...viewer } : null;
    },
    // Called for every field, also without a user.
    extractScopes: (user: User | null): string[] => { const viewer = asViewer(user); return viewer ? [viewer.role] : []; },
    extractPolicies: (user: User): string[] => (asViewer(user)?.mfa ? [POLICIES.secondFactor] : []),
    validateUser,
  };
}

/**
 * The schema's authorisation as gateway plugins: generic-auth, then one that executes the document
 * as parsed. generic-auth hands every operation on as a copy of its document (it strips refused
 * fields and copies even when there are none), and the query planner caches plans per document
 * object: each request would be planned anew. Refusing, not stripping, nothing is taken out of a
 * document that gets this far, so the parsed one is the same operation.
 */
export function schemaAuthorisationPlugins(secret: Uint8Array): Plugin[] {
  const parsed = new WeakMap<object, DocumentNode>();
  const keepParsedDocument: Plugin = {
    onParse: ({ context }) => ({ result }) => {
      if (result && typeof result === 'object' && 'kind' in result) parsed.set(context, result as DocumentNode);
    },
    onExecute: ({ args }) => {
      const document = parsed.get(args.contextValue as object);
      if (document) args.document = document;
    },
  };
  return [useGenericAuth(schemaAuthorisation(secret)) as Plugin, keepParsedDocument];
}
