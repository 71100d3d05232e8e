// Hostile .xlsx files: a zip that says it unpacks to gigabytes is refused before unpacking; one that
// lies about its sizes is read in a worker with a memory cap and gives up there, while the service
// keeps answering; a normal sheet reads as before.
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readTable } from './table.ts';
import { readXlsx, zipContents } from './xlsx.ts';

const DIRECTORY_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** A zip whose table of contents claims `claimed` bytes for its one part. */
function claiming(claimed: number): Buffer {
  const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode('<worksheet/>') }));
  const directory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(claimed, directory + 24);
  return zip;
}

describe('reading an .xlsx within limits', () => {
  it('reads an ordinary sheet', async () => {
    const xlsx = await writeXlsxFile([[{ value: 'casuscode' }, { value: 'convenant' }], [{ value: 'WTW-1' }, { value: 'walcheren' }]]).toBuffer();
    expect(zipContents(xlsx).unpackedBytes).toBeLessThan(100_000);
    expect(await readTable('a.xlsx', xlsx)).toEqual({ header: ['casuscode', 'convenant'], rows: [{ line: 2, cells: ['WTW-1', 'walcheren'] }] });
  });

  it('refuses a zip that says it unpacks to more than 200 MB, before unpacking anything', async () => {
    await expect(readTable('bom.xlsx', claiming(0xfffffffe))).rejects.toThrow('het .xlsx-bestand wordt niet gelezen: het pakt uit tot meer dan 200 MB; sla het werkblad op als CSV of splits het');
    await expect(readTable('bom.xlsx', claiming(0xffffffff))).rejects.toThrow('meer dan 200 MB');
  });

  it('refuses what is not a zip, in Dutch', async () => {
    await expect(readTable('nep.xlsx', Buffer.from('casuscode;convenant\n'))).rejects.toThrow('het is geen geldig zip-bestand');
  });

  /** A real workbook whose sheet has `rows` rows, with a table of contents that claims 1 KB per part. */
  async function lyingWorkbook(rows: number): Promise<Buffer> {
    const workbook = unzipSync(await writeXlsxFile([[{ value: 'casuscode' }]]).toBuffer());
    const xml = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`);
    workbook['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml.join('')}</sheetData></worksheet>`);
    const zip = Buffer.from(zipSync(workbook, { level: 1 }));
    for (let at = zip.indexOf(DIRECTORY_ENTRY); at >= 0; at = zip.indexOf(DIRECTORY_ENTRY, at + 4)) zip.writeUInt32LE(1024, at + 24);
    return zip;
  }

  it('gives up in its worker on a sheet that lies about its size — out of memory, or out of time — while the service keeps answering', async () => {
    // 400,000 rows: some 24 MB of XML, beyond a worker of 32 MB (the service's own worker has 384 MB
    // for a sheet of at most 200 MB unpacked); the same sheet again within 1 ms of time.
    const zip = await lyingWorkbook(400_000);
    expect(zipContents(zip).unpackedBytes).toBeLessThan(100_000);
    let ticks = 0;
    const clock = setInterval(() => ticks++, 20);
    const started = performance.now();
    try {
      await expect(readXlsx(zip, { heapMb: 32, timeLimitMs: 60_000 })).rejects.toThrow('het .xlsx-bestand wordt niet gelezen: het is te groot om in het geheugen te lezen; sla het werkblad op als CSV');
      await expect(readXlsx(zip, { heapMb: 384, timeLimitMs: 1 })).rejects.toThrow('het .xlsx-bestand wordt niet gelezen: het kon niet binnen 0.001 seconden worden gelezen; sla het werkblad op als CSV');
    } finally {
      clearInterval(clock);
    }
    // The main thread was free the whole time: its timer kept firing.
    expect(ticks).toBeGreaterThan((performance.now() - started) / 20 / 4);
  }, 60_000);
});
