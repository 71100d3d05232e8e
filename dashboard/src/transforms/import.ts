// Pure helpers for the import page: checks before sending, base64 in chunks, and the texts the user reads.
import type { ImportResult } from '../lib/contract.ts';
import { formatCount } from './format.ts';

/** The server's limit on the file itself (not its base64 form). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;
/** For the file input's accept attribute. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** The columns of the uitstroommonitor format (shared/formats/README.md), in the example's order. */
export const IMPORT_COLUMNS = [
  'casuscode',
  'convenant',
  'doelgroep',
  'voorziening',
  'zorgaanbieder',
  'gemeente_herkomst',
  'gemeente_uitstroom',
  'leeftijdscategorie',
  'datum_aanmelding',
  'datum_woning',
  'corporatie',
  'contractvorm',
  'datum_omklap',
  'datum_terugval',
  'soort_terugval',
  'datum_negatief_einde',
  'datum_afgesloten',
] as const;

/** One row of the example file, to download as a template. */
const EXAMPLE_ROW =
  'WTW-0001;walcheren;BW;Beschermd wonen Middelburg;Emergis;Vlissingen;Vlissingen;28-49;2025-01-13;2025-05-02;' +
  "l'escaut;tijdelijk;2025-10-01;;;;";

export const EXAMPLE_FILE_NAME = 'uitstroommonitor-voorbeeld.csv';

/** A header row and one example row, separated by ';' as Dutch Excel writes them. */
export function exampleCsv(): string {
  return `${IMPORT_COLUMNS.join(';')}\r\n${EXAMPLE_ROW}\r\n`;
}

/** A link target that downloads exampleCsv() without a request to the server. */
export function exampleCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(exampleCsv())}`;
}

export const NO_FILE_MESSAGE = 'Kies eerst een bestand.';
export const WRONG_EXTENSION_MESSAGE = 'Alleen .csv- en .xlsx-bestanden kunnen worden geïmporteerd.';

/** 41_943_041 bytes → '40,1 MB': rounded up, so a file just over the limit never reads as '40,0 MB'. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(tenths)} MB`;
}

export function tooLargeMessage(bytes: number): string {
  return (
    `Het bestand is ${formatMegabytes(bytes)}; er kan maximaal ${MAX_IMPORT_BYTES / (1024 * 1024)} MB tegelijk ` +
    'worden geïmporteerd. Splits het bestand in kleinere delen.'
  );
}

/** What is wrong with the chosen file before it is sent, or null. The server checks the contents. */
export function checkImportFile(file: { name: string; size: number } | null | undefined): string | null {
  if (file === null || file === undefined || file.name === '') return NO_FILE_MESSAGE;
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) return WRONG_EXTENSION_MESSAGE;
  if (file.size > MAX_IMPORT_BYTES) return tooLargeMessage(file.size);
  return null;
}

/** 192 KiB: a multiple of 3, so every chunk but the last encodes without padding and the parts join up. */
export const BASE64_CHUNK_BYTES = 3 * 64 * 1024;
/** Bytes per String.fromCharCode call: far below any engine's argument limit. */
const CHAR_CODES_PER_CALL = 8192;

function binaryString(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += CHAR_CODES_PER_CALL) {
    text += String.fromCharCode(...bytes.subarray(start, start + CHAR_CODES_PER_CALL));
  }
  return text;
}

/**
 * The base64 form of `bytes`, one piece per chunk; joined, the pieces are the base64 of the whole.
 * A generator, so the caller can yield to the browser between pieces.
 */
export function* base64Chunks(bytes: Uint8Array, chunkBytes: number = BASE64_CHUNK_BYTES): Generator<string> {
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0 || chunkBytes % 3 !== 0) {
    throw new RangeError(`chunkBytes must be a positive multiple of 3, not ${chunkBytes}`);
  }
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    yield btoa(binaryString(bytes.subarray(start, start + chunkBytes)));
  }
}

/**
 * The JSON request body `{documentId, variables: {fileName, contentBase64}}` as pieces, so a large
 * file's base64 never has to become one string: the pieces go into a Blob as they are. The mutation
 * goes by its persisted id, as every operation of the dashboard.
 */
export function importRequestParts(documentId: string, fileName: string, base64Parts: readonly string[]): string[] {
  const head = `{"documentId":${JSON.stringify(documentId)},"variables":{"fileName":${JSON.stringify(fileName)},"contentBase64":"`;
  return [head, ...base64Parts, '"}}'];
}

/** Whole percent sent, never 100 before the last byte; null when the total is unknown. */
export function uploadPercent(loaded: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  if (loaded >= total) return 100;
  return Math.min(99, Math.floor((loaded / total) * 100));
}

export const READING_TEXT = 'Bestand lezen…';
export const PROCESSING_TEXT = 'Controleren en opslaan…';

export function sendingText(percent: number | null): string {
  return percent === null ? 'Versturen…' : `Versturen… ${percent}%`;
}

function rows(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'rij' : 'rijen'}`;
}

/** 'Geïmporteerd: x.csv — 4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd.' */
export function importedSummary(result: ImportResult): string {
  return (
    `Geïmporteerd: ${result.fileName} — ${rows(result.rowCount)}: ${formatCount(result.created)} nieuw, ` +
    `${formatCount(result.updated)} gewijzigd, ${formatCount(result.unchanged)} ongewijzigd.`
  );
}

/** 'Niet geïmporteerd: er is niets opgeslagen. 2 fout(en) gevonden.' */
export function refusedSummary(result: ImportResult): string {
  return `Niet geïmporteerd: er is niets opgeslagen. ${formatCount(result.errors.length)} fout(en) gevonden.`;
}

export function problemsCaption(fileName: string): string {
  return `Fouten in ${fileName}`;
}

/** The Kolom cell: '—' when the problem concerns the whole line or file. */
export function problemColumn(column: string | null): string {
  return column === null || column === '' ? '—' : column;
}

/** Message of an import that never got an answer (network, HTTP, GraphQL error). */
export function failedMessage(reason: string): string {
  return `Het bestand kon niet worden geïmporteerd: ${reason}`;
}

/** What a request failure means for an import; `codes` are the GraphQL errors' extensions.code. */
export function importFailureReason(failure: { message: string; status?: number; codes?: readonly unknown[] }): string {
  const codes = failure.codes ?? [];
  if (failure.status === 413 || codes.includes('REQUEST_ENTITY_TOO_LARGE')) {
    return 'het bestand is te groot voor de server. Splits het bestand in kleinere delen.';
  }
  if (codes.includes('FORBIDDEN')) return `u mag geen bestanden importeren (${failure.message})`;
  return failure.message;
}

/** More problems than a browser table should hold: the first ones are shown, the rest counted. */
export const MAX_PROBLEMS_SHOWN = 1000;

export function problemsShownNote(total: number, shown: number): string | null {
  if (shown >= total) return null;
  return (
    `De eerste ${formatCount(shown)} van ${formatCount(total)} fouten staan in de tabel. ` +
    'Verbeter deze en importeer het bestand opnieuw om de rest te zien.'
  );
}
