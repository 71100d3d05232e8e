// npm run db:restore -- <file> [--replace]: loads a plain-SQL pg_dump into the PostgreSQL server of
// MIGRATION_DATABASE_URL / DATABASE_URL (as the owner of the tables), or else into the embedded
// database in DATA_DIR. All or nothing; an existing database only with --replace.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDatabaseConfig, type DatabaseConfig } from '../config.ts';
import { DataDirError, hasEmbeddedDatabase, openEmbeddedForRestore } from './data-dir.ts';
import { checkDumpFile, DumpFileError } from './restore-plan.ts';
import { restoreDump, RestoreError, type RestoreReport } from './restore.ts';
import { connectServer, embeddedSession, type SqlSession } from './session.ts';
import { formatCounts } from './table-counts.ts';

const USAGE = `usage: npm run db:restore -- <file> [--replace]
  Restores a plain-SQL pg_dump (npm run db:backup, or a server's pg_dump) in one transaction into
  MIGRATION_DATABASE_URL or DATABASE_URL when set (connect as the owner of the tables), else into the
  embedded database in DATA_DIR (stop the platform first).
  --replace  the target may hold this application's schemas already: they are dropped first
             (within the same transaction: a failed restore keeps them)`;

interface Options {
  file: string;
  replace: boolean;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the backup file to restore' : `one file, got ${positionals.length}`);
  // npm runs scripts from the repository root; a path is meant from where the user typed it.
  return { file: path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] as string), replace: values.replace };
}

async function readDump(file: string): Promise<string> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DumpFileError(code === 'ENOENT' ? `backup file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  return checkDumpFile(content);
}

function printReport(report: RestoreReport, seconds: string): void {
  console.log(`Restored ${report.statements} statements in ${seconds} s, in one transaction.`);
  if (report.dropped.length > 0) console.log(`Replaced (dropped first): ${report.dropped.join(', ')}`);
  for (const skipped of report.skipped) console.log(`Left out: ${skipped}`);
  console.log('Rows per table:');
  for (const line of formatCounts(report.tables)) console.log(line);
}

/** Restores into the embedded database; one that did not exist before is removed again when the restore fails. */
async function restoreEmbedded(dataDir: string, dump: string, replace: boolean): Promise<RestoreReport> {
  const folderExisted = existsSync(dataDir);
  const isNew = !hasEmbeddedDatabase(dataDir);
  const pglite = await openEmbeddedForRestore(dataDir);
  const session = embeddedSession(pglite, `the embedded database in ${dataDir}`);
  try {
    return await restoreDump(session, dump, { replace });
  } catch (error) {
    if (isNew) {
      // A database made for this restore goes again: the folder is left as it was found.
      await pglite.close();
      await rm(dataDir, { recursive: true, force: true });
      if (folderExisted) await mkdir(dataDir);
    }
    throw error;
  } finally {
    if (!pglite.closed) await pglite.close();
  }
}

async function restore(options: Options, config: DatabaseConfig): Promise<void> {
  const dump = await readDump(options.file);
  const url = config.migrationUrl;
  const started = performance.now();
  let report: RestoreReport;
  if (url) {
    const session: SqlSession = connectServer(url);
    console.log(`Restoring ${options.file} into ${session.description} …`);
    report = await restoreDump(session, dump, { replace: options.replace }).finally(() => session.close());
  } else {
    console.log(`Restoring ${options.file} into the embedded database in ${config.dataDir} …`);
    report = await restoreEmbedded(config.dataDir, dump, options.replace);
  }
  printReport(report, ((performance.now() - started) / 1000).toFixed(1));
  console.log(
    url
      ? 'Next: start the platform on it with the same DATABASE_URL (and MIGRATION_DATABASE_URL); the migrations and demo data that came with the backup are not run again.'
      : 'Next: npm start (the migrations and demo data that came with the backup are not run again).',
  );
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    await restore(options, readDatabaseConfig());
    return 0;
  } catch (error) {
    if (error instanceof DumpFileError || error instanceof DataDirError) {
      console.error(`Restore not started: ${error.message}`);
    } else {
      // Anything else (a lost connection, a refused login) also ends the one transaction unfinished.
      const message = error instanceof RestoreError ? error.message : `${(error as Error).message ?? error}`;
      console.error(`Restore failed, nothing was changed (it runs in one transaction): ${message}`);
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
