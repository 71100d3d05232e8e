// POST an operation to the gateway as the dashboard does, and fail on anything but data.
import { randomUUID } from 'node:crypto';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

export async function postGraphql<T>(url: string, request: GraphqlRequest): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    // A request id of its own per request, as a proxy in front of the gateway adds: the gateway
    // forwards it, so identical requests in flight at once are not merged into one subgraph fetch
    // (executor-http's in-flight deduplication) and every request is measured doing its own work.
    headers: { 'content-type': 'application/json', 'x-request-id': randomUUID(), ...request.headers },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}
