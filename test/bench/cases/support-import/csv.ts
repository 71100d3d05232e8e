// The rows as uitstroommonitor sheets (/work/shared/formats/README.md: ';'-separated, the header
// of uitstroommonitor-voorbeeld.csv), sent as `npm run import` and the dashboard send them: gzip,
// then base64 in importUitstroommonitor(..., contentEncoding: GZIP). A sheet that does not fit the
// importer's 40 MB or the gateway's 25 MB request limit is cut into the fewest files that do.
import { gzipSync } from 'node:zlib';
import type { SyntheticRow } from './rows.ts';

/** The importer's limit on a file after decompression (subgraphs/trajectories/src/import/upload.ts). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** graphql-yoga's default maxRequestBodySize, which Hive Gateway keeps. */
export const MAX_REQUEST_BYTES = 25_000_000;

const HEADER = [
  'casuscode', 'convenant', 'doelgroep', 'voorziening', 'zorgaanbieder', 'gemeente_herkomst', 'gemeente_uitstroom',
  'leeftijdscategorie', 'datum_aanmelding', 'datum_woning', 'corporatie', 'contractvorm', 'datum_omklap',
  'datum_terugval', 'soort_terugval', 'datum_negatief_einde', 'datum_afgesloten',
];

export const IMPORT_MUTATION = `mutation BenchImport($fileName: String!, $content: String!) {
  importUitstroommonitor(fileName: $fileName, contentBase64: $content, contentEncoding: GZIP) {
    imported rowCount created updated unchanged errors { line column reason } } }`;

const cell = (value: string | null) => {
  const text = value ?? '';
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

function csvLine(r: SyntheticRow): string {
  return [
    r.caseCode, r.covenantId, r.targetGroup, r.facility, r.provider.name, r.origin.name, r.placement?.name ?? null,
    r.ageCategory, r.registeredOn, r.housedOn, r.landlord?.name ?? null, r.contractForm, r.omklapOn,
    r.relapseOn, r.relapseKind, r.negativeEndOn, r.closedOn,
  ].map(cell).join(';');
}

export function toCsv(rows: readonly SyntheticRow[]): Buffer {
  return Buffer.from(`${HEADER.join(';')}\n${rows.map(csvLine).join('\n')}\n`, 'utf8');
}

/** One file ready to send: the request body's variables and its sizes. */
export interface PreparedFile {
  fileName: string;
  rows: number;
  csvBytes: number;
  requestBytes: number;
  variables: { fileName: string; content: string };
}

function prepareFile(fileName: string, rows: readonly SyntheticRow[]): PreparedFile {
  const csv = toCsv(rows);
  const variables = { fileName, content: gzipSync(csv).toString('base64') };
  const requestBytes = Buffer.byteLength(JSON.stringify({ query: IMPORT_MUTATION, variables }));
  return { fileName, rows: rows.length, csvBytes: csv.length, requestBytes, variables };
}

const fits = (file: PreparedFile) => file.csvBytes <= MAX_IMPORT_BYTES && file.requestBytes <= MAX_REQUEST_BYTES;

/** The rows in the fewest files (of equal share) that each fit both limits. */
export function prepareFiles(rows: readonly SyntheticRow[], baseName: string): PreparedFile[] {
  for (let parts = 1; parts <= rows.length; parts++) {
    const size = Math.ceil(rows.length / parts);
    const files: PreparedFile[] = [];
    for (let start = 0, n = 1; start < rows.length; start += size, n++) {
      files.push(prepareFile(parts === 1 ? `${baseName}.csv` : `${baseName}-${n}.csv`, rows.slice(start, start + size)));
    }
    if (files.every(fits)) return files;
  }
  throw new Error('import vs COPY: a single row does not fit the import limits');
}
