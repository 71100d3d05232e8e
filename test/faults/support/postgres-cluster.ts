// A throwaway PostgreSQL cluster the fault tests may stop and start: initdb into a temporary folder,
// a free port on 127.0.0.1 only, the binaries from Debian's packages (as .ci/run does). As root they
// run as the postgres user, since initdb refuses root. stop() and start() keep the data and the port.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../support/ports.ts';

const run = promisify(execFile);
const ROOT = '/usr/lib/postgresql';

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres, the superuser's maintenance database. */
  url: string;
  port: number;
  /** pg_ctl stop -m fast: sessions are terminated (57P01), new connections refused. */
  stop(): Promise<void>;
  /** pg_ctl start on the same port and data; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest bin folder under /usr/lib/postgresql, or null when no server is installed (the tests then skip). */
export async function postgresBin(): Promise<string | null> {
  const versions = await readdir(ROOT).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) return null;
  const bin = join(ROOT, newest, 'bin');
  const files = await readdir(bin).catch(() => [] as string[]);
  return files.includes('initdb') && files.includes('pg_ctl') ? bin : null;
}

/**
 * Runs a command to its exit, with no pipes: the server pg_ctl leaves running must not hold the
 * test's. It stays in the test's process group, so a Ctrl-C on the tests stops it too.
 */
function runToExit(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`));
    });
  });
}

export async function startCluster(bin: string): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'um-faults-pg.'));
  let prefix: string[] = [];
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    await chown(dir, Number(stdout.trim()), -1);
    prefix = ['runuser', '-u', 'postgres', '--'];
  }
  const as = (tool: string, args: string[]): [string, string[]] => {
    const command = [...prefix, join(bin, tool), ...args];
    return [command[0] as string, command.slice(1)];
  };
  const data = join(dir, 'data');
  const log = join(dir, 'log');
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const pgCtl = async (args: string[]) => {
    try {
      await runToExit(...as('pg_ctl', ['-D', data, ...args]));
    } catch (error) {
      const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
      throw new Error(`pg_ctl ${args.join(' ')} failed; the cluster's log ends:\n${tail}`, { cause: error });
    }
  };
  // Should the test process exit without its afterAll (process.exit), the server goes with it.
  const stopAtExit = () => {
    spawnSync(...as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore', timeout: 10_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopAtExit);
  const destroy = async () => {
    process.off('exit', stopAtExit);
    await run(...as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await runToExit(...as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']));
    await pgCtl(['-o', settings, '-l', log, '-w', 'start']);
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pgCtl(['-m', 'fast', '-w', 'stop']),
    start: () => pgCtl(['-o', settings, '-l', log, '-w', 'start']),
    destroy,
  };
}
