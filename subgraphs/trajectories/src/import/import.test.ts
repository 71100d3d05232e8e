// Import of the uitstroommonitor format through the mutation, on the database under test.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { count, eq } from 'drizzle-orm';
import { trajectories } from '@uitstroom/db/schema';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server.ts';

const example = readFileSync(new URL('../../../../test/fixtures/uitstroommonitor-voorbeeld.csv', import.meta.url), 'utf8');
const MUTATION = `mutation ($fileName: String!, $content: String!) {
  importUitstroommonitor(fileName: $fileName, contentBase64: $content) {
    imported rowCount created updated unchanged errorCount errors { line column reason } } }`;

interface Outcome {
  imported: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: { line: number; column: string | null; reason: string }[];
}

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

const ALL = ['meppel-vzw', 'walcheren', 'woonkans', 'noord-veluwe', 'noordoostpolder'];

/** As the werkgroep of gemeente Vlissingen by default: the organisation that keeps Walcheren's sheet. */
async function upload(fileName: string, content: string | Buffer, role: 'werkgroep' | 'anoniem' | 'medewerker' | 'beheerder' = 'werkgroep', organisationId: string | null = 'gemeente-vlissingen') {
  const result = await execute<{ importUitstroommonitor: Outcome }>(
    createServer(test.database),
    MUTATION,
    { fileName, content: Buffer.from(content).toString('base64') },
    { role, organisationId, covenants: ALL, user: `${role} ${organisationId ?? ''}`.trim() } as never,
  );
  return { outcome: result.data?.importUitstroommonitor, errors: result.errors };
}

async function storedCount(): Promise<number> {
  const [row] = await test.database.db.select({ n: count() }).from(trajectories).where(eq(trajectories.source, 'import'));
  return row?.n ?? -1;
}

describe('importUitstroommonitor', () => {
  it('imports the example file, with its steps and events, and a re-import changes nothing', async () => {
    const first = await upload('voorbeeld.csv', example);
    expect(first.outcome).toEqual({ imported: true, rowCount: 4, created: 4, updated: 0, unchanged: 0, errorCount: 0, errors: [] });
    const again = await upload('voorbeeld.csv', example);
    expect(again.outcome).toEqual({ imported: true, rowCount: 4, created: 0, updated: 0, unchanged: 4, errorCount: 0, errors: [] });
    expect(await storedCount()).toBe(4);

    const page = await execute<{ trajectories: { caseCode: string; steps: { step: string; occurredOn: string }[]; events: { kind: string; relapseKind: string | null }[]; landlord: { id: string } | null }[] }>(
      createServer(test.database),
      '{ trajectories(covenantId: "walcheren") { caseCode steps { step occurredOn } events { kind relapseKind } landlord { id } } }',
    );
    const byCode = new Map(page.data?.trajectories.map((t) => [t.caseCode, t]));
    // WTW-0003 uses the Dutch date form and is still waiting.
    expect(byCode.get('WTW-0003')?.steps).toEqual([{ step: 'AANMELDING', occurredOn: '2025-03-12' }]);
    expect(byCode.get('WTW-0003')?.landlord).toBeNull();
    expect(byCode.get('WTW-0002')?.events).toEqual([{ kind: 'TERUGVAL', relapseKind: 'TIJDELIJK' }]);
    expect(byCode.get('WTW-0004')?.steps.map((s) => s.step)).toEqual(['AANMELDING', 'SLEUTELOVERDRACHT', 'AFGESLOTEN']);
    expect(byCode.get('WTW-0004')?.events).toEqual([{ kind: 'NEGATIEF_EINDE', relapseKind: null }]);
  });

  it('updates a changed row and leaves the others', async () => {
    const changed = example.replace('WTW-0003;walcheren;JZ;Residentiële jeugdgroep;Juvent;Veere;;18-22;12-03-2025;;', 'WTW-0003;walcheren;JZ;Residentiële jeugdgroep;Juvent;Veere;Veere;18-22;12-03-2025;2025-12-01;Zeeuwland');
    expect(changed).not.toBe(example);
    const { outcome } = await upload('voorbeeld.csv', changed);
    expect(outcome).toMatchObject({ imported: true, created: 0, updated: 1, unchanged: 3 });
    await upload('voorbeeld.csv', example);
  });

  it('reads the same sheet as .xlsx and as comma-separated CSV', async () => {
    const [header, ...rows] = example.trim().split('\n').map((line) => line.split(';'));
    const sheet = [header, ...rows].map((cells) => (cells ?? []).map((value) => ({ value })));
    const xlsx = await writeXlsxFile(sheet).toBuffer();
    const fromXlsx = await upload('voorbeeld.xlsx', xlsx);
    expect(fromXlsx.outcome).toMatchObject({ imported: true, rowCount: 4, unchanged: 4, errors: [] });
    const commas = [header, ...rows].map((cells) => (cells ?? []).map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const fromCsv = await upload('voorbeeld.csv', commas);
    expect(fromCsv.outcome).toMatchObject({ imported: true, unchanged: 4 });
  });

  it('imports nothing from a file with errors and lists every one with line, column and reason', async () => {
    const bad = [
      example.trim().split('\n')[0],
      'WTW-0101;walcheren;BW;Beschermd wonen;Emergis;Vlissingen;;28-49;2025-02-01;;;;;;;;',
      'wtw 2;walcheren;XX;Beschermd wonen;Onbekende Zorg;Vlissingen;;99-100;2025-02-30;;;;;;;;',
      'WTW-0103;walcheren;MO;Opvang;Emergis;Middelburg;Middelburg;50-64;2025-05-01;2025-04-01;;;;2025-03-01;;;',
      'WTW-0101;onbekend;BW;Beschermd wonen;Emergis;Vlissingen;;28-49;2025-02-01;;;;;;;;',
    ].join('\n');
    const before = await storedCount();
    const { outcome } = await upload('fouten.csv', bad);
    expect(outcome?.imported).toBe(false);
    expect(outcome?.created).toBe(0);
    expect(outcome?.errorCount).toBe(10);
    expect(outcome?.errors).toEqual([
      { line: 3, column: 'casuscode', reason: '"wtw 2" is geen geldige casuscode: 4–32 tekens A–Z, 0–9 of -' },
      { line: 3, column: 'doelgroep', reason: '"XX" is geen geldige waarde; kies uit BW, MO, VO, JZ, DET, GGZ, WLZ, OVERIG' },
      { line: 3, column: 'leeftijdscategorie', reason: '"99-100" is geen geldige waarde; kies uit 18-22, 23-27, 28-49, 50-64, 65+' },
      { line: 3, column: 'zorgaanbieder', reason: '"Onbekende Zorg" is geen partij van convenant walcheren' },
      { line: 3, column: 'datum_aanmelding', reason: '"2025-02-30" bestaat niet als datum' },
      { line: 4, column: 'datum_woning', reason: 'datum_woning (2025-04-01) ligt vóór datum_aanmelding (2025-05-01)' },
      { line: 4, column: 'datum_terugval', reason: 'datum_terugval (2025-03-01) ligt vóór datum_woning (2025-04-01)' },
      { line: 4, column: 'corporatie', reason: 'corporatie is verplicht wanneer datum_woning is ingevuld' },
      { line: 4, column: 'soort_terugval', reason: 'soort_terugval is verplicht wanneer datum_terugval is ingevuld' },
      { line: 5, column: 'convenant', reason: 'onbekend convenant "onbekend"' },
    ]);
    expect(await storedCount()).toBe(before);
  });

  it('refuses an unknown or missing column on the header line', async () => {
    const { outcome } = await upload('kop.csv', 'casuscode;convenant;naam\nWTW-1;walcheren;Jan');
    expect(outcome?.errors).toContainEqual({ line: 1, column: 'naam', reason: expect.stringMatching(/^onbekende kolom "naam"/) });
    expect(outcome?.errors).toContainEqual({ line: 1, column: 'datum_aanmelding', reason: 'verplichte kolom "datum_aanmelding" ontbreekt' });
    expect(outcome?.imported).toBe(false);
  });

  it('refuses other file types and anonymous viewers', async () => {
    expect((await upload('sheet.ods', 'x')).outcome?.errors[0]?.reason).toBe('bestandstype van "sheet.ods" wordt niet ondersteund: gebruik .csv of .xlsx');
    const anonymous = await upload('voorbeeld.csv', example, 'anoniem');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('importUitstroommonitor with gzip (how the dashboard and the CLI send files)', () => {
  const GZIP_MUTATION = `mutation ($fileName: String!, $content: String!) {
    importUitstroommonitor(fileName: $fileName, contentBase64: $content, contentEncoding: GZIP) { imported rowCount errors { reason } } }`;
  const send = (content: Buffer) =>
    execute<{ importUitstroommonitor: { imported: boolean; rowCount: number } }>(createServer(test.database), GZIP_MUTATION, { fileName: 'voorbeeld.csv', content: content.toString('base64') }, { role: 'werkgroep', organisationId: 'gemeente-vlissingen', covenants: ['walcheren', 'woonkans'] });

  it('reads a gzipped file as the file itself', async () => {
    const result = await send(gzipSync(example));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importUitstroommonitor).toMatchObject({ imported: true, rowCount: 4 });
  });

  it('refuses what is not gzip, and a small file that unpacks to more than 40 MB, without unpacking it all', async () => {
    const notGzip = await send(Buffer.from(example));
    expect(notGzip.errors?.[0]?.message).toBe('contentBase64 is not valid gzip data, though contentEncoding is GZIP');
    const bomb = gzipSync(Buffer.alloc(41 * 1024 * 1024, 'a'));
    expect(bomb.length).toBeLessThan(100_000);
    const refused = await send(bomb);
    expect(refused.errors?.[0]?.message).toBe('file is larger than 40 MB after decompression; at most 40 MB can be imported at once');
  });
});
