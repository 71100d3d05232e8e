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

/**
 * The shared secret: SUBGRAPH_SECRET (at least 32 characters) when set — required when gateway and
 * subgraphs run as separate processes — else one made up for this process (`npm start`, tests).
 */
export function subgraphSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const configured = env.SUBGRAPH_SECRET;
  if (configured !== undefined && configured !== '') {
    if (configured.length < 32) throw new Error('SUBGRAPH_SECRET must be at least 32 characters');
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
    return viewerFromClaims(payload);
  } catch {
    return null;
  }
}
