// `npm run import -- <file>`: sends an uitstroommonitor or voorzieningenwijzer sheet (told apart by
// its header line) to the running platform's API, so the same validation, authorisation and logging
// apply as for an upload in the dashboard.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readGatewayConfig } from '../config.ts';
import { detectFormat, UnknownFormatError, type ImportFormat } from './import-format.ts';

const mutationOf = (format: ImportFormat) => `mutation Import($fileName: String!, $content: String!) {
  ${format.mutation}(fileName: $fileName, contentBase64: $content, contentEncoding: GZIP) {
    imported rowCount created updated unchanged errors { line column reason } } }`;

interface Outcome {
  imported: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; column: string | null; reason: string }[];
}

function gatewayUrl(): string {
  if (process.env.GATEWAY_URL) return process.env.GATEWAY_URL;
  const config = readGatewayConfig();
  return `http://${config.host}:${config.port}/graphql`;
}

/**
 * The bearer token to send: UITSTROOM_TOKEN (from your identity provider), or else a demo token for
 * IMPORT_USER (default: beheerder) from the running platform's demo login, which only development has.
 */
async function authorization(graphqlUrl: string): Promise<string | null> {
  if (process.env.UITSTROOM_TOKEN) return `Bearer ${process.env.UITSTROOM_TOKEN}`;
  const response = await fetch(new URL('/auth/dev/token', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: process.env.IMPORT_USER ?? 'beheerder' }),
  });
  if (!response.ok) return null;
  return `Bearer ${((await response.json()) as { token: string }).token}`;
}

async function formatOf(fileName: string, content: Buffer): Promise<ImportFormat | null> {
  try {
    const format = await detectFormat(fileName, content);
    console.log(`Formaat: ${format.name} (herkend aan kolom ${format.keyColumn}).`);
    return format;
  } catch (error) {
    if (!(error instanceof UnknownFormatError)) throw error;
    console.error(`${fileName}: ${error.message}`);
    return null;
  }
}

async function main(): Promise<number> {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('Gebruik: npm run import -- <bestand.csv|bestand.xlsx>');
    return 2;
  }
  // npm runs scripts from the repository root; the path is meant from where the user typed it.
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let content: Buffer;
  try {
    content = await readFile(filePath);
  } catch {
    console.error(`Bestand niet gevonden of niet leesbaar: ${filePath}`);
    return 2;
  }
  const format = await formatOf(path.basename(filePath), content);
  if (!format) return 2;
  const url = gatewayUrl();
  let response: Response;
  try {
    const bearer = await authorization(url);
    if (bearer === null) {
      console.error('Geen toegang: zet UITSTROOM_TOKEN op een token van uw identiteitsprovider (de demo-login staat uit).');
      return 4;
    }
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({ query: mutationOf(format), variables: { fileName: path.basename(filePath), content: gzipSync(content).toString('base64') } }),
    });
  } catch {
    console.error(`Het platform draait niet (geen antwoord van ${url}). Start het met \`npm start\`, of zet GATEWAY_URL.`);
    return 3;
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Record<string, Outcome | undefined>; errors?: { message: string }[] };
  const outcome = body.data?.[format.mutation];
  if (!outcome) {
    console.error(`De import is geweigerd: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    return 1;
  }
  return report(path.basename(filePath), outcome);
}

function report(fileName: string, outcome: Outcome): number {
  if (!outcome.imported) {
    console.error(`Niet geïmporteerd: ${fileName} heeft ${outcome.errors.length} fout(en); er is niets opgeslagen.`);
    for (const e of outcome.errors) console.error(`  regel ${e.line}${e.column ? `, kolom ${e.column}` : ''}: ${e.reason}`);
    return 1;
  }
  console.log(`Geïmporteerd: ${fileName} — ${outcome.rowCount} rijen: ${outcome.created} nieuw, ${outcome.updated} gewijzigd, ${outcome.unchanged} ongewijzigd.`);
  return 0;
}

process.exit(await main());
