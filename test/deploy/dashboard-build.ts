// The dashboard built the way the image builds it (deploy/Dockerfile: `node ../node_modules/vite/bin/vite.js
// build` in dashboard/), once per version of its sources: the output is kept in node_modules/.cache
// under a hash of the dashboard's files and the lock file, so later test files and runs reuse it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './source-graph.ts';

const dashboardDir = path.join(repoRoot, 'dashboard');
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'uitstroom-tests');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !['node_modules', 'dist'].includes(entry.name) && !entry.name.endsWith('.test.ts'))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(dashboardDir), path.join(repoRoot, 'package-lock.json')]) hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The folder with the built dashboard (index.html and assets/). */
export async function builtDashboard(): Promise<string> {
  const target = path.join(cacheDir, `dashboard-dist-${sourceHash()}`);
  if (existsSync(path.join(target, 'index.html'))) return target;
  const building = `${target}.${process.pid}`;
  await promisify(execFile)(process.execPath, ['../node_modules/vite/bin/vite.js', 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'warn'], { cwd: dashboardDir });
  // Finished builds of other sources are of sources that are gone (builds under way end in .<pid>).
  for (const old of readdirSync(cacheDir).filter((name) => /^dashboard-dist-[0-9a-f]{16}$/.test(name) && name !== path.basename(target))) {
    rmSync(path.join(cacheDir, old), { recursive: true, force: true });
  }
  if (existsSync(target)) rmSync(building, { recursive: true, force: true });
  else renameSync(building, target);
  return target;
}
