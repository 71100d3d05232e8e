// Export, erasure and the retention purge through the subgraph's API, for the beheerder only, each
// audited. The rules themselves (5 / 15 years, boundaries) are tested in @uitstroom/db's retention.test.ts.
import { eq, sql } from 'drizzle-orm';
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { trajectories } from '@uitstroom/db/schema';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionJob } from './retention.ts';
import { createServer } from './server.ts';
import { closedIn2016 } from './test-fixtures.ts';

let test: TestDatabase;
const beheerder: Viewer = { role: 'beheerder', organisationId: null, user: 'Functioneel beheer', mfa: true };

beforeAll(async () => {
  test = await createTestDatabase();
  await writeTrajectories(test.database.db, [closedIn2016('OUD-NIET-1'), closedIn2016('OUD-WEL-1'), closedIn2016('OUD-WEL-2')], 'import');
  // Not eligible: 5 years (due since 2021); eligible: 15 years (due in 2031).
  await test.database.db.update(trajectories).set({ eligible: false }).where(eq(trajectories.caseCode, 'OUD-NIET-1'));
  await test.database.db.update(trajectories).set({ eligible: true }).where(sql`${trajectories.caseCode} like 'OUD-WEL-%'`);
});
afterAll(() => test?.close());

const REPORT = 'query ($on: Date) { retentionReport(on: $on) { dryRun on trajectories steps events cases { covenant { id } caseCode closedOn eligible purgeOn steps } } }';
type Report = { dryRun: boolean; trajectories: number; steps: number; cases: { caseCode: string; purgeOn: string; eligible: boolean | null }[] };
const stored = async () => (await test.database.db.select({ caseCode: trajectories.caseCode }).from(trajectories)).map((r) => r.caseCode).sort();

describe('retention, export and erasure (beheerder)', () => {
  it('reports what is due without removing it, and refuses anyone but the beheerder and a day in the future', async () => {
    const result = await execute<{ retentionReport: Report }>(createServer(test.database), REPORT, { on: '2026-01-01' }, beheerder);
    expect(result.errors).toBeUndefined();
    expect(result.data?.retentionReport).toMatchObject({ dryRun: true, trajectories: 1, steps: 2, cases: [{ caseCode: 'OUD-NIET-1', purgeOn: '2021-03-01', eligible: false }] });
    expect(await stored()).toEqual(['OUD-NIET-1', 'OUD-WEL-1', 'OUD-WEL-2']);
    const werkgroep = await execute(createServer(test.database), REPORT, {}, { role: 'werkgroep', organisationId: null, covenants: ['walcheren'] });
    expect(werkgroep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const future = await execute(createServer(test.database), REPORT, { on: '2999-01-01' }, beheerder);
    expect(future.errors?.[0]?.message).toMatch(/^on \(2999-01-01\) lies in the future/);
  });

  it('the daily job: a dry run reports, off says nothing; neither removes anything', async () => {
    expect(await retentionJob(test.database.db, 'dry-run', '2026-01-01')).toBe('Retention (dry run): 1 trajectories (2 steps, 0 events) are past their term; RETENTION_PURGE=on removes them');
    expect(await retentionJob(test.database.db, 'off', '2026-01-01')).toBeNull();
    expect(await retentionJob(test.database.db, 'dry-run', '2020-01-01')).toBeNull();
    expect(await stored()).toEqual(['OUD-NIET-1', 'OUD-WEL-1', 'OUD-WEL-2']);
  });

  it('exports everything under a case code as JSON, and audits the export', async () => {
    const query = 'query ($c: ID!, $k: String!) { caseExport(covenantId: $c, caseCode: $k) { found data } }';
    const result = await execute<{ caseExport: { found: boolean; data: { trajectories: { caseCode: string; steps: { step: string }[] }[] } } }>(createServer(test.database), query, { c: 'walcheren', k: 'OUD-WEL-1' }, beheerder);
    expect(result.data?.caseExport.found).toBe(true);
    expect(result.data?.caseExport.data.trajectories.map((t) => [t.caseCode, t.steps.map((s) => s.step)])).toEqual([['OUD-WEL-1', ['aanmelding', 'afgesloten']]]);
    const log = await getAuditLog(test.database.db, { caseCode: 'OUD-WEL-1', limit: 10 });
    expect(log.map((r) => [r.action, r.userName, r.outcome])).toEqual([['export', 'Functioneel beheer', 'allowed']]);
  });

  it('purges what is due, audits each case, and leaves the rest', async () => {
    const mutation = 'mutation ($on: Date) { purgeRetention(on: $on) { dryRun trajectories steps cases { caseCode } } }';
    const result = await execute<{ purgeRetention: Report }>(createServer(test.database), mutation, { on: '2026-01-01' }, beheerder);
    expect(result.data?.purgeRetention).toMatchObject({ dryRun: false, trajectories: 1, steps: 2, cases: [{ caseCode: 'OUD-NIET-1' }] });
    expect(await stored()).toEqual(['OUD-WEL-1', 'OUD-WEL-2']);
    expect((await getAuditLog(test.database.db, { caseCode: 'OUD-NIET-1', limit: 10 })).map((r) => r.action)).toEqual(['purge']);
  });

  it('erases a case on request, after the case code is repeated; nothing to erase is an error', async () => {
    const mutation = 'mutation ($k: String!, $confirm: String!) { eraseCase(covenantId: "walcheren", caseCode: $k, confirmCaseCode: $confirm) { trajectories steps events fundClaimsPseudonymised auditRowsKept } }';
    const run = (k: string, confirm: string, viewer: Viewer = beheerder) => execute<{ eraseCase: Record<string, number> }>(createServer(test.database), mutation, { k, confirm }, viewer);
    expect((await run('OUD-WEL-2', 'OUD-WEL-1')).errors?.[0]?.message).toBe('confirmCaseCode must repeat the case code "OUD-WEL-2" exactly');
    expect((await run('OUD-WEL-2', 'OUD-WEL-2', { role: 'medewerker', organisationId: 'emergis', covenants: ['walcheren'] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(['OUD-WEL-1', 'OUD-WEL-2']);
    const erased = await run('OUD-WEL-2', 'OUD-WEL-2');
    expect(erased.data?.eraseCase).toEqual({ trajectories: 1, steps: 2, events: 0, fundClaimsPseudonymised: 0, auditRowsKept: 0 });
    expect(await stored()).toEqual(['OUD-WEL-1']);
    expect((await getAuditLog(test.database.db, { caseCode: 'OUD-WEL-2', limit: 10 })).map((r) => [r.action, r.outcome])).toEqual([['erase', 'allowed']]);
    expect((await run('OUD-WEL-2', 'OUD-WEL-2')).errors?.[0]?.message).toBe('nothing is held under case code "OUD-WEL-2" in covenant "walcheren"');
  });
});
