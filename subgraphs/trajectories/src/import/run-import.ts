// The import use case: read the file, validate every row, and write all of it or nothing.
import type { Db } from '@uitstroom/db/client';
import { writeTrajectories, type WriteSummary } from '@uitstroom/db/queries/trajectory-records';
import { getImportReference } from '@uitstroom/db/queries/trajectories';
import { readTable, UnreadableFileError } from './table.ts';
import { validateUitstroommonitor, type ImportError, type ImportReference } from './uitstroommonitor.ts';

export interface ImportOutcome extends WriteSummary {
  fileName: string;
  imported: boolean;
  rowCount: number;
  errors: ImportError[];
}

async function loadReference(db: Db): Promise<ImportReference> {
  const { codes, members } = await getImportReference(db);
  const byCovenant = new Map<string, Map<string, { partyId: string; kind: string }>>();
  for (const m of members) {
    const names = byCovenant.get(m.covenantId) ?? new Map();
    names.set(m.partyName.toLowerCase(), { partyId: m.partyId, kind: m.partyKind });
    byCovenant.set(m.covenantId, names);
  }
  return { covenantCodes: new Map(codes.map((c) => [c.code.toLowerCase(), { covenantId: c.covenantId, subRegionId: c.subRegionId }])), members: byCovenant };
}

export async function importUitstroommonitor(db: Db, fileName: string, content: Buffer): Promise<ImportOutcome> {
  const rejected = (errors: ImportError[], rowCount: number): ImportOutcome => ({ fileName, imported: false, rowCount, errors, created: 0, updated: 0, unchanged: 0 });
  let table;
  try {
    table = await readTable(fileName, content);
  } catch (error) {
    if (error instanceof UnreadableFileError) return rejected([{ line: 1, column: null, reason: error.message }], 0);
    throw error;
  }
  const { records, errors } = validateUitstroommonitor(table, await loadReference(db));
  if (errors.length > 0) return rejected(errors, table.rows.length);
  const written = await writeTrajectories(db, records, 'import');
  return { fileName, imported: true, rowCount: table.rows.length, errors: [], ...written };
}
