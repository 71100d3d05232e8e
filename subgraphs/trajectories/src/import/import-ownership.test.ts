// Who may change a stored case through an import: the beheerder, an organisation involved in it, or
// the organisation that created it. Anyone else's row is refused (the whole file), in Dutch, without
// saying what is stored, and the attempt is audited; an identical re-import is audited too.
import { readFileSync } from 'node:fs';
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { trajectories } from '@uitstroom/db/schema';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server.ts';

const example = readFileSync(new URL('../../../../test/fixtures/uitstroommonitor-voorbeeld.csv', import.meta.url), 'utf8');
const MUTATION = `mutation ($fileName: String!, $content: String!) {
  importUitstroommonitor(fileName: $fileName, contentBase64: $content) { imported created updated unchanged errorCount errors { line column reason } } }`;

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

interface Outcome {
  imported: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: { line: number; column: string | null; reason: string }[];
}

async function upload(content: string, role: string, organisationId: string | null, user: string) {
  const result = await execute<{ importUitstroommonitor: Outcome }>(
    createServer(test.database),
    MUTATION,
    { fileName: 'monitor.csv', content: Buffer.from(content).toString('base64') },
    { role, organisationId, user, covenants: ['walcheren'] } as never,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.importUitstroommonitor as Outcome;
}

/** The header and WTW-0001 (Emergis, Vlissingen, l'escaut) with another landlord: a change to a stored case. */
const takeOver = (landlord: string) => example.split('\n').slice(0, 2).join('\n').replace(/^WTW-0001;(.*);l'escaut;/m, `WTW-0001;$1;${landlord};`);
const landlordOf = async (code: string) => (await test.database.db.select({ landlord: trajectories.landlordId }).from(trajectories).where(eq(trajectories.caseCode, code)))[0]?.landlord;

describe('importing over stored cases', () => {
  it('lets the organisation that created the cases import its sheet again, and audits the identical rows', async () => {
    expect(await upload(example, 'werkgroep', 'gemeente-middelburg', 'Werkgroep Middelburg')).toMatchObject({ imported: true, created: 4 });
    expect(await upload(example, 'werkgroep', 'gemeente-middelburg', 'Werkgroep Middelburg')).toMatchObject({ imported: true, unchanged: 4 });
    const audit = await getAuditLog(test.database.db, { userName: 'Werkgroep Middelburg', limit: 50 });
    expect(audit.filter((r) => r.detail === 'monitor.csv (ongewijzigd)' && r.outcome === 'allowed').map((r) => r.caseCode).sort()).toEqual(['WTW-0001', 'WTW-0002', 'WTW-0003', 'WTW-0004']);
  });

  it('refuses an organisation not involved in a stored case: nothing written, the row named in Dutch, the attempt audited', async () => {
    const before = await landlordOf('WTW-0001');
    const outcome = await upload(takeOver('Zeeuwland'), 'medewerker', 'zeeuwland', 'Medewerker Zeeuwland');
    expect(outcome).toMatchObject({ imported: false, created: 0, updated: 0, errorCount: 1 });
    expect(outcome.errors).toEqual([
      { line: 2, column: 'casuscode', reason: 'casuscode WTW-0001 kan uw organisatie niet inlezen: een bestaand traject kan alleen de beheerder of een organisatie die erbij betrokken is wijzigen' },
    ]);
    expect(outcome.errors[0]?.reason).not.toMatch(/bestaat|gevonden|Emergis|l'escaut/i);
    expect(await landlordOf('WTW-0001')).toBe(before);
    const audit = await getAuditLog(test.database.db, { userName: 'Medewerker Zeeuwland', limit: 50 });
    expect(audit.map((r) => [r.action, r.caseCode, r.outcome])).toEqual([['import', 'WTW-0001', 'denied']]);
  });

  it('refuses an identical row from an organisation not involved: re-importing would prove it knew the case', async () => {
    const outcome = await upload(example, 'werkgroep', 'zeeuwland', 'Werkgroep Zeeuwland');
    expect(outcome.imported).toBe(false);
    expect(outcome.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
  });

  it('lets an organisation involved in the case change it, and the beheerder any case', async () => {
    // Emergis is WTW-0001's provider.
    expect(await upload(takeOver('Zeeuwland'), 'medewerker', 'emergis', 'Medewerker Emergis')).toMatchObject({ imported: true, updated: 1 });
    expect(await landlordOf('WTW-0001')).toBe('zeeuwland');
    expect(await upload(example, 'beheerder', null, 'Beheerder')).toMatchObject({ imported: true, updated: 1, unchanged: 3 });
    expect(await landlordOf('WTW-0001')).toBe('lescaut');
  });

  it('refuses an importer without an organisation any stored case, but lets it create new ones', async () => {
    expect((await upload(example, 'werkgroep', null, 'Werkgroep zonder organisatie')).imported).toBe(false);
    const fresh = example.replace(/WTW-000/g, 'WTW-900');
    expect(await upload(fresh, 'werkgroep', null, 'Werkgroep zonder organisatie')).toMatchObject({ imported: true, created: 4 });
  });

  it('returns at most 1,000 problems of a file of bad rows, with their total, so the answer stays small', async () => {
    const [header] = example.split('\n');
    const rows = Array.from({ length: 1_500 }, (_, i) => `BAD-${i};nergens;BW;X;Emergis;Vlissingen;;28-49;2025-01-01;;;;;;;;`);
    const outcome = await upload([header, ...rows].join('\n'), 'werkgroep', 'gemeente-middelburg', 'Werkgroep Middelburg');
    expect(outcome.imported).toBe(false);
    expect(outcome.errorCount).toBe(1_500);
    expect(outcome.errors).toHaveLength(1_000);
    expect(outcome.errors[0]).toEqual({ line: 2, column: 'convenant', reason: 'onbekend convenant "nergens"' });
  });
});
