// The viewer: who is asking. The gateway authenticates the user (an OIDC bearer token) and forwards
// the claims to the subgraphs as a short-lived token signed with a secret only it and the
// subgraphs hold (gateway-claims.ts); a subgraph trusts nothing else.

/** Rol: what a user may do. */
export type ViewerRole = 'beheerder' | 'werkgroep' | 'bestuurder' | 'analist' | 'medewerker' | 'anoniem';

export interface Viewer {
  role: ViewerRole;
  /** The party (organisation) the viewer works for, when known. */
  organisationId: string | null;
  /** The user's name or identifier, when known (recorded with every change). */
  user?: string | null;
  /** The covenants the viewer works in; absent or empty for roles that span all (beheerder, analist). */
  covenants?: readonly string[];
  /** Signed in with a second factor (the token's OIDC `amr`); case-level data asks for it (policy `tweede-factor`). */
  mfa?: boolean;
}

/** OIDC `amr` values that mean a second factor was used (RFC 8176). */
const SECOND_FACTORS = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face', 'iris', 'retina', 'vbm', 'sc']);

export function hasSecondFactor(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((m) => typeof m === 'string' && SECOND_FACTORS.has(m));
}

export const ROLES: readonly ViewerRole[] = ['beheerder', 'werkgroep', 'bestuurder', 'analist', 'medewerker', 'anoniem'];

export const ANONYMOUS: Viewer = { role: 'anoniem', organisationId: null, user: null, covenants: [], mfa: false };

const ID = /^[a-z0-9-]{1,64}$/;
const USER = /^[\p{L}\p{N} .,:()@'_-]{1,100}$/u;

/**
 * A viewer from untrusted values (token claims): unknown roles are anonymous, malformed ids dropped.
 * The second factor comes from `amr` (RFC 8176) only — an identity provider's token may carry any
 * custom claim, so a `mfa: true` of its own proves nothing. Only the gateway's signed token to the
 * subgraphs states it as `mfa` (`source: 'gateway'`), after the gateway read it from `amr`.
 */
export function viewerFromClaims(claims: Record<string, unknown>, source: 'identity-provider' | 'gateway' = 'identity-provider'): Viewer {
  const role = typeof claims.role === 'string' ? claims.role.trim().toLowerCase() : '';
  const organisation = typeof claims.org === 'string' ? claims.org.trim() : '';
  const user = typeof claims.name === 'string' ? claims.name.trim() : '';
  const covenants = Array.isArray(claims.covenants) ? claims.covenants.filter((c): c is string => typeof c === 'string' && ID.test(c)) : [];
  return {
    role: ROLES.find((r) => r === role) ?? 'anoniem',
    organisationId: ID.test(organisation) ? organisation : null,
    user: USER.test(user) ? user : null,
    covenants,
    mfa: source === 'gateway' ? claims.mfa === true : hasSecondFactor(claims.amr),
  };
}
