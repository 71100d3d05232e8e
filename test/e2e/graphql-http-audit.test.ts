// The gateway against the GraphQL-over-HTTP spec: graphql-http's own audit over real HTTP. Every
// MUST passes; SHOULD and MAY results are printed with their reasons. GET requests carry the CSRF
// header the gateway asks of them (a client of ours always sends it; the spec allows the demand).
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterAll(() => p?.close());

// As the analist: its audits ask for the schema (`__type`), which is for the analist and the beheerder.
let authorization = '';
const withCsrfHeader = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('x-graphql-csrf', '1');
  headers.set('authorization', authorization);
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http auditServer)', () => {
  it('passes every MUST audit', async () => {
    authorization = (await p.headersFor('analist')).authorization as string;
    const results: AuditResult[] = await auditServer({ url: p.platform.gateway.url, fetchFn: withCsrfHeader });
    const must = results.filter((r) => r.name.startsWith('MUST'));
    const failed = results.filter((r) => r.status !== 'ok');
    console.log(
      `graphql-http audit: ${results.length} audits, ${must.length} MUST (${must.filter((r) => r.status === 'ok').length} ok), ${results.filter((r) => r.status === 'ok').length} ok in all` +
        failed.map((r) => `\n  ${r.status}: ${r.name}${'reason' in r ? ` — ${r.reason}` : ''}`).join(''),
    );
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});
