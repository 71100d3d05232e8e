// Who asks for a report PDF, checked before any work: the bearer token goes to the gateway, which
// verifies it as for every request (signature, issuer, audience, expiry, second factor), with the
// cheapest operation there is. A bogus token costs one small request instead of a Chromium page.
import { persistedDocumentId } from '../lib/graphql.ts';
import { ReportPdfError } from './report-queue.ts';

/** The one operation the PDF server sends itself; persisted, so it runs for every role. */
export const REPORT_VIEWER_QUERY = /* GraphQL */ `query DashboardReportViewer { viewer { role } }`;

export const SIGN_IN_MESSAGE = 'Meld u aan in het dashboard om de PDF te maken.';
export const NOT_ACCEPTED_MESSAGE = 'Uw aanmelding is niet (meer) geldig. Meld u opnieuw aan in het dashboard en probeer het dan nog eens.';
const UNVERIFIED_MESSAGE = 'Uw aanmelding kon nu niet worden gecontroleerd. Probeer het zo opnieuw.';
const VERIFY_TIMEOUT_MS = 10_000;

/** The requester's bearer token: the print view asks the gateway for the figures as that user. */
export function requesterToken(authorization: string | undefined): string {
  const token = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) throw new ReportPdfError(401, SIGN_IN_MESSAGE);
  return token;
}

/**
 * The requester's role, from the gateway at `gatewayUrl` (its base URL); 401 when the gateway does
 * not accept the token, 502 when it cannot say. Nothing else of the answer is trusted or kept.
 */
export async function verifyRequester(gatewayUrl: string, token: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: persistedDocumentId(REPORT_VIEWER_QUERY), variables: {} }),
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(VERIFY_TIMEOUT_MS)]) : AbortSignal.timeout(VERIFY_TIMEOUT_MS),
    });
  } catch (error) {
    console.error('report-pdf: the gateway could not verify the token', error);
    throw new ReportPdfError(502, UNVERIFIED_MESSAGE);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new ReportPdfError(401, NOT_ACCEPTED_MESSAGE);
  }
  const body = (await response.json().catch(() => null)) as { data?: { viewer?: { role?: unknown } } } | null;
  const role = body?.data?.viewer?.role;
  if (!response.ok || typeof role !== 'string') {
    console.error(`report-pdf: the gateway answered HTTP ${response.status} without a viewer`);
    throw new ReportPdfError(502, UNVERIFIED_MESSAGE);
  }
  // A valid token is never anonymous; should a gateway say so, nobody is signed in.
  if (role === 'anoniem') throw new ReportPdfError(401, SIGN_IN_MESSAGE);
  return role;
}
