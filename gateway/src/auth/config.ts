// Authentication settings of the gateway, from the environment.
export interface AuthConfig {
  /** The identity provider whose tokens are accepted (OIDC issuer, `iss`); null: none but the demo issuer. */
  issuer: string | null;
  /** Where that issuer publishes its keys (JWKS). */
  jwksUrl: string | null;
  /** The audience (`aud`) tokens must be meant for. */
  audience: string;
  /** Refuse tokens without a second factor in `amr`. */
  requireMfa: boolean;
  /** The built-in demo issuer and its login picker (never in production). */
  devLogin: boolean;
}

function switchOf(raw: string | undefined, name: string, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['on', 'true', '1'].includes(value)) return true;
  if (['off', 'false', '0'].includes(value)) return false;
  throw new Error(`${name} must be on or off, got "${raw}"`);
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const production = env.NODE_ENV === 'production';
  const issuer = env.AUTH_ISSUER?.trim() || null;
  const jwksUrl = env.AUTH_JWKS_URL?.trim() || null;
  if ((issuer === null) !== (jwksUrl === null)) throw new Error('AUTH_ISSUER and AUTH_JWKS_URL go together: set both or neither');
  if (jwksUrl !== null && !/^https?:\/\//.test(jwksUrl)) throw new Error(`AUTH_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  const devLogin = switchOf(env.DEV_LOGIN, 'DEV_LOGIN', !production);
  if (devLogin && production) throw new Error('DEV_LOGIN cannot be on in production (NODE_ENV=production)');
  return { issuer, jwksUrl, audience: env.AUTH_AUDIENCE?.trim() || 'uitstroommonitor', requireMfa: switchOf(env.REQUIRE_MFA, 'REQUIRE_MFA', production), devLogin };
}
