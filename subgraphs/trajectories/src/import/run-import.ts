// The import use case: read the file, validate every row, and write all of it or nothing.
import type { Db } from '@uitstroom/db/client';
import { writeTrajectories, type WriteSummary } from '@uitstroom/db/queries/trajectory-records';
import { loadDirectory } from '../directory.ts';
import { readTable, UnreadableFileError } from './table.ts';
import { validateUitstroommonitor, type ImportError } from './uitstroommonitor.ts';

export interface ImportOutcome extends WriteSummary {
  fileName: string;
  imported: boolean;
  rowCount: number;
  errors: ImportError[];
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
  const { records, errors } = validateUitstroommonitor(table, await loadDirectory(db));
  if (errors.length > 0) return rejected(errors, table.rows.length);
  const written = await writeTrajectories(db, records, 'import');
  return { fileName, imported: true, rowCount: table.rows.length, errors: [], ...written };
}
