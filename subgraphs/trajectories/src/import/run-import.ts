// The import use cases: read the file, validate every row, check who may change what, and write all
// of it or nothing.
import { withClaims } from '@uitstroom/db/claims';
import type { Db } from '@uitstroom/db/client';
import { writeAudit } from '@uitstroom/db/queries/audit';
import { writeTrajectories, type WriteSummary } from '@uitstroom/db/queries/trajectory-records';
import { writeVisits } from '@uitstroom/db/queries/visit-records';
import { auditEntries, type Viewer } from '@uitstroom/subgraph-kit';
import { actorOf } from '../access.ts';
import { loadDirectory, type CovenantDirectory } from '../directory.ts';
import { checkTrajectoryOwnership, checkVisitOwnership, type OwnershipCheck } from './ownership.ts';
import type { ImportError } from './sheet.ts';
import { readTable, UnreadableFileError, type RawTable } from './table.ts';
import { validateUitstroommonitor } from './uitstroommonitor.ts';
import { validateVoorzieningenwijzer } from './voorzieningenwijzer.ts';

/** At most this many problems are returned (with the total): a file of bad rows must not make an answer of many megabytes. */
export const MAX_REPORTED_ERRORS = 1_000;

export interface ImportOutcome extends WriteSummary {
  fileName: string;
  imported: boolean;
  rowCount: number;
  /** The first MAX_REPORTED_ERRORS problems, in line order. */
  errors: ImportError[];
  /** How many problems there were in all. */
  errorCount: number;
}

interface ImportFormat<R> {
  subject: 'trajectory' | 'household-visit';
  validate(table: RawTable, reference: CovenantDirectory): { records: R[]; errors: ImportError[] };
  ownership(tx: Db, records: readonly R[], lines: readonly number[], directory: CovenantDirectory, viewer?: Viewer): Promise<OwnershipCheck>;
  write(db: Db, records: readonly R[]): Promise<WriteSummary>;
}

function rejected(fileName: string, errors: readonly ImportError[], rowCount: number): ImportOutcome {
  return { fileName, imported: false, rowCount, errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length, created: 0, updated: 0, unchanged: 0 };
}

async function runImport<R>(db: Db, fileName: string, content: Buffer, format: ImportFormat<R>, viewer?: Viewer): Promise<ImportOutcome> {
  let table;
  try {
    table = await readTable(fileName, content);
  } catch (error) {
    if (error instanceof UnreadableFileError) return rejected(fileName, [{ line: 1, column: null, reason: error.message }], 0);
    throw error;
  }
  const directory = await loadDirectory(db, viewer);
  const { records, errors } = format.validate(table, directory);
  if (errors.length > 0) return rejected(fileName, errors, table.rows.length);
  // Every row produced a record, in order: record i is on the sheet's line of row i.
  const lines = table.rows.map((row) => row.line);
  // The file's rows were checked against the viewer's covenants above, and each stored case against
  // the viewer's organisation here; the lookup and the write see every row (scope 'all').
  const outcome = await withClaims(db, { scope: 'all' }, async (tx) => {
    const ownership = await format.ownership(tx, records, lines, directory, viewer);
    if (ownership.errors.length > 0) return ownership;
    return format.write(tx, records);
  });
  if ('errors' in outcome) {
    // Refused as a whole; the attempt on each stored case is on record, in a transaction of its own.
    if (viewer) await writeAudit(db, auditEntries(viewer, { action: 'import', subject: format.subject, outcome: 'denied', detail: fileName }, outcome.refused));
    return rejected(fileName, outcome.errors, table.rows.length);
  }
  return { fileName, imported: true, rowCount: table.rows.length, errors: [], errorCount: 0, ...outcome };
}

/**
 * `viewer`: who imports. Rows of covenants outside the viewer's token are refused (the whole file),
 * as are rows that would change a stored case the viewer's organisation is not involved in; each
 * created, changed or unchanged trajectory gets an audit row in the import's transaction.
 */
export function importUitstroommonitor(db: Db, fileName: string, content: Buffer, viewer?: Viewer): Promise<ImportOutcome> {
  const audit = viewer && { ...actorOf(viewer), action: 'import', subject: 'trajectory', outcome: 'allowed' as const, detail: fileName };
  return runImport(
    db,
    fileName,
    content,
    {
      subject: 'trajectory',
      validate: validateUitstroommonitor,
      ownership: (tx, records, lines, _directory, who) => checkTrajectoryOwnership(tx, records, lines, who),
      write: (d, records) => writeTrajectories(d, records, 'import', audit),
    },
    viewer,
  );
}

/** As above, for household visits: each visit is audited under its visit code. */
export function importVoorzieningenwijzer(db: Db, fileName: string, content: Buffer, viewer?: Viewer): Promise<ImportOutcome> {
  const audit = viewer && { ...actorOf(viewer), action: 'import', subject: 'household-visit', outcome: 'allowed' as const, detail: fileName };
  return runImport(
    db,
    fileName,
    content,
    { subject: 'household-visit', validate: validateVoorzieningenwijzer, ownership: checkVisitOwnership, write: (d, records) => writeVisits(d, records, 'import', audit) },
    viewer,
  );
}
