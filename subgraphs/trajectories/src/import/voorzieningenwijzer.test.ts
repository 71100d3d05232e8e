// Import of the voorzieningenwijzer format (household visits, Meppel) through the mutation.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { asc, eq } from 'drizzle-orm';
import { householdVisits } from '@uitstroom/db/schema';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { createServer } from '../server.ts';

const example = readFileSync(new URL('../../../../test/fixtures/voorzieningenwijzer-voorbeeld.csv', import.meta.url), 'utf8');
const [HEADER = ''] = example.split('\n');
const MUTATION = `mutation ($fileName: String!, $content: String!, $encoding: ContentEncoding) {
  importVoorzieningenwijzer(fileName: $fileName, contentBase64: $content, contentEncoding: $encoding) {
    imported rowCount created updated unchanged errors { line column reason } } }`;

interface Outcome {
  imported: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string | null; reason: string }[];
}

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

async function upload(fileName: string, content: string | Buffer, options: { role?: 'werkgroep' | 'anoniem'; gzip?: boolean; covenants?: string[]; user?: string } = {}) {
  const bytes = Buffer.from(content);
  const result = await execute<{ importVoorzieningenwijzer: Outcome }>(
    createServer(test.database),
    MUTATION,
    { fileName, content: (options.gzip ? gzipSync(bytes) : bytes).toString('base64'), encoding: options.gzip ? 'GZIP' : 'IDENTITY' },
    { role: options.role ?? 'werkgroep', organisationId: 'gemeente-meppel', covenants: options.covenants ?? ['meppel-vzw'], user: options.user ?? null },
  );
  return { outcome: result.data?.importVoorzieningenwijzer, errors: result.errors };
}

async function storedVisits() {
  const rows = await test.database.db.select().from(householdVisits).where(eq(householdVisits.source, 'import')).orderBy(asc(householdVisits.visitCode));
  return rows.map(({ id: _id, covenantId: _covenant, recordKey: _key, createdByPartyId: _creator, ...fields }) => fields);
}

/** The secret record keys (disclosure control), by visit code. */
async function recordKeysByCode() {
  const rows = await test.database.db.select().from(householdVisits).where(eq(householdVisits.source, 'import'));
  return new Map(rows.map((r) => [r.visitCode, r.recordKey]));
}

describe('importVoorzieningenwijzer', () => {
  it('imports the example with exact values (minutes, cents, landlord ids), and a re-import changes nothing', async () => {
    const first = await upload('voorbeeld.csv', example);
    expect(first.outcome).toEqual({ imported: true, rowCount: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await storedVisits()).toEqual([
      { visitCode: 'VZW-2025-001', visitedOn: '2025-04-02', referralChannel: 'corporatie', reason: 'nieuwe huurovereenkomst', tenantOfPartyId: 'woonconcept', minutesSpent: 120, financialRoomCents: 124_000, provisionsApplied: 2, source: 'import' },
      { visitCode: 'VZW-2025-002', visitedOn: '2025-04-09', referralChannel: 'gemeente', reason: 'schuldhulpverlening', tenantOfPartyId: null, minutesSpent: 150, financialRoomCents: 86_050, provisionsApplied: 1, source: 'import' },
      { visitCode: 'VZW-2025-003', visitedOn: '2025-04-16', referralChannel: 'wmw', reason: 'inloopspreekuur', tenantOfPartyId: 'actium', minutesSpent: 120, financialRoomCents: 0, provisionsApplied: 0, source: 'import' },
    ]);
    const again = await upload('voorbeeld.csv', example, { gzip: true });
    expect(again.outcome).toEqual({ imported: true, rowCount: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
  });

  it('updates a changed row and leaves the others', async () => {
    const changed = example.replace('VZW-2025-002;meppel-vzw;2025-04-09;gemeente;schuldhulpverlening;;2,5;860,50;1', 'VZW-2025-002;meppel-vzw;09-04-2025;gemeente;schuldhulpverlening;Woonconcept;2,5;1.860,55;3');
    expect(changed).not.toBe(example);
    expect((await upload('voorbeeld.csv', changed)).outcome).toMatchObject({ imported: true, created: 0, updated: 1, unchanged: 2 });
    expect((await storedVisits())[1]).toMatchObject({ tenantOfPartyId: 'woonconcept', financialRoomCents: 186_055, provisionsApplied: 3 });
    expect((await upload('voorbeeld.csv', example)).outcome).toMatchObject({ updated: 1, unchanged: 2 });
  });

  it('reads the same sheet as .xlsx (with date and number cells) and as comma-separated CSV', async () => {
    const rows = example.trim().split('\n').map((line) => line.split(';'));
    // As a spreadsheet holds them: dates and amounts as date and number cells, not text.
    const cellOf = (value: string, column: number) =>
      column === 2 ? { value: new Date(`${value}T00:00:00Z`), format: 'yyyy-mm-dd' } : column >= 6 ? { value: Number(value.replaceAll('.', '').replace(',', '.')) } : { value };
    const sheet = rows.map((cells, index) => cells.map((value, column) => (index === 0 ? { value } : cellOf(value, column))));
    const fromXlsx = await upload('voorbeeld.xlsx', await writeXlsxFile(sheet).toBuffer());
    expect(fromXlsx.outcome).toMatchObject({ imported: true, rowCount: 3, unchanged: 3, errors: [] });
    const commas = rows.map((cells) => cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');
    expect((await upload('voorbeeld.csv', commas)).outcome).toMatchObject({ imported: true, unchanged: 3, errors: [] });
  });

  it('imports nothing from a file with errors and lists every one with line, column and reason', async () => {
    const bad = [
      HEADER,
      'VZW-9-001;meppel-vzw;2025-05-01;corporatie;project;Woonconcept;2;100;1',
      'VZW-9-002;walcheren;2025-02-30;buurman;;Zeeuwland;0;1,234.50;-1',
      'VZW-9-003;meppel-vzw;12-5-2025;gemeente;Geldloket;Meppel;1,33;12,345;1,5',
      'VZW-9-001;onbekend;2025-05-02;wmw;inloopspreekuur;;2;0;0',
      ';meppel-vzw;;wmw;inloopspreekuur;Woonkonsept;;;',
    ].join('\n');
    const before = (await storedVisits()).length;
    const { outcome } = await upload('fouten.csv', bad);
    expect(outcome).toMatchObject({ imported: false, rowCount: 5, created: 0 });
    expect(outcome?.errors).toEqual([
      { line: 3, column: 'convenant', reason: 'convenant "walcheren" legt geen huisbezoeken vast; dit bestand hoort bij een uitstroommonitor-import' },
      { line: 3, column: 'datum_bezoek', reason: '"2025-02-30" bestaat niet als datum' },
      { line: 3, column: 'toeleiding', reason: '"buurman" is geen geldige waarde; kies uit corporatie, gemeente, wmw' },
      { line: 3, column: 'aanleiding', reason: 'aanleiding is verplicht' },
      { line: 3, column: 'uren', reason: '"0" uur: het aantal uren moet groter dan 0 zijn' },
      { line: 3, column: 'financiele_ruimte_eur', reason: '"1,234.50" is geen bedrag in euro\'s; gebruik bijvoorbeeld 1.234,50 of 1234.50' },
      { line: 3, column: 'voorzieningen_aangevraagd', reason: '"-1" is geen heel getal van 0 of meer' },
      { line: 4, column: 'datum_bezoek', reason: '"12-5-2025" is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ' },
      { line: 4, column: 'huurder_van', reason: '"Meppel" is geen woningcorporatie' },
      { line: 4, column: 'uren', reason: '"1,33" uur komt niet uit op hele minuten; gebruik bijvoorbeeld 1,5 of 1,25' },
      { line: 4, column: 'financiele_ruimte_eur', reason: '"12,345" is geen bedrag in euro\'s; gebruik bijvoorbeeld 1.234,50 of 1234.50' },
      { line: 4, column: 'voorzieningen_aangevraagd', reason: '"1,5" is geen heel getal van 0 of meer' },
      { line: 5, column: 'convenant', reason: 'onbekend convenant "onbekend"' },
      { line: 5, column: 'bezoekcode', reason: 'bezoekcode VZW-9-001 staat ook op regel 2' },
      { line: 6, column: 'bezoekcode', reason: 'bezoekcode is verplicht' },
      { line: 6, column: 'datum_bezoek', reason: 'datum_bezoek is verplicht' },
      { line: 6, column: 'huurder_van', reason: '"Woonkonsept" is geen partij van convenant meppel-vzw' },
      { line: 6, column: 'uren', reason: 'uren is verplicht' },
      { line: 6, column: 'financiele_ruimte_eur', reason: 'financiele_ruimte_eur is verplicht' },
      { line: 6, column: 'voorzieningen_aangevraagd', reason: 'voorzieningen_aangevraagd is verplicht' },
    ]);
    expect((await storedVisits()).length).toBe(before);
  });

  it('refuses unknown and missing columns, and an uitstroommonitor sheet, on the header line', async () => {
    const { outcome } = await upload('kop.csv', 'Bezoekcode;convenant;naam\nVZW-1;meppel-vzw;Jan');
    expect(outcome?.errors).toContainEqual({ line: 1, column: 'naam', reason: expect.stringMatching(/^onbekende kolom "naam"; toegestaan zijn bezoekcode, /) });
    expect(outcome?.errors).toContainEqual({ line: 1, column: 'datum_bezoek', reason: 'verplichte kolom "datum_bezoek" ontbreekt' });
    expect(outcome?.errors).not.toContainEqual(expect.objectContaining({ column: 'huurder_van' }));
    const other = await upload('uitstroom.csv', 'casuscode;convenant\nWTW-1;walcheren');
    expect(other.outcome?.errors[0]).toMatchObject({ line: 1, column: 'casuscode', reason: expect.stringMatching(/^onbekende kolom "casuscode"/) });
  });

  it('refuses every row of a covenant outside the token, imports nothing', async () => {
    const before = (await storedVisits()).length;
    const { outcome } = await upload('voorbeeld.csv', example, { covenants: ['woonkans'] });
    expect(outcome?.imported).toBe(false);
    expect(outcome?.errors.length).toBe(outcome?.rowCount);
    expect(new Set(outcome?.errors.map((e) => `${e.column}: ${e.reason}`))).toEqual(new Set(['convenant: convenant "meppel-vzw" hoort niet bij uw convenanten; u kunt er niets voor invoeren']));
    expect((await storedVisits()).length).toBe(before);
  });

  it('writes an audit row per created or changed visit, under its visit code, in the import', async () => {
    await upload('voorbeeld.csv', example);
    const keysBefore = await recordKeysByCode();
    const changed = example.replace(';2,5;', ';2,75;');
    expect(changed).not.toBe(example);
    const { outcome } = await upload('gewijzigd.csv', changed, { user: 'Werkgroeplid Meppel' });
    expect(outcome).toMatchObject({ imported: true, updated: 1 });
    // A changed visit keeps its secret record key: its published counts do not start to wander.
    expect(await recordKeysByCode()).toEqual(keysBefore);
    expect(new Set(keysBefore.values()).size).toBe(keysBefore.size);
    const rows = await getAuditLog(test.database.db, { userName: 'Werkgroeplid Meppel', limit: 50 });
    const changedRows = rows.filter((r) => r.detail === 'gewijzigd.csv');
    expect(changedRows.map((r) => [r.action, r.subject, r.outcome, r.detail])).toEqual([['import', 'household-visit', 'allowed', 'gewijzigd.csv']]);
    // The two rows written identically are on record too.
    expect(rows.filter((r) => r.detail === 'gewijzigd.csv (ongewijzigd)').map((r) => r.outcome)).toEqual(['allowed', 'allowed']);
    const stored = await storedVisits();
    expect(stored.map((v) => v.visitCode)).toContain(changedRows[0]?.caseCode);
  });

  it('refuses anonymous viewers, and gzip that is not', async () => {
    expect((await upload('voorbeeld.csv', example, { role: 'anoniem' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notGzip = await execute(createServer(test.database), MUTATION, { fileName: 'v.csv', content: Buffer.from(example).toString('base64'), encoding: 'GZIP' }, { role: 'werkgroep', organisationId: null });
    expect(notGzip.errors?.[0]?.message).toBe('contentBase64 is not valid gzip data, though contentEncoding is GZIP');
  });
});
