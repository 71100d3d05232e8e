// `npm start` as a user runs it: a fresh embedded database in a new folder, every service up and
// printed, data through the gateway, and Ctrl-C (SIGINT) stopping it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';

const startScript = fileURLToPath(new URL('../../gateway/src/platform/start.ts', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'um-start-'));
let child: ChildProcess | undefined;
let output = '';

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`)), timeoutMs);
    const check = () => {
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      } else setTimeout(check, 100);
    };
    check();
  });
}

describe('npm start', () => {
  it('creates the embedded database, serves everything, and stops cleanly on SIGINT', async () => {
    const names = ['GATEWAY', 'PARTIES', 'TRAJECTORIES', 'FUNDING', 'MONITORING', 'DASHBOARD'];
    const ports = await Promise.all(names.map(() => freePort()));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...Object.fromEntries(names.map((n, i) => [`${n}_PORT`, String(ports[i])])) };
    delete env.DATABASE_URL; // the default a user gets: embedded PGlite
    child = spawn(process.execPath, [startScript], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await waitFor(/Stop with Ctrl-C/, 120_000);
    expect(output).toMatch(/Demo data written: \d+ synthetic trajectories/);
    const gatewayUrl = output.match(/GraphQL\s+(\S+)/)?.[1];
    const dashboardUrl = output.match(/Dashboard\s+(\S+)/)?.[1];
    expect(gatewayUrl).toBe(`http://127.0.0.1:${ports[0]}/graphql`);
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);

    // Signed in through the development issuer, as the dashboard's login picker does: the analist
    // may send operations of its own; the werkgroep only the dashboard's (ARBITRARY_OPERATIONS default).
    const ask = async (user: string) => {
      const login = await fetch((gatewayUrl as string).replace(/\/graphql$/, '/auth/dev/token'), { method: 'POST', body: JSON.stringify({ user }) });
      const { token } = (await login.json()) as { token: string };
      return fetch(gatewayUrl as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ covenant(id: "noordoostpolder") { name trajectoryCount } }' }),
      });
    };
    expect((await ask('werkgroep')).status).toBe(403);
    const response = await ask('analist');
    const body = (await response.json()) as { data: { covenant: { name: string; trajectoryCount: number } } };
    expect(body.data.covenant.trajectoryCount).toBeGreaterThan(0);
    const page = await fetch(dashboardUrl as string);
    expect(await page.text()).toContain('lang="nl"');

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    child.kill('SIGINT'); // npm and the terminal both deliver Ctrl-C; the second must not cut the stop short
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
  });
});
