// The built-in development issuer: an ES256 key pair made at start, tokens for the demo users, and
// its public keys as a JWKS. Only for `npm start` and tests (DEV_LOGIN); production turns it off.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { DEMO_USERS, type DemoUser } from './demo-users.ts';

export const DEV_ISSUER = 'uitstroommonitor-dev';

export interface DevIssuer {
  issuer: string;
  jwks: { keys: JWK[] };
  keySet: ReturnType<typeof createLocalJWKSet>;
  users: readonly DemoUser[];
  /** A token for a demo user, or for any claims (tests of roles the picker does not list). */
  issue(user: string | Omit<DemoUser, 'label'>, options?: { expiresIn?: string }): Promise<string>;
}

export async function createDevIssuer(audience: string): Promise<DevIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'dev-1', alg: 'ES256', use: 'sig' };
  const jwks = { keys: [jwk] };
  return {
    issuer: DEV_ISSUER,
    jwks,
    keySet: createLocalJWKSet(jwks),
    users: DEMO_USERS,
    issue: async (user, options = {}) => {
      const claims = typeof user === 'string' ? DEMO_USERS.find((u) => u.id === user) : user;
      if (!claims) throw new Error(`no demo user "${String(user)}"; known: ${DEMO_USERS.map((u) => u.id).join(', ')}`);
      const name = 'label' in claims ? `Demo: ${claims.label}` : `Demo: ${claims.id}`;
      return new SignJWT({ name, role: claims.role, org: claims.org, covenants: claims.covenants, amr: claims.amr })
        .setProtectedHeader({ alg: 'ES256', kid: 'dev-1' })
        .setIssuer(DEV_ISSUER)
        .setAudience(audience)
        .setSubject(claims.id)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '8h')
        .sign(privateKey);
    },
  };
}
