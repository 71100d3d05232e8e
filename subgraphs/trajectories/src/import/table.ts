// Reads an uploaded sheet into header + rows of strings, keeping each row's line number for the
// error report. CSV: UTF-8 (BOM allowed), ';' or ',' detected from the header line (Dutch Excel
// writes ';'). .xlsx: the first sheet. Parsing is done by csv-parse and read-excel-file.
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

export interface RawTable {
  header: string[];
  /** Line in the file (1 is the header); cells as trimmed strings, '' for empty. */
  rows: { line: number; cells: string[] }[];
}

export class UnreadableFileError extends Error {}

/** The separator used most outside quotes on the first line. */
export function detectSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas ? ';' : ',';
}

export function parseCsv(text: string): RawTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: detectSeparator(text), bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFileError(`het CSV-bestand is niet te lezen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [head, ...rest] = records;
  if (!head) throw new UnreadableFileError('het bestand is leeg: een kopregel ontbreekt');
  return { header: head.record, rows: rest.map((r) => ({ line: r.info.lines, cells: r.record })) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function parseXlsx(content: Buffer): Promise<RawTable> {
  let data: unknown[][];
  try {
    data = (await readSheet(content, 1)) as unknown[][];
  } catch (error) {
    throw new UnreadableFileError(`het .xlsx-bestand is niet te lezen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const rows = data.map((row, index) => ({ line: index + 1, cells: row.map(cellText) })).filter((row) => row.cells.some((c) => c !== ''));
  const [head, ...rest] = rows;
  if (!head || head.line !== 1) throw new UnreadableFileError('het eerste werkblad is leeg of begint niet met een kopregel');
  return { header: head.cells, rows: rest };
}

/** A sheet as header and rows; an .xlsx is read off the main thread, within limits (xlsx.ts). */
export async function readTable(fileName: string, content: Buffer): Promise<RawTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return (await import('./xlsx.ts')).readXlsx(content);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return parseCsv(content.toString('utf8'));
  throw new UnreadableFileError(`bestandstype van "${fileName}" wordt niet ondersteund: gebruik .csv of .xlsx`);
}
