// API hardening at the gateway, with the gateway's own security plugins rather than hand-written
// rules: operation limits (graphql-armor: depth, aliases, tokens, directives, cost), introspection
// and field suggestions by configuration, CSRF prevention, no request batching, errors masked.
import { createRequire } from 'node:module';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';
import type { GraphQLError as GraphQLErrorType, ValidationContext } from 'graphql';
import { decodeJwt } from 'jose';

// The runtime tells its own errors from unexpected ones (and strips their internals) by `instanceof`
// its GraphQLError, the CommonJS build; Vitest would give an `import` the ESM one (persisted-documents.ts).
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The code of every operation-limit refusal; answered with HTTP 400 (limitStatus). */
export const OPERATION_LIMIT = 'OPERATION_LIMIT';

export interface SecurityConfig {
  production: boolean;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Schema introspection: 'on' for everyone signed in or not, 'analysts' for the analist and the beheerder only, 'off' for no one. */
  introspection: 'on' | 'analysts' | 'off';
  /** "Did you mean …?" in validation errors; it tells a stranger the schema. */
  fieldSuggestions: boolean;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number > 0, got "${raw}"`);
  return value;
}

function switchFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new Error(`${name} must be on or off, got "${env[name]}"`);
}

const limitError = (message: string) => new GraphQLError(message.replace(/^Syntax Error: /, ''), { extensions: { code: OPERATION_LIMIT } });

/**
 * graphql-armor would throw a limit out of validation; reported as a validation error instead it
 * carries code OPERATION_LIMIT and the limit's own message ("Aliases limit of 15 exceeded, found 16.").
 */
const limit = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLErrorType) => context?.reportError(limitError(error.message))],
};

/**
 * Tokens are counted while parsing, where there is no validation context to report to: thrown from
 * here the refusal replaces armor's own ("Syntax Error: Token limit …", code GRAPHQL_PARSE_FAILED).
 */
const tokenLimit = {
  onReject: [
    (_: unknown, error: GraphQLErrorType) => {
      throw limitError(error.message);
    },
  ],
};

/**
 * HTTP 400 for every operation-limit refusal, whatever the client accepts. GraphQL over HTTP answers
 * a request error with 200 when the client accepts application/json (or sends no Accept, like curl),
 * and with 400 only for application/graphql-response+json. The status is set on the result itself,
 * which the runtime honours for either media type, so clients, logs and metrics all see a refusal.
 */
export function limitStatus() {
  return {
    onResultProcess({ result, setResult }: { result: unknown; setResult(result: unknown): void }) {
      const single = result as { errors?: readonly { extensions?: { code?: unknown } }[]; extensions?: Record<string, unknown> } | null;
      if (Array.isArray(result) || !single?.errors?.some((e) => e.extensions?.code === OPERATION_LIMIT)) return;
      setResult({ ...single, extensions: { ...single.extensions, http: { status: 400 } } });
    },
  };
}

/** GRAPHQL_INTROSPECTION: on, analysts or off; by default analysts (and the beheerder), off in production. */
function introspectionFrom(env: NodeJS.ProcessEnv, production: boolean): SecurityConfig['introspection'] {
  const raw = env.GRAPHQL_INTROSPECTION?.trim().toLowerCase();
  if (raw === undefined || raw === '') return production ? 'off' : 'analysts';
  if (raw === 'analysts' || raw === 'analisten') return 'analysts';
  return switchFrom(env, 'GRAPHQL_INTROSPECTION', false) ? 'on' : 'off';
}

const INTROSPECTING_ROLES = new Set(['analist', 'beheerder']);

/**
 * Whether to refuse schema introspection for this request. Decided while validating, before the
 * context has the verified user, so the viewer is read from the token the HTTP front signed and put
 * in the request itself (a client's own copy is thrown away there); fields are still checked with
 * the verified one.
 */
export function introspectionRefused(config: SecurityConfig, request: Request | undefined): boolean {
  if (config.introspection !== 'analysts') return config.introspection === 'off';
  const token = request?.headers.get(VIEWER_TOKEN_HEADER);
  if (!token) return true;
  try {
    return !INTROSPECTING_ROLES.has(String(decodeJwt(token).role));
  } catch {
    return true;
  }
}

/** Defaults fit the dashboard's own operations with room to spare; production closes what helps an attacker. */
export function readSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const production = env.NODE_ENV === 'production';
  return {
    production,
    maxDepth: intFrom(env, 'GRAPHQL_MAX_DEPTH', 12),
    maxAliases: intFrom(env, 'GRAPHQL_MAX_ALIASES', 15),
    maxTokens: intFrom(env, 'GRAPHQL_MAX_TOKENS', 2000),
    // The dashboard's largest operation (an evaluation with its frozen figures) costs about 6,200.
    maxCost: intFrom(env, 'GRAPHQL_MAX_COST', 20000),
    introspection: introspectionFrom(env, production),
    fieldSuggestions: switchFrom(env, 'GRAPHQL_FIELD_SUGGESTIONS', !production),
  };
}

/** The operation limits, refused with HTTP 400, code OPERATION_LIMIT and a message that names the limit. */
export function armorPlugins(config: SecurityConfig) {
  return [
    limitStatus(),
    EnvelopArmorPlugin({
      maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...limit },
      // Every alias counts: armor leaves __typename out by default, which let any number of them pass.
      maxAliases: { n: config.maxAliases, allowList: [], exposeLimits: true, ...limit },
      maxTokens: { n: config.maxTokens, exposeLimits: true, ...tokenLimit },
      maxDirectives: { n: 20, exposeLimits: true, ...limit },
      costLimit: { maxCost: config.maxCost, ignoreIntrospection: true, exposeLimits: true, ...limit },
      blockFieldSuggestion: { enabled: !config.fieldSuggestions },
    }),
  ];
}
