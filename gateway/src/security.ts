// API hardening at the gateway, with the gateway's own security plugins rather than hand-written
// rules: operation limits (graphql-armor: depth, aliases, tokens, directives, cost), introspection
// and field suggestions by configuration, CSRF prevention, no request batching, errors masked.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit/edge';
import { GraphQLError, type ValidationContext } from 'graphql';
import { decodeJwt } from 'jose';

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

/**
 * graphql-armor throws a limit out of validation, which the gateway would answer with status 200;
 * reported as a validation error instead it is a request error: HTTP 400, code OPERATION_LIMIT and
 * the limit's own message ("Aliases limit of 15 exceeded, found 16.").
 */
const limit = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'OPERATION_LIMIT' } })),
  ],
};

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

/** The operation limits, refused in validation with a message that names the limit. */
export function armorPlugins(config: SecurityConfig) {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: config.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...limit },
      maxAliases: { n: config.maxAliases, exposeLimits: true, ...limit },
      // Counted while parsing (no validation context): armor refuses it as a syntax error, HTTP 400.
      maxTokens: { n: config.maxTokens, exposeLimits: true },
      maxDirectives: { n: 20, exposeLimits: true, ...limit },
      costLimit: { maxCost: config.maxCost, ignoreIntrospection: true, exposeLimits: true, ...limit },
      blockFieldSuggestion: { enabled: !config.fieldSuggestions },
    }),
  ];
}
