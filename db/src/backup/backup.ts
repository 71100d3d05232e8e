// A backup of the embedded database: pg_dump itself (compiled to WASM by pglite-tools, run against the
// open PGlite in this process), so the file is a standard plain-SQL dump that `npm run db:restore`,
// and psql, load into PGlite or any PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { repositoryRoot } from '../config.ts';

/**
 * pglite-tools always adds --inserts (its pg_dump has no COPY channel to PGlite); 1,000 rows per
 * INSERT keeps the file a third smaller than one row each and the restore to ~100 statements per
 * large table. Owners stay in (a complete dump); the restore gives everything to its own user.
 */
export const DUMP_ARGS = ['--rows-per-insert=1000'];

/**
 * The dump runs in the instance's one session and leaves pg_dump's settings in it, among them
 * restrict_nonsystem_relation_kind = view, under which every query on a view fails; pglite-tools puts
 * back only the search_path. So all settings go back to their defaults, and the search_path as it was.
 */
export async function dumpEmbedded(pglite: PGlite): Promise<string> {
  const searchPath = (await pglite.query<{ search_path: string }>('show search_path')).rows[0]?.search_path ?? '';
  try {
    const file = await pgDump({ pg: pglite, args: DUMP_ARGS });
    return await file.text();
  } finally {
    await pglite.exec('RESET ALL');
    await pglite.query(`select pg_catalog.set_config('search_path', $1, false)`, [searchPath]);
  }
}

/** backups/uitstroommonitor-YYYYMMDD-HHMMSS.sql under the repository, in local time. */
export function defaultBackupPath(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return path.join(repositoryRoot, 'backups', `uitstroommonitor-${stamp}.sql`);
}

/** Writes aside and renames, so a half-written file never carries the name; never overwrites. */
export async function writeBackupFile(file: string, content: string): Promise<number> {
  if (existsSync(file)) throw new Error(`${file} already exists: choose another file name`);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(partial, content, { flag: 'wx' });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return Buffer.byteLength(content);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
