// Case-level fields the gateway refuses (by role, or for a missing second factor) never reach a
// subgraph, so no subgraph could audit the attempt. The gateway notes each such refusal while it
// validates the request and, before it answers, hands them to the trajectories subgraph, which keeps
// the audit log: every attempt on case-level data is on record, whichever layer refused it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signViewer, VIEWER_TOKEN_HEADER, verifyViewer, type Logger } from '@uitstroom/subgraph-kit/edge';

const refusals = new AsyncLocalStorage<Set<string>>();

/** Runs one request with a place to note its refusals. */
export function withRefusalLog<T>(fn: () => T): T {
  return refusals.run(new Set(), fn);
}

/** Notes a refused case-level field ('Covenant.trajectories') of the request being validated. */
export function noteRefusal(field: string): void {
  refusals.getStore()?.add(field);
}

const RECORD = 'mutation ($field: String!) { recordGatewayRefusal(field: $field) }';

/** Before the answer goes out: each refusal of the request to the trajectories subgraph's audit log. */
export function refusalAuditPlugin(trajectoriesUrl: string, secret: Uint8Array, log: Logger): GatewayPlugin {
  return {
    onResultProcess: async ({ request }) => {
      const fields = refusals.getStore();
      if (!fields || fields.size === 0) return;
      const viewer = await verifyViewer(request.headers.get(VIEWER_TOKEN_HEADER), secret);
      const headers = { 'content-type': 'application/json', [VIEWER_TOKEN_HEADER]: await signViewer(viewer ?? { role: 'anoniem', organisationId: null }, secret) };
      for (const field of fields) {
        try {
          const response = await fetch(trajectoriesUrl, { method: 'POST', headers, body: JSON.stringify({ query: RECORD, variables: { field } }), signal: AbortSignal.timeout(5_000) });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
        } catch (error) {
          log.error({ err: error, field }, 'refusal not audited');
        }
      }
      fields.clear();
    },
  };
}
