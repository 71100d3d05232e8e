// `npm run persisted-documents -w @uitstroom/dashboard` writes persisted-documents.json: every
// operation the dashboard sends, keyed by its id (the sha256 of the exact text sent). The gateway
// loads it at start-up and the dashboard sends only ids (src/lib/graphql.ts); `-- --check` compares.
// An operation is an exported constant marked `/* GraphQL */`. The modules are imported (through
// Vite's module runner, for .tsx) rather than read as text, so a document built from pieces
// (`${MOMENT}`) is hashed exactly as it goes over the wire.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DASHBOARD_DIR = path.resolve(import.meta.dirname, '..');
export const MANIFEST_PATH = path.join(DASHBOARD_DIR, 'persisted-documents.json');
export const REGENERATE_COMMAND = 'npm run persisted-documents -w @uitstroom/dashboard';

const MARKER = '/* GraphQL */';
const MARKED_OPERATION = /\/\* GraphQL \*\/\s*`\s*(?:query|mutation|subscription)\b/g;
const OPERATION = /^\s*(?:query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/;

export type ImportModule = (file: string) => Promise<Record<string, unknown>>;

export interface Operation {
  name: string;
  text: string;
  /** Relative to the dashboard folder. */
  file: string;
}

/** Source files (not tests) holding at least one marked GraphQL document. */
export function markedSources(root: string = path.join(DASHBOARD_DIR, 'src')): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes(MARKER))
    .sort();
}

/** The exported operations of one module; refuses a marked operation that is not exported (it could not be persisted). */
async function operationsOf(file: string, importModule: ImportModule): Promise<Operation[]> {
  const relative = path.relative(DASHBOARD_DIR, file);
  const texts = new Set(Object.values(await importModule(file)).filter((value): value is string => typeof value === 'string' && OPERATION.test(value)));
  const marked = readFileSync(file, 'utf8').match(MARKED_OPERATION)?.length ?? 0;
  if (texts.size < marked) {
    throw new Error(`${relative} marks ${marked} GraphQL operations but exports ${texts.size}: export each as a constant, so it is persisted`);
  }
  return [...texts].map((text) => ({ name: OPERATION.exec(text)?.[1] ?? '(anonymous)', text, file: relative }));
}

/** Every operation of the dashboard, once each, by name; two different operations with one name are refused. */
export async function collectOperations(importModule: ImportModule, files: readonly string[] = markedSources()): Promise<Operation[]> {
  const byText = new Map<string, Operation>();
  for (const file of files) {
    for (const operation of await operationsOf(file, importModule)) if (!byText.has(operation.text)) byText.set(operation.text, operation);
  }
  const operations = [...byText.values()].sort((a, b) => a.name.localeCompare(b.name));
  const names = new Map<string, string>();
  for (const { name, file } of operations) {
    const other = names.get(name);
    if (other !== undefined) throw new Error(`two different operations are named ${name} (${other}, ${file}): give each its own name`);
    names.set(name, file);
  }
  return operations;
}

export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The manifest file's text: `{ id: document }` in operation-name order, so a change reads as a small diff. */
export function manifestText(operations: readonly Operation[]): string {
  return `${JSON.stringify(Object.fromEntries(operations.map((operation) => [documentId(operation.text), operation.text])), null, 2)}\n`;
}

/** What differs between the committed manifest and the sources, for the message of a failed check. */
export function staleEntries(committedText: string, operations: readonly Operation[]): string[] {
  let committed: Record<string, unknown> = {};
  try {
    committed = JSON.parse(committedText) as Record<string, unknown>;
  } catch {
    return ['the manifest is not valid JSON'];
  }
  const current = new Set(operations.map((operation) => documentId(operation.text)));
  const added = operations.filter((operation) => !(documentId(operation.text) in committed)).map((operation) => `missing: ${operation.name} (${operation.file})`);
  const gone = Object.entries(committed)
    .filter(([id]) => !current.has(id))
    .map(([id, text]) => `no longer sent: ${typeof text === 'string' ? (OPERATION.exec(text)?.[1] ?? id) : id}`);
  return [...added, ...gone];
}

async function main(check: boolean): Promise<void> {
  const { runnerImport } = await import('vite');
  // src/lib/graphql.ts imports the manifest: it has to exist before the modules can load.
  if (!existsSync(MANIFEST_PATH)) writeFileSync(MANIFEST_PATH, '{}\n');
  const load: ImportModule = async (file) =>
    (await runnerImport<Record<string, unknown>>(file, { configFile: false, logLevel: 'error', root: DASHBOARD_DIR })).module;
  const operations = await collectOperations(load);
  const text = manifestText(operations);
  const committed = readFileSync(MANIFEST_PATH, 'utf8');
  if (check) {
    if (committed === text) return console.log(`${path.basename(MANIFEST_PATH)} is up to date (${operations.length} operations)`);
    const stale = staleEntries(committed, operations);
    console.error(`${path.basename(MANIFEST_PATH)} is out of date with the dashboard's operations; run ${REGENERATE_COMMAND}\n  ${stale.join('\n  ') || 'order or formatting differs'}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(MANIFEST_PATH, text);
  console.log(`wrote ${path.relative(process.cwd(), MANIFEST_PATH) || MANIFEST_PATH}: ${operations.length} operations`);
}

if (import.meta.main) await main(process.argv.includes('--check'));
