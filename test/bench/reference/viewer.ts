// The reference servers take the viewer as the subgraphs do: the signed `x-uitstroom-viewer` header
// the platform's gateway would make from the user's bearer token. The bench client makes it itself.
import { signViewer, VIEWER_TOKEN_HEADER, viewerFromClaims, type Viewer } from '@uitstroom/subgraph-kit';

/** A signed viewer is valid for 60 s (gateway-claims.ts); sign anew well before that. */
const RESIGN_AFTER_MS = 30_000;

/**
 * The viewer the gateway derives from an `Authorization: Bearer <JWT>` header: the token's claims
 * through viewerFromClaims. Not verified here: the token comes straight from the platform's demo issuer.
 */
export function viewerOfBearer(headers: Record<string, string>): Viewer {
  const token = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) throw new Error('expected an "Authorization: Bearer <JWT>" header');
  return viewerFromClaims(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>);
}

/** The headers a reference server wants for this viewer: the signed viewer, re-signed every 30 s. */
export function signedViewerHeaders(viewer: Viewer, secret: Uint8Array): () => Promise<Record<string, string>> {
  let signed: { at: number; headers: Promise<Record<string, string>> } | null = null;
  return () => {
    const now = performance.now();
    if (signed === null || now - signed.at > RESIGN_AFTER_MS) {
      signed = { at: now, headers: signViewer(viewer, secret).then((token) => ({ [VIEWER_TOKEN_HEADER]: token })) };
    }
    return signed.headers;
  };
}
