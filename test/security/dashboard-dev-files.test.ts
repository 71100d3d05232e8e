// Issue 16, row 5: the dashboard's Vite dev server (`npm start`, gateway/src/platform/start.ts)
// served any file of the repository through /@fs/… — test-database snapshots with case codes, the
// embedded database in .data/, backups/. Now only the dashboard's sources and the packages it
// declares; never a database, backup or cache, also where DATA_DIR points elsewhere.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { startDashboard, type RunningDashboard } from '@uitstroom/dashboard/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../deploy/source-graph.ts';

const dashboardDir = path.join(repoRoot, 'dashboard');
const SECRET = `WTW-${process.pid}-geheim`;

/** Files a dev server must never serve, made for this run (and removed again). */
const probes = {
  snapshot: path.join(repoRoot, 'node_modules/.cache/uitstroom-tests', `security-probe-${process.pid}.json`),
  database: path.join(repoRoot, '.data', `security-probe-${process.pid}`, 'base', '1', '1259'),
  backup: path.join(repoRoot, 'backups', `uitstroommonitor-security-probe-${process.pid}.sql`),
  // DATA_DIR inside the dashboard's own folder: denied by its path alone, whatever its name.
  customDatabase: path.join(dashboardDir, 'node_modules', `um-probe-db-${process.pid}`, 'base', '1', '1259'),
};
const madeDirs: string[] = [];

function makeProbe(file: string): void {
  // Remember the folders this test creates, to leave the repository as it was.
  for (let dir = path.dirname(file); !existsSync(dir); dir = path.dirname(dir)) madeDirs.unshift(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `{"casuscode":"${SECRET}"}\n`);
}

/** GET with the path exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function rawGet(base: string, pathname: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pathname }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .once('error', reject)
      .end();
  });
}

/** The ways Vite serves a file: raw, as a module, as a URL, as text. */
function variants(file: string): string[] {
  const fs = `/@fs${file}`;
  return [fs, `${fs}?raw`, `${fs}?import`, `${fs}?url`, `${fs}?import&raw`, `/@fs${dashboardDir}/../${path.relative(repoRoot, file)}`];
}

let dashboard: RunningDashboard;
let customDataDir: RunningDashboard;

beforeAll(async () => {
  for (const file of Object.values(probes)) makeProbe(file);
  dashboard = await startDashboard({ port: 0, gatewayUrl: 'http://127.0.0.1:1' });
  // vite.config.ts reads DATA_DIR when a dev server starts.
  const before = process.env.DATA_DIR;
  process.env.DATA_DIR = path.dirname(path.dirname(path.dirname(probes.customDatabase)));
  try {
    customDataDir = await startDashboard({ port: 0, gatewayUrl: 'http://127.0.0.1:1' });
  } finally {
    if (before === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = before;
  }
});

afterAll(async () => {
  await dashboard?.close();
  await customDataDir?.close();
  for (const file of Object.values(probes)) rmSync(file, { force: true });
  for (const dir of madeDirs.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  rmSync(path.dirname(path.dirname(path.dirname(probes.customDatabase))), { recursive: true, force: true });
});

describe('the dashboard dev server of npm start', () => {
  it('serves the dashboard\'s sources and the packages it declares', async () => {
    const source = await rawGet(dashboard.url, `/@fs${dashboardDir}/src/lib/report.ts`);
    expect(source.status).toBe(200);
    expect(source.body).toContain('/rapport.pdf');
    expect((await rawGet(dashboard.url, '/src/main.tsx')).status).toBe(200);
    expect((await rawGet(dashboard.url, '/@vite/client')).status).toBe(200);
    const tokens = await rawGet(dashboard.url, `/@fs${repoRoot}/node_modules/@utrecht/design-tokens/package.json`);
    expect(tokens.status).toBe(200);
  });

  it.each(Object.entries({ snapshot: probes.snapshot, database: probes.database, backup: probes.backup }))(
    'never serves the %s: 403 or 404 for every way of asking, and not a byte of it',
    async (_name, file) => {
      for (const pathname of variants(file)) {
        const { status, body } = await rawGet(dashboard.url, pathname);
        expect(body, pathname).not.toContain(SECRET);
        expect([403, 404], `${pathname} answered ${status}`).toContain(status);
      }
      // Outside /@fs: relative to the dashboard folder, with and without encoding.
      for (const pathname of [`/../${path.relative(repoRoot, file)}`, `/%2e%2e/${path.relative(repoRoot, file)}`, `/..%2f${path.relative(repoRoot, file)}`]) {
        expect((await rawGet(dashboard.url, pathname)).body, pathname).not.toContain(SECRET);
      }
    },
  );

  it('never serves the database where DATA_DIR points, even inside the dashboard\'s folder', async () => {
    for (const pathname of variants(probes.customDatabase)) {
      const { status, body } = await rawGet(customDataDir.url, pathname);
      expect(body, pathname).not.toContain(SECRET);
      expect([403, 404], `${pathname} answered ${status}`).toContain(status);
    }
  });

  it('serves no other part of the repository: other workspaces, the lock file, packages the dashboard does not declare', async () => {
    const others = [
      `${repoRoot}/package.json`,
      `${repoRoot}/package-lock.json`,
      `${repoRoot}/gateway/src/server.ts`,
      `${repoRoot}/db/src/config.ts`,
      `${repoRoot}/deploy/k8s/secret.example.yaml`,
      `${repoRoot}/test/support/platform.ts`,
      // Workspace packages are links to their folders.
      `${repoRoot}/node_modules/@uitstroom/db/src/config.ts`,
      `${repoRoot}/node_modules/pino/package.json`,
      `${repoRoot}/.git/config`,
      '/etc/passwd',
    ];
    for (const file of others.filter((f) => existsSync(f))) {
      const { status } = await rawGet(dashboard.url, `/@fs${file}`);
      expect([403, 404], `${file} answered ${status}`).toContain(status);
    }
  });
});
