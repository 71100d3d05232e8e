// Opening the embedded database for a backup or a restore, and refusing while another process has it.
// PGlite is one process's database: a second one opening the same folder reads pages the first has
// not written yet, and writes its own on close — a backup taken while `npm start` runs could be torn,
// and a restore would corrupt it. PGlite writes postmaster.pid while open (removed on a clean close;
// left by a crash, and then harmless: the next open recovers). So: no pid file, nobody has it; a pid
// file, then on Linux /proc tells whether a process really holds the folder's files open.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export class DataDirError extends Error {}

export interface DataDirHolder {
  pid: number;
  command: string;
}

/** The process (other than this one) that has the database in dataDir open; 'unknown' where that cannot be seen. */
export async function findDataDirHolder(dataDir: string): Promise<DataDirHolder | 'unknown' | null> {
  if (!existsSync(path.join(dataDir, 'postmaster.pid'))) return null;
  const folder = (await realpath(dataDir)) + path.sep;
  const pids = await readdir('/proc').catch(() => null);
  if (pids === null) return 'unknown';
  for (const pid of pids.filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    if (await holdsFileUnder(pid, folder)) {
      const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      return { pid: Number(pid), command: command.replaceAll('\0', ' ').trim() };
    }
  }
  return null;
}

async function holdsFileUnder(pid: string, folder: string): Promise<boolean> {
  // Another user's process, or one that ended meanwhile, cannot be read: it holds nothing we can see.
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    if (target.startsWith(folder)) return true;
  }
  return false;
}

/** Refuses while another process has the database open, saying which and what to do. */
export async function ensureNotInUse(dataDir: string): Promise<void> {
  const holder = await findDataDirHolder(dataDir);
  if (holder === null) return;
  const who = holder === 'unknown' ? 'another process (it has postmaster.pid)' : `process ${holder.pid} (${holder.command || 'unknown command'})`;
  throw new DataDirError(
    `the embedded database in ${dataDir} is open in ${who}. PGlite allows one process at a time: stop the platform (Ctrl-C in the terminal of npm start) and try again.` +
      (holder === 'unknown' ? ' If nothing runs, it was not stopped cleanly: start and stop it once (npm start, Ctrl-C).' : ''),
  );
}

export function hasEmbeddedDatabase(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** For a backup: the existing database in dataDir, never a new one. */
export async function openExistingEmbedded(dataDir: string): Promise<PGlite> {
  if (!hasEmbeddedDatabase(dataDir)) {
    throw new DataDirError(`there is no embedded database in ${dataDir} (DATA_DIR): npm start creates it on its first start.`);
  }
  await ensureNotInUse(dataDir);
  return PGlite.create({ dataDir });
}

/** For a restore: the database in dataDir, created when the folder is new or empty. */
export async function openEmbeddedForRestore(dataDir: string): Promise<PGlite> {
  if (!hasEmbeddedDatabase(dataDir)) {
    const entries = await readdir(dataDir).catch(() => [] as string[]);
    if (entries.length > 0) throw new DataDirError(`${dataDir} (DATA_DIR) is a folder with files but no database in it: choose a new or empty folder.`);
    await mkdir(dataDir, { recursive: true });
  }
  await ensureNotInUse(dataDir);
  return PGlite.create({ dataDir });
}
