// The import use cases: read the file, validate every row, and write all of it or nothing.
import { withClaims } from '@uitstroom/db/claims';
import type { Db } from '@uitstroom/db/client';
import { writeTrajectories, type WriteSummary } from '@uitstroom/db/queries/trajectory-records';
import { writeVisits } from '@uitstroom/db/queries/visit-records';
import { loadDirectory, type CovenantDirectory } from '../directory.ts';
import type { ImportError } from './sheet.ts';
import { readTable, UnreadableFileError, type RawTable } from './table.ts';
import { validateUitstroommonitor } from './uitstroommonitor.ts';
import { validateVoorzieningenwijzer } from './voorzieningenwijzer.ts';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { actorOf } from '../access.ts';

export interface ImportOutcome extends WriteSummary {
  fileName: string;
  imported: boolean;
  rowCount: number;
  errors: ImportError[];
}

interface ImportFormat<R> {
  validate(table: RawTable, reference: CovenantDirectory): { records: R[]; errors: ImportError[] };
  write(db: Db, records: readonly R[]): Promise<WriteSummary>;
}

async function runImport<R>(db: Db, fileName: string, content: Buffer, format: ImportFormat<R>, viewer?: Viewer): Promise<ImportOutcome> {
  const rejected = (errors: ImportError[], rowCount: number): ImportOutcome => ({ fileName, imported: false, rowCount, errors, created: 0, updated: 0, unchanged: 0 });
  let table;
  try {
    table = await readTable(fileName, content);
  } catch (error) {
    if (error instanceof UnreadableFileError) return rejected([{ line: 1, column: null, reason: error.message }], 0);
    throw error;
  }
  const { records, errors } = format.validate(table, await loadDirectory(db, viewer));
  if (errors.length > 0) return rejected(errors, table.rows.length);
  // The file's rows were checked against the viewer's covenants above; written with scope 'all'.
  const written = await withClaims(db, { scope: 'all' }, (tx) => format.write(tx, records));
  return { fileName, imported: true, rowCount: table.rows.length, errors: [], ...written };
}

/**
 * `viewer`: who imports. Rows of covenants outside the viewer's token are refused (the whole file),
 * and each created or changed trajectory gets an audit row in the import's transaction.
 */
export function importUitstroommonitor(db: Db, fileName: string, content: Buffer, viewer?: Viewer): Promise<ImportOutcome> {
  const audit = viewer && { ...actorOf(viewer), action: 'import', subject: 'trajectory', outcome: 'allowed' as const, detail: fileName };
  return runImport(db, fileName, content, { validate: validateUitstroommonitor, write: (d, records) => writeTrajectories(d, records, 'import', audit) }, viewer);
}

/** As above, for household visits: each created or changed visit is audited under its visit code. */
export function importVoorzieningenwijzer(db: Db, fileName: string, content: Buffer, viewer?: Viewer): Promise<ImportOutcome> {
  const audit = viewer && { ...actorOf(viewer), action: 'import', subject: 'household-visit', outcome: 'allowed' as const, detail: fileName };
  return runImport(db, fileName, content, { validate: validateVoorzieningenwijzer, write: (d, records) => writeVisits(d, records, 'import', audit) }, viewer);
}
