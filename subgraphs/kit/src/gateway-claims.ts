// Gateway → subgraph: the verified viewer travels as a compact JWS (HS256) in one header, signed with
// SUBGRAPH_SECRET and valid for a minute. A subgraph answers only requests that carry a valid one, so
// nobody can reach it around the gateway and claim to be someone else.
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { viewerFromClaims, type Viewer } from './viewer.ts';

export const VIEWER_TOKEN_HEADER = 'x-uitstroom-viewer';
const ISSUER = 'uitstroom-gateway';
const AUDIENCE = 'uitstroom-subgraphs';

let processSecret: Uint8Array | null = null;

/** Words of placeholder secrets (the deploy examples' "change-me-…") that no real secret contains. */
const PLACEHOLDER = /change.?me|example|voorbeeld|secret|password|wachtwoord/i;
/** Bits a secret must hold by the count of its characters: `openssl rand -hex 32` gives about 250. */
const MIN_ENTROPY_BITS = 96;

/** Shannon entropy of the characters, in bits for the whole string: a rough floor on guessing it. */
export function entropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / value.length) * Math.log2(n / value.length);
  return perChar * value.length;
}

/** Null when a configured SUBGRAPH_SECRET may be used; else why not (a placeholder, or guessable). */
export function secretProblem(value: string): string | null {
  if (value.length < 32) return 'SUBGRAPH_SECRET must be at least 32 characters';
  if (PLACEHOLDER.test(value)) return 'SUBGRAPH_SECRET is a placeholder (it contains a word like "change-me" or "secret"); make one with `openssl rand -hex 32`';
  if (entropyBits(value) < MIN_ENTROPY_BITS) return 'SUBGRAPH_SECRET is too easy to guess (too few different characters); make one with `openssl rand -hex 32`';
  return null;
}

/**
 * The shared secret: SUBGRAPH_SECRET when set — required when gateway and subgraphs run as separate
 * processes; refused when it is a placeholder or guessable (secretProblem), whatever NODE_ENV says,
 * since the deploy examples would otherwise run — else one made up for this process (`npm start`, tests).
 */
export function subgraphSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const configured = env.SUBGRAPH_SECRET;
  if (configured !== undefined && configured !== '') {
    const problem = secretProblem(configured);
    if (problem !== null) throw new Error(problem);
    return new TextEncoder().encode(configured);
  }
  processSecret ??= new Uint8Array(randomBytes(32));
  return processSecret;
}

export function signViewer(viewer: Viewer, secret: Uint8Array = subgraphSecret()): Promise<string> {
  return new SignJWT({ role: viewer.role, org: viewer.organisationId, name: viewer.user ?? null, covenants: [...(viewer.covenants ?? [])], mfa: viewer.mfa === true })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(secret);
}

/** The viewer in a gateway token; null when it is missing, forged, expired or meant for someone else. */
export async function verifyViewer(token: string | null | undefined, secret: Uint8Array = subgraphSecret()): Promise<Viewer | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return viewerFromClaims(payload, 'gateway');
  } catch {
    return null;
  }
}
