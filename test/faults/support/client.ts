// Talking to the gateway as a client would: a demo user's token from its demo login, then GraphQL over
// HTTP, each request bounded in time so a hang fails the test instead of stalling it.
import { randomUUID } from 'node:crypto';

export interface GraphQLAnswer<T> {
  status: number;
  /** The body as text too: the tests look for internal addresses in it. */
  text: string;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export async function tokenFor(origin: string, user: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }), signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`demo login for ${user} answered ${response.status}`);
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

export async function graphql<T>(origin: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    // An id of its own each, so identical requests in flight are not merged into one subgraph fetch.
    headers: { 'content-type': 'application/json', 'x-request-id': randomUUID(), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphQLAnswer<T>['body'] };
}

/** Every process answers its /healthz with 200. */
export async function healthy(urls: readonly string[]): Promise<Record<string, number>> {
  const statuses = await Promise.all(urls.map((url) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0)));
  return Object.fromEntries(urls.map((url, i) => [url, statuses[i] as number]));
}

/** Retries `attempt` until it returns true or `limitMs` passes; for waiting on recovery, not for asserting time. */
export async function eventually(attempt: () => Promise<boolean>, limitMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  for (;;) {
    if (await attempt().catch(() => false)) return true;
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
