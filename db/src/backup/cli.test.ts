// The two commands end to end, as `npm run db:backup` and `npm run db:restore` run them: separate Node
// processes on embedded databases in temporary folders (DATABASE_URL cleared).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../config.ts';
import { preparedPglite } from '../test-snapshot.ts';
import { embeddedSession } from './session.ts';
import { tableRowCounts, type TableCount } from './table-counts.ts';

const run = promisify(execFile);
let folder: string;
let sourceDir: string;
let expected: TableCount[];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(script: 'backup-cli.ts' | 'restore-cli.ts', args: string[], dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const file = path.join(repositoryRoot, 'db/src/backup', script);
  // INIT_CWD: where npm run was typed, which relative paths are taken from.
  const childEnv = { ...process.env, INIT_CWD: folder, DATA_DIR: dataDir, DATABASE_URL: '', MIGRATION_DATABASE_URL: '', ...env };
  try {
    const { stdout, stderr } = await run(process.execPath, [file, ...args], { cwd: folder, env: childEnv, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function countsIn(dataDir: string): Promise<TableCount[]> {
  const pglite = await PGlite.create({ dataDir });
  try {
    return await tableRowCounts(embeddedSession(pglite, dataDir));
  } finally {
    await pglite.close();
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'uitstroom-backup-'));
  sourceDir = path.join(folder, 'source');
  // The demo database as npm start leaves it on disk.
  const prepared = await preparedPglite(true);
  const copy = await prepared.dumpDataDir('none');
  await prepared.close();
  const onDisk = await PGlite.create({ dataDir: sourceDir, loadDataDir: copy });
  expected = await tableRowCounts(embeddedSession(onDisk, sourceDir));
  await onDisk.close();
}, 180_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('npm run db:backup and db:restore', () => {
  it('backs up DATA_DIR to a pg_dump file and prints the file, its size and the rows per table', async () => {
    const result = await cli('backup-cli.ts', ['demo.sql'], sourceDir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/written to demo\.sql \(\d+\.\d MB\) in \d+\.\d s/);
    expect(result.stdout).toMatch(/trajectories\.trajectories\s+1,\d{3}\n/);
    expect(result.stdout).toContain(`total (${expected.length} tables)`);
    const dump = await readFile(path.join(folder, 'demo.sql'), 'utf8');
    expect(dump).toMatch(/^-- PostgreSQL database dump complete$/m);
  });

  it('restores the file into a new DATA_DIR with every row, and refuses to restore over it', async () => {
    const targetDir = path.join(folder, 'restored');
    const first = await cli('restore-cli.ts', ['demo.sql'], targetDir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Restored \d+ statements in \d+\.\d s, in one transaction/);
    expect(await countsIn(targetDir)).toEqual(expected);
    const again = await cli('restore-cli.ts', ['demo.sql'], targetDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Restore failed, nothing was changed .*the target database is not empty.*--replace/);
  });

  it('refuses a missing file and a file that is not a pg_dump, before creating any database', async () => {
    const targetDir = path.join(folder, 'never');
    const missing = await cli('restore-cli.ts', ['nope.sql'], targetDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Restore not started: backup file not found: ${path.join(folder, 'nope.sql')}`);
    await writeFile(path.join(folder, 'sheet.csv'), 'casuscode;datum\nDEMO-1;2025-01-01\n');
    const notDump = await cli('restore-cli.ts', ['sheet.csv'], targetDir);
    expect(notDump.code).toBe(1);
    expect(notDump.stderr).toMatch(/Restore not started: not a pg_dump file/);
    await expect(readFile(path.join(targetDir, 'PG_VERSION'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses to back up while another process has the database open, naming it', async () => {
    const open = await PGlite.create({ dataDir: sourceDir });
    try {
      const result = await cli('backup-cli.ts', ['while-open.sql'], sourceDir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is open in process ${process.pid}`);
      expect(result.stderr).toContain('stop the platform');
      await expect(readFile(path.join(folder, 'while-open.sql'))).rejects.toThrow(/ENOENT/);
    } finally {
      await open.close();
    }
  });

  it('with DATABASE_URL set, says a server is backed up with its own pg_dump', async () => {
    const result = await cli('backup-cli.ts', [], sourceDir, { DATABASE_URL: 'postgres://someone@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL is set.*\n.*own pg_dump/);
  });
});
