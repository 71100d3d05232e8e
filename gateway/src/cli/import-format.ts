// Which import format a file is, from its header line — so `npm run import` takes either sheet and
// calls the matching mutation. The platform validates the whole file; this only picks the door.
import { readSheet } from 'read-excel-file/node';

export interface ImportFormat {
  name: 'uitstroommonitor' | 'voorzieningenwijzer';
  /** The column that gives the format away. */
  keyColumn: string;
  mutation: 'importUitstroommonitor' | 'importVoorzieningenwijzer';
}

export const FORMATS: readonly ImportFormat[] = [
  { name: 'uitstroommonitor', keyColumn: 'casuscode', mutation: 'importUitstroommonitor' },
  { name: 'voorzieningenwijzer', keyColumn: 'bezoekcode', mutation: 'importVoorzieningenwijzer' },
];

export class UnknownFormatError extends Error {}

/** Header cells of a CSV's first line (';' or ','; quotes and a BOM removed), lower-case. */
export function csvHeader(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(/[;,]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

async function xlsxHeader(content: Buffer): Promise<string[]> {
  try {
    const rows = (await readSheet(content, 1)) as unknown[][];
    return (rows[0] ?? []).map((cell) => String(cell ?? '').trim().toLowerCase());
  } catch {
    throw new UnknownFormatError('Het .xlsx-bestand is niet te lezen; sla het opnieuw op als .xlsx of als CSV.');
  }
}

/** The format whose key column is in the header; UnknownFormatError (Dutch message) when none or both are. */
export function formatOfHeader(header: readonly string[]): ImportFormat {
  const found = FORMATS.filter((format) => header.includes(format.keyColumn));
  const known = FORMATS.map((f) => `${f.keyColumn} (${f.name})`).join(' of ');
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) throw new UnknownFormatError(`Onduidelijk bestandsformaat: de kopregel bevat zowel ${known}; een bestand is één van beide.`);
  throw new UnknownFormatError(`Onbekend bestandsformaat: de kopregel bevat geen kolom ${known}. Zie ../shared/formats/README.md.`);
}

export async function detectFormat(fileName: string, content: Buffer): Promise<ImportFormat> {
  const header = fileName.toLowerCase().endsWith('.xlsx') ? await xlsxHeader(content) : csvHeader(content.toString('utf8'));
  return formatOfHeader(header);
}
