// The committed manifest is to the dashboard's operations what a lockfile is to its dependencies: the
// gateway runs only what it lists (for most roles), so it must list exactly what the sources send.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectOperations,
  documentId,
  manifestText,
  MANIFEST_PATH,
  markedSources,
  REGENERATE_COMMAND,
  staleEntries,
  type ImportModule,
} from '../../scripts/persisted-documents.ts';

const importModule: ImportModule = (file) => import(/* @vite-ignore */ file);

describe('persisted-documents.json', () => {
  it("holds exactly the dashboard's operations, each under the sha256 of its text", async () => {
    const operations = await collectOperations(importModule);
    expect(operations.map((operation) => operation.name)).toEqual(expect.arrayContaining(['DashboardMonitor', 'DashboardImportUitstroommonitor', 'DashboardSetVacancyCount']));
    const committed = readFileSync(MANIFEST_PATH, 'utf8');
    const stale = staleEntries(committed, operations).join('; ');
    expect(committed, `persisted-documents.json is out of date (${stale || 'order or formatting'}): run ${REGENERATE_COMMAND}`).toBe(manifestText(operations));
    for (const [id, text] of Object.entries(JSON.parse(committed) as Record<string, string>)) expect(documentId(text)).toBe(id);
  });

  it('says what is missing and what is no longer sent', async () => {
    const operations = await collectOperations(importModule);
    const [first, ...rest] = operations;
    const old = manifestText([...rest, { name: 'DashboardGone', text: 'query DashboardGone { viewer { role } }', file: 'x.ts' }]);
    expect(staleEntries(old, operations)).toEqual([`missing: ${first?.name} (${first?.file})`, 'no longer sent: DashboardGone']);
  });

  it('refuses a marked operation that is not exported, since it could not be persisted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'persisted-'));
    const file = path.join(dir, 'hidden.ts');
    writeFileSync(file, 'export const A = /* GraphQL */ `query A { viewer { role } }`;\nconst B = /* GraphQL */ `query B { viewer { role } }`;\nexport const use = () => B;\n');
    expect(markedSources(dir)).toEqual([file]);
    await expect(collectOperations(importModule, [file])).rejects.toThrow(/hidden\.ts marks 2 GraphQL operations but exports 1: export each as a constant/);
  });
});
