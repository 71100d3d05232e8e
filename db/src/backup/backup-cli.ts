// npm run db:backup [-- <file>]: a plain-SQL pg_dump of the embedded database (DATA_DIR), by default
// to backups/uitstroommonitor-YYYYMMDD-HHMMSS.sql; prints the file, its size and every table's rows.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDatabaseConfig } from '../config.ts';
import { defaultBackupPath, dumpEmbedded, formatBytes, writeBackupFile } from './backup.ts';
import { DataDirError, openExistingEmbedded } from './data-dir.ts';
import { embeddedSession } from './session.ts';
import { formatCounts, tableRowCounts } from './table-counts.ts';

const USAGE = `usage: npm run db:backup [-- <file>]
  Writes a plain-SQL pg_dump of the embedded database (DATA_DIR, default .data/pglite) to <file>,
  by default backups/uitstroommonitor-YYYYMMDD-HHMMSS.sql. Stop the platform first (PGlite is one
  process's database). Restore with: npm run db:restore -- <file>`;

// pglite-tools' pg_dump runs inside this process against a PGlite instance; it cannot reach a
// server. A server's own pg_dump matches its version and is the tool for it. Not as the owner of the
// tables: row-level security is forced on the case tables, so pg_dump (row_security off) refuses them,
// and with --enable-row-security pg_dump 15.8+ refuses the views their policies read.
const SERVER_ADVICE = (file: string) => `DATABASE_URL is set: the database is on a PostgreSQL server, which this command does not back up.
Use the server's own pg_dump (the server's major version or newer), connected as a superuser or as a
role with BYPASSRLS that reads every table (CREATE ROLE uitstroom_backup LOGIN BYPASSRLS IN ROLE pg_read_all_data):
  pg_dump --format=plain --file=${file} postgres://<that role>@<host>:<port>/<database>
npm run db:restore -- <file> restores such a file too (into DATABASE_URL, or into the embedded database when it is unset).`;

function relative(file: string): string {
  const shown = path.relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}

async function backup(file: string, dataDir: string): Promise<void> {
  const started = performance.now();
  const pglite = await openExistingEmbedded(dataDir);
  try {
    const dump = await dumpEmbedded(pglite);
    const counts = await tableRowCounts(embeddedSession(pglite, dataDir));
    const bytes = await writeBackupFile(file, dump);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Backup of the embedded database in ${dataDir}`);
    console.log(`  written to ${relative(file)} (${formatBytes(bytes)}) in ${seconds} s`);
    console.log('Rows per table:');
    for (const line of formatCounts(counts)) console.log(line);
    console.log(`Restore with: npm run db:restore -- ${relative(file)}`);
  } finally {
    await pglite.close();
  }
}

async function main(argv: string[]): Promise<number> {
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
    if (parsed.values.help) {
      console.log(USAGE);
      return 0;
    }
    positionals = parsed.positionals;
    if (positionals.length > 1) throw new Error(`one file at most, got ${positionals.length}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = readDatabaseConfig();
  // npm runs scripts from the repository root; a path is meant from where the user typed it.
  const file = positionals[0] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]) : defaultBackupPath();
  if (config.url) {
    console.error(SERVER_ADVICE(relative(file)));
    return 1;
  }
  if (existsSync(file)) {
    console.error(`Backup not made: ${relative(file)} already exists; choose another file name.`);
    return 1;
  }
  try {
    await backup(file, config.dataDir);
    return 0;
  } catch (error) {
    if (!(error instanceof DataDirError)) throw error;
    console.error(`Backup not made: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
