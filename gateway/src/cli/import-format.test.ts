import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvHeader, detectFormat, formatOfHeader } from './import-format.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));

describe('detectFormat', () => {
  it('tells the two example files apart by their header line', async () => {
    expect((await detectFormat('a.csv', fixture('uitstroommonitor-voorbeeld.csv'))).name).toBe('uitstroommonitor');
    expect((await detectFormat('b.csv', fixture('voorzieningenwijzer-voorbeeld.csv'))).mutation).toBe('importVoorzieningenwijzer');
  });

  it('reads the first row of an .xlsx', async () => {
    const xlsx = await writeXlsxFile([[{ value: 'Bezoekcode' }, { value: 'convenant' }], [{ value: 'VZW-1' }, { value: 'meppel-vzw' }]]).toBuffer();
    expect((await detectFormat('bezoeken.xlsx', xlsx)).name).toBe('voorzieningenwijzer');
  });

  it('reads a comma-separated, quoted header with a BOM regardless of case', () => {
    expect(csvHeader('\uFEFF"CasusCode",convenant\nX,Y')).toEqual(['casuscode', 'convenant']);
  });

  it('refuses a header with neither or both key columns, in Dutch', async () => {
    await expect(detectFormat('x.csv', Buffer.from('naam;adres\nJan;Dorpsstraat 1'))).rejects.toThrow(
      'Onbekend bestandsformaat: de kopregel bevat geen kolom casuscode (uitstroommonitor) of bezoekcode (voorzieningenwijzer). Zie ../shared/formats/README.md.',
    );
    expect(() => formatOfHeader(['casuscode', 'bezoekcode'])).toThrow(/^Onduidelijk bestandsformaat/);
    await expect(detectFormat('kapot.xlsx', Buffer.from('geen xlsx'))).rejects.toThrow(/^Het .xlsx-bestand is niet te lezen/);
  });
});
