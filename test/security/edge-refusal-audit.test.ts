// Case-level fields refused by the gateway itself (by role, or for a missing second factor) never
// reach a subgraph; the attempt of a signed-in user is still in the audit log, written through the
// trajectories subgraph before the answer goes out. (Without a token nothing is asked at all: the
// root fields refuse an anonymous viewer.) The internal field that writes it is not in the public API.
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterAll(() => p?.close());

const CASES = '{ covenant(id: "walcheren") { trajectories(limit: 1) { caseCode } } }';
const audited = async (userName: string | null) => (await getAuditLog(p.test.database.db, { ...(userName ? { userName } : {}), limit: 500 })).filter((r) => r.detail?.startsWith('geweigerd door de gateway'));

describe('refusals at the gateway', () => {
  it('audits a werkgroep asking for case codes: refused by role before any subgraph', async () => {
    const { status, body } = await p.graphql(CASES, {}, await p.headersFor({ id: 'wg-probe', role: 'werkgroep', covenants: ['walcheren'] }));
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await audited('Demo: wg-probe');
    expect(rows.map((r) => [r.action, r.subject, r.outcome, r.role, r.detail])).toEqual([['read', 'trajectory', 'denied', 'werkgroep', 'geweigerd door de gateway: Covenant.trajectories']]);
  });

  it('audits a medewerker without a second factor, and each field once per request', async () => {
    const query = '{ covenant(id: "walcheren") { trajectories(limit: 1) { caseCode } householdVisits(from: "2025-01-01", to: "2025-12-31") { id } } }';
    const { status } = await p.graphql(query, {}, await p.headersFor({ id: 'mw-pwd', role: 'medewerker', org: 'emergis', covenants: ['walcheren'], amr: ['pwd'] }));
    expect(status).toBe(403);
    const rows = await audited('Demo: mw-pwd');
    expect(rows.map((r) => r.detail).sort()).toEqual(['geweigerd door de gateway: Covenant.householdVisits', 'geweigerd door de gateway: Covenant.trajectories']);
    expect(rows.every((r) => r.role === 'medewerker' && r.organisationId === 'emergis' && r.outcome === 'denied')).toBe(true);
  });

  it('writes nothing for a question the viewer may ask', async () => {
    const before = (await audited(null)).length;
    const { body } = await p.graphql('{ covenant(id: "walcheren") { name } }', {}, await p.headersFor('werkgroep'));
    expect(body.errors).toBeUndefined();
    expect((await audited(null)).length).toBe(before);
  });

  it('keeps the internal field out of the public API: a client cannot write audit rows with it', async () => {
    const before = (await audited(null)).length;
    const { body } = await p.graphql('mutation { recordGatewayRefusal(field: "Covenant.trajectories") }', {}, await p.headersFor('beheerder'));
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "recordGatewayRefusal"/);
    expect((await audited(null)).length).toBe(before);
  });
});
