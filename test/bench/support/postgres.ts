// A real PostgreSQL for the bench: the server in DATABASE_URL when set, else a throwaway cluster
// from Debian's packages (the same recipe as .ci/run). Either way the bench works in a fresh
// database of its own, dropped at the end, and listens on 127.0.0.1 only.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from '../../support/ports.ts';

const run = promisify(execFile);

export interface PostgresServer {
  /** postgres://… of the server's maintenance database. */
  url: string;
  /** Where it came from, for the report. */
  origin: 'DATABASE_URL' | 'throwaway cluster';
  stop(): Promise<void>;
}

async function newestPgBin(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) throw new Error(`no PostgreSQL server under ${root}: apt-get install postgresql, or set DATABASE_URL`);
  return join(root, newest, 'bin');
}

/** initdb refuses to run as root: then the cluster belongs to the postgres user. */
async function runAs(dir: string): Promise<(command: string, args: string[]) => [string, string[]]> {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  const { stdout } = await run('id', ['-u', 'postgres']);
  await chown(dir, Number(stdout.trim()), -1);
  return (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

/** Resolves when the command exits 0; in its own process group, so Ctrl-C reaches the bench, not PostgreSQL. */
function runDetached(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`))));
  });
}

async function startCluster(): Promise<PostgresServer> {
  const bin = await newestPgBin();
  const dir = await mkdtemp(join(tmpdir(), 'um-bench-pg.'));
  const as = await runAs(dir);
  const data = join(dir, 'data');
  const log = join(dir, 'log');
  const port = await freePort();
  const stop = async () => {
    await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'])).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await run(...as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']));
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await runDetached(...as(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', log, '-w', 'start']));
  } catch (error) {
    const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
    await stop();
    throw new Error(`could not start a throwaway PostgreSQL cluster${tail ? `; its log ends:\n${tail}` : ''}`, { cause: error });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, origin: 'throwaway cluster', stop };
}

/** The server in DATABASE_URL (left running), else a throwaway cluster. */
export async function startPostgres(databaseUrl: string | undefined): Promise<PostgresServer> {
  if (databaseUrl) return { url: databaseUrl, origin: 'DATABASE_URL', stop: async () => {} };
  return startCluster();
}

export interface BenchDatabase {
  url: string;
  name: string;
  /** The server's version string, e.g. '15.14 (Debian 15.14-0+deb12u1)'. */
  version: string;
  drop(): Promise<void>;
}

/** A fresh, empty database um_bench_<random> on the server. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `um_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connection: { application_name: 'uitstroom-bench' } });
  try {
    const [row] = await admin<{ version: string }[]>`select current_setting('server_version') as version`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    };
    return { url: url.toString(), name, version: row?.version ?? 'unknown', drop };
  } catch (error) {
    await admin.end({ timeout: 1 });
    throw error;
  }
}
