import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../lib/contract.ts';
import {
  BASE64_CHUNK_BYTES,
  IMPORT_ACCEPT,
  IMPORT_COLUMNS,
  MAX_IMPORT_BYTES,
  NO_FILE_MESSAGE,
  WRONG_EXTENSION_MESSAGE,
  base64Chunks,
  checkImportFile,
  exampleCsv,
  exampleCsvHref,
  failedMessage,
  formatMegabytes,
  importFailureReason,
  importRequestParts,
  importedSummary,
  problemColumn,
  problemsShownNote,
  problemsCaption,
  refusedSummary,
  sendingText,
  uploadPercent,
} from './import.ts';

describe('checkImportFile', () => {
  it.each([
    { name: 'no file', file: null, expected: NO_FILE_MESSAGE },
    { name: 'an empty file input', file: { name: '', size: 0 }, expected: NO_FILE_MESSAGE },
    { name: 'a .csv', file: { name: 'uitstroom.csv', size: 1200 }, expected: null },
    { name: 'an .xlsx in capitals', file: { name: 'UITSTROOM.XLSX', size: 1200 }, expected: null },
    { name: 'an empty .csv (the server explains)', file: { name: 'leeg.csv', size: 0 }, expected: null },
    { name: 'exactly 40 MB', file: { name: 'groot.csv', size: MAX_IMPORT_BYTES }, expected: null },
    { name: 'an old .xls', file: { name: 'uitstroom.xls', size: 1200 }, expected: WRONG_EXTENSION_MESSAGE },
    { name: 'a .csv.txt', file: { name: 'uitstroom.csv.txt', size: 10 }, expected: WRONG_EXTENSION_MESSAGE },
    { name: 'no extension', file: { name: 'csv', size: 10 }, expected: WRONG_EXTENSION_MESSAGE },
    {
      name: 'one byte over 40 MB',
      file: { name: 'groot.xlsx', size: MAX_IMPORT_BYTES + 1 },
      expected:
        'Het bestand is 40,1 MB; er kan maximaal 40 MB tegelijk worden geïmporteerd. Splits het bestand in kleinere delen.',
    },
  ])('$name', ({ file, expected }) => {
    expect(checkImportFile(file)).toBe(expected);
  });

  it('checks the extension before the size', () => {
    expect(checkImportFile({ name: 'film.mp4', size: MAX_IMPORT_BYTES * 2 })).toBe(WRONG_EXTENSION_MESSAGE);
  });
});

describe('formatMegabytes', () => {
  it.each([
    [0, '0,0 MB'],
    [1024 * 1024, '1,0 MB'],
    [1.25 * 1024 * 1024, '1,3 MB'],
    [123 * 1024 * 1024, '123,0 MB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatMegabytes(bytes)).toBe(expected);
  });
});

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
/** Reference: one btoa over the whole input (fine for the small inputs here). */
const wholeBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe('base64Chunks', () => {
  it.each([
    { text: 'Man', expected: 'TWFu' },
    { text: 'Ma', expected: 'TWE=' },
    { text: 'M', expected: 'TQ==' },
    { text: 'Geïmporteerd', expected: 'R2XDr21wb3J0ZWVyZA==' },
  ])('encodes UTF-8 "$text" as $expected', ({ text, expected }) => {
    expect([...base64Chunks(new TextEncoder().encode(text))].join('')).toBe(expected);
  });

  it.each([
    { length: 0, chunkBytes: 3, pieces: 0 },
    { length: 1, chunkBytes: 3, pieces: 1 },
    { length: 9, chunkBytes: 3, pieces: 3 },
    { length: 10, chunkBytes: 3, pieces: 4 },
    { length: 1000, chunkBytes: 99, pieces: 11 },
    { length: 20_000, chunkBytes: 3 * 4096, pieces: 2 },
  ])('$length bytes in chunks of $chunkBytes: $pieces pieces that join into the whole', ({ length, chunkBytes, pieces }) => {
    const bytes = bytesOf(length);
    const parts = [...base64Chunks(bytes, chunkBytes)];
    expect(parts).toHaveLength(pieces);
    expect(parts.join('')).toBe(wholeBase64(bytes));
    // Only the last piece may carry padding.
    expect(parts.slice(0, -1).every((part) => !part.includes('='))).toBe(true);
  });

  it('encodes a 5 MB file in the default chunks without exceeding the call stack', () => {
    const bytes = bytesOf(5 * 1024 * 1024 + 1);
    const parts = [...base64Chunks(bytes)];
    expect(parts.length).toBe(27);
    expect(parts.join('').length).toBe(Math.ceil(bytes.length / 3) * 4);
    const decoded = atob(parts.join(''));
    expect(decoded.length).toBe(bytes.length);
    expect(bytes.every((byte, i) => decoded.charCodeAt(i) === byte)).toBe(true);
    expect(atob(parts[0] ?? '').length).toBe(BASE64_CHUNK_BYTES);
  });

  it.each([0, -3, 4, 1.5])('refuses a chunk size of %d', (chunkBytes) => {
    expect(() => [...base64Chunks(bytesOf(10), chunkBytes)]).toThrow(RangeError);
  });
});

describe('importRequestParts', () => {
  it('joins into the GraphQL request body, with the file name escaped', () => {
    const parts = importRequestParts('9fb4e9d7', 'rare "naam".csv', ['TWFu', 'TWE=']);
    expect(parts).toHaveLength(4);
    expect(JSON.parse(parts.join(''))).toEqual({
      documentId: '9fb4e9d7',
      variables: { fileName: 'rare "naam".csv', contentBase64: 'TWFuTWE=' },
    });
  });
});

describe('upload progress', () => {
  it.each([
    { loaded: 0, total: 200, percent: 0, text: 'Versturen… 0%' },
    { loaded: 90, total: 200, percent: 45, text: 'Versturen… 45%' },
    { loaded: 199, total: 200, percent: 99, text: 'Versturen… 99%' },
    { loaded: 200, total: 200, percent: 100, text: 'Versturen… 100%' },
    { loaded: 50, total: null, percent: null, text: 'Versturen…' },
    { loaded: 0, total: 0, percent: null, text: 'Versturen…' },
  ])('$loaded of $total → $text', ({ loaded, total, percent, text }) => {
    expect(uploadPercent(loaded, total)).toBe(percent);
    expect(sendingText(uploadPercent(loaded, total))).toBe(text);
  });
});

const result = (overrides: Partial<ImportResult>): ImportResult => ({
  fileName: 'uitstroommonitor-voorbeeld.csv',
  imported: true,
  rowCount: 4,
  created: 4,
  updated: 0,
  unchanged: 0,
  errors: [],
  ...overrides,
});

describe('summaries', () => {
  it.each([
    {
      input: result({}),
      expected: 'Geïmporteerd: uitstroommonitor-voorbeeld.csv — 4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd.',
    },
    {
      input: result({ fileName: 'a.xlsx', rowCount: 1, created: 0, unchanged: 1 }),
      expected: 'Geïmporteerd: a.xlsx — 1 rij: 0 nieuw, 0 gewijzigd, 1 ongewijzigd.',
    },
    {
      input: result({ rowCount: 2500, created: 1200, updated: 300, unchanged: 1000 }),
      expected: 'Geïmporteerd: uitstroommonitor-voorbeeld.csv — 2.500 rijen: 1.200 nieuw, 300 gewijzigd, 1.000 ongewijzigd.',
    },
  ])('$expected', ({ input, expected }) => {
    expect(importedSummary(input)).toBe(expected);
  });

  it.each([
    { count: 1, expected: 'Niet geïmporteerd: er is niets opgeslagen. 1 fout(en) gevonden.' },
    { count: 3, expected: 'Niet geïmporteerd: er is niets opgeslagen. 3 fout(en) gevonden.' },
  ])('refused with $count problem(s)', ({ count, expected }) => {
    const errors = Array.from({ length: count }, (_, i) => ({ line: i + 2, column: null, reason: 'fout' }));
    expect(refusedSummary(result({ imported: false, created: 0, errors }))).toBe(expected);
  });

  it.each([
    [null, '—'],
    ['', '—'],
    ['doelgroep', 'doelgroep'],
  ])('column %o is shown as %s', (column, expected) => {
    expect(problemColumn(column)).toBe(expected);
  });

  it('names the file in the caption and the failure', () => {
    expect(problemsCaption('x.csv')).toBe('Fouten in x.csv');
    expect(failedMessage('de server is niet bereikbaar')).toBe(
      'Het bestand kon niet worden geïmporteerd: de server is niet bereikbaar',
    );
  });
});

describe('example file', () => {
  it('has every column once, and one row with as many cells', () => {
    const [header, row] = exampleCsv().trim().split('\r\n');
    expect(header?.split(';')).toEqual([...IMPORT_COLUMNS]);
    expect(row?.split(';')).toHaveLength(IMPORT_COLUMNS.length);
    expect(decodeURIComponent(exampleCsvHref().replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(exampleCsv());
  });

  it('accepts what the checks accept', () => {
    expect(IMPORT_ACCEPT).toBe('.csv,.xlsx');
  });
});

describe('importFailureReason', () => {
  it.each([
    { name: 'a plain message', failure: { message: 'de server is niet bereikbaar (netwerkfout)' }, expected: 'de server is niet bereikbaar (netwerkfout)' },
    {
      name: 'HTTP 413',
      failure: { message: 'Request body too large', status: 413 },
      expected: 'het bestand is te groot voor de server. Splits het bestand in kleinere delen.',
    },
    {
      name: 'REQUEST_ENTITY_TOO_LARGE on another status',
      failure: { message: 'Request body too large', status: 200, codes: ['REQUEST_ENTITY_TOO_LARGE'] },
      expected: 'het bestand is te groot voor de server. Splits het bestand in kleinere delen.',
    },
    {
      name: 'FORBIDDEN',
      failure: { message: 'role "anoniem" may not import', status: 200, codes: [undefined, 'FORBIDDEN'] },
      expected: 'u mag geen bestanden importeren (role "anoniem" may not import)',
    },
  ])('$name', ({ failure, expected }) => {
    expect(importFailureReason(failure)).toBe(expected);
  });
});

describe('problemsShownNote', () => {
  it.each([
    { total: 3, shown: 3, expected: null },
    { total: 0, shown: 0, expected: null },
    {
      total: 220_000,
      shown: 1000,
      expected:
        'De eerste 1.000 van 220.000 fouten staan in de tabel. Verbeter deze en importeer het bestand opnieuw om de rest te zien.',
    },
  ])('$shown of $total', ({ total, shown, expected }) => {
    expect(problemsShownNote(total, shown)).toBe(expected);
  });
});
