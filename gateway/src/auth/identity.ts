// Who is asking: the bearer token verified with jose against the configured issuer's JWKS (or the
// demo issuer in development). No token: the anonymous viewer. A bad token is refused (401) with
// the reason, never silently treated as anonymous.
import { ANONYMOUS, hasSecondFactor, viewerFromClaims, type Viewer } from '@uitstroom/subgraph-kit/edge';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './config.ts';
import type { DevIssuer } from './dev-issuer.ts';

export class AuthError extends Error {}


function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the bearer token has expired: sign in again';
  if (error instanceof errors.JWTClaimValidationFailed) return `the bearer token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEError) return `the bearer token is not valid (${error.code})`;
  return 'the bearer token is not valid';
}

export function createIdentity(config: AuthConfig, dev: DevIssuer | null) {
  const remote = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  return async function viewerFor(authorization: string | null | undefined): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const bearer = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim());
    if (!bearer) throw new AuthError('the Authorization header must be "Bearer <token>"');
    const token = bearer[1] as string;
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new AuthError('the bearer token is not a JWT');
    }
    let payload: JWTPayload;
    try {
      if (dev && issuer === dev.issuer) payload = (await jwtVerify(token, dev.keySet, { issuer: dev.issuer, audience: config.audience })).payload;
      else if (remote && issuer === config.issuer) payload = (await jwtVerify(token, remote, { issuer: config.issuer, audience: config.audience })).payload;
      else throw new AuthError(`tokens from issuer "${issuer ?? '(none)'}" are not accepted`);
    } catch (error) {
      if (error instanceof AuthError) throw error;
      throw new AuthError(reason(error));
    }
    if (config.requireMfa && !hasSecondFactor(payload.amr)) {
      throw new AuthError('a second factor is required (the token\'s "amr" names none): sign in again with two-factor authentication');
    }
    return viewerFromClaims(payload);
  };
}

export type Identity = ReturnType<typeof createIdentity>;
