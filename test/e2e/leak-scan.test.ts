// Failures must not tell a client anything about the inside: with a subgraph down and with the
// database gone, answers carry no addresses, ports, driver messages, SQL or stack traces — those
// are logged by the services only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
let beheerder: Record<string, string>;
// The tests stop parts on purpose; the rest is stopped after, each part once.
const stopped = { funding: false, database: false };
beforeAll(async () => {
  p = await startTestPlatform();
  beheerder = await p.headersFor('beheerder');
}, 180_000);
afterAll(async () => {
  if (!p) return;
  await p.platform.gateway.close();
  const { funding, ...others } = p.platform.subgraphs;
  await Promise.all([...Object.values(others), ...(stopped.funding ? [] : [funding])].map((s) => s.close()));
  if (!stopped.database) await p.test.close();
});

/** What must never reach a client. */
const INTERNALS = [/127\.0\.0\.1/, /localhost/, /:\d{4,5}\b/, /ECONNREFUSED|ECONNRESET|socket hang up|fetch failed/i, /\bat .+\.(ts|js):\d+/, /postgres|pglite|drizzle|select .* from/i, /\/work\/|node_modules/];

function expectNoInternals(text: string): void {
  for (const pattern of INTERNALS) expect(text, `response contains ${pattern}`).not.toMatch(pattern);
}

describe('no internal detail in failures', () => {
  it('a subgraph down: an error without its address or the reason', async () => {
    await p.platform.subgraphs.funding.close();
    stopped.funding = true;
    const response = await fetch(p.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...beheerder },
      body: JSON.stringify({ query: '{ covenant(id: "woonkans") { name funds { name } } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: { covenant: { name: string } | null }; errors?: { message: string }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    expectNoInternals(text);
  });

  it('the database gone: a masked error, nothing of the driver', async () => {
    await p.test.close();
    stopped.database = true;
    const response = await fetch(p.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...beheerder },
      body: JSON.stringify({ query: '{ covenants { id name } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors?.length).toBeGreaterThan(0);
    expectNoInternals(text);
    // Readiness says the database is unreachable, not why.
    const ready = await fetch(p.platform.subgraphs.parties.url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(503);
    const readyText = await ready.text();
    expect(JSON.parse(readyText)).toMatchObject({ status: 'not ready', database: 'unreachable' });
    expectNoInternals(readyText);
  });
});
