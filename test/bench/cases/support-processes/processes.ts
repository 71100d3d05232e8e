// Child processes for the start-up and memory cases: the platform's own entry points run with
// `node` (no npm in between, so the pid is the server's own), their output kept with the time each
// line came, and stopped for certain — also when the bench exits on Ctrl-C or its time limit.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: two levels above test/bench. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Settings of the platform (README "Configuration") a child must not inherit from the bench's shell. */
const PLATFORM_SETTINGS = [
  'DATABASE_URL', 'MIGRATION_DATABASE_URL', 'DATA_DIR', 'DEMO_DATA', 'HOST', 'PORT', 'NODE_ENV',
  'AUTH_ISSUER', 'AUTH_JWKS_URL', 'AUTH_AUDIENCE', 'REQUIRE_MFA', 'DEV_LOGIN', 'SUBGRAPH_SECRET',
  'AUDIT_RETENTION_MONTHS', 'RESPONSE_CACHE_TTL_MS', 'RETENTION_PURGE', 'GRAPHQL_INTROSPECTION',
  'GRAPHQL_FIELD_SUGGESTIONS', 'GRAPHQL_MAX_DEPTH', 'GRAPHQL_MAX_ALIASES', 'GRAPHQL_MAX_TOKENS', 'GRAPHQL_MAX_COST',
];
const SERVICE_NAMES = ['GATEWAY', 'PARTIES', 'TRAJECTORIES', 'FUNDING', 'MONITORING', 'DASHBOARD'];

/** The bench's environment without any platform setting, plus `settings`: every default as a user gets it. */
export function childEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PLATFORM_SETTINGS) delete env[name];
  for (const name of SERVICE_NAMES) {
    delete env[`${name}_PORT`];
    delete env[`${name}_URL`];
  }
  return { ...env, HOST: '127.0.0.1', ...settings };
}

export interface OutputLine {
  /** Milliseconds since the spawn. */
  atMs: number;
  text: string;
}

export interface Child {
  name: string;
  pid: number;
  /** performance.now() just before the spawn. */
  spawnedAt: number;
  lines: OutputLine[];
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string | null>;
  alive(): boolean;
  /** The last lines of its output, for error messages. */
  tail(count?: number): string;
  /** Milliseconds since the spawn at which a line matching `pattern` came; waits up to timeoutMs. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<number>;
  /** Sends `signal`, then SIGKILL after graceMs; resolves when it has exited (at once when it had). */
  stop(signal: NodeJS.Signals, graceMs: number): Promise<number | string | null>;
}

const running = new Set<ChildProcess>();
// The bench may exit without our finally blocks running (Ctrl-C, time limit: process.exit): nothing is left behind.
const killAll = () => running.forEach((child) => child.kill('SIGKILL'));

function collectLines(child: ChildProcess, spawnedAt: number, lines: OutputLine[]): void {
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const atMs = performance.now() - spawnedAt;
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ atMs, text });
    });
    stream?.on('end', () => partial && lines.push({ atMs: performance.now() - spawnedAt, text: partial }));
  }
}

function tracked(child: ChildProcess): Promise<number | string | null> {
  if (running.size === 0) process.on('exit', killAll);
  running.add(child);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (running.size === 0) process.off('exit', killAll);
      resolve(code ?? signal);
    });
  });
}

/** Starts `node <script>` (relative to the repository root) with `env`, output piped and recorded. */
export function spawnNode(name: string, script: string, env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): Child {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, script], { cwd: REPOSITORY_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not start node ${script}`);
  const lines: OutputLine[] = [];
  collectLines(child, spawnedAt, lines);
  const exited = tracked(child);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const tail = (count = 20) => lines.slice(-count).map((l) => `    ${l.text}`).join('\n');
  return {
    name,
    pid: child.pid,
    spawnedAt,
    lines,
    exited,
    alive,
    tail,
    waitForLine: async (pattern, timeoutMs) => {
      for (;;) {
        const line = lines.find((l) => pattern.test(l.text));
        if (line) return line.atMs;
        if (!alive()) throw new Error(`${name} exited before printing ${pattern}; its output ends:\n${tail()}`);
        if (performance.now() - spawnedAt > timeoutMs) throw new Error(`${name} printed no ${pattern} within ${timeoutMs / 1000} s; its output ends:\n${tail()}`);
        await delay(50);
      }
    },
    stop: async (signal, graceMs) => {
      if (!alive()) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `url` every intervalMs until it answers 200; resolves with the milliseconds since
 * child.spawnedAt. Fails when the child exits or timeoutMs after the spawn.
 */
export async function waitForHttp(child: Child, url: string, timeoutMs: number, intervalMs = 100): Promise<number> {
  for (;;) {
    const attempt = performance.now();
    const status = await fetch(url, { signal: AbortSignal.timeout(Math.round(Math.max(1_000, timeoutMs - (attempt - child.spawnedAt)))) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      })
      .catch(() => 0);
    if (status === 200) return performance.now() - child.spawnedAt;
    if (!child.alive()) throw new Error(`${child.name} exited before ${url} answered; its output ends:\n${child.tail()}`);
    if (performance.now() - child.spawnedAt > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${status || 'no answer'})`);
    await delay(Math.max(0, intervalMs - (performance.now() - attempt)));
  }
}
