// What the Vite dev server (`npm start`, the browser tests) may serve from disk. By default Vite
// serves every file of the workspace through /@fs/… — the test-database snapshots in
// node_modules/.cache, the embedded database in .data/, backups/. Here: the dashboard's own folder
// and the packages it declares, nothing else; and never a database, a backup or a cache, wherever
// DATA_DIR points.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import dashboardPackage from './package.json' with { type: 'json' };

const dashboardRoot = import.meta.dirname;
const repositoryRoot = path.resolve(dashboardRoot, '..');

/** Vite's own deny-list (server.fs.deny replaces it, it does not add to it). */
const VITE_DEFAULT_DENY = ['.env', '.env.*', '*.{crt,pem,key,p12,pfx,cer,der}', '.npmrc', '.yarnrc.yml', '**/.git/**'];

/** Wherever they are: the embedded database (default .data/pglite), backups, test snapshots and results. */
const NEVER_SERVED = ['**/.data/**', '**/backups/**', '**/node_modules/.cache/**', '**/pglite/**', '**/*.sql', '**/*.dump', '**/PG_VERSION'];

/** The folder of an installed package, as Node would find it from the dashboard (workspace hoisting). */
function packageDir(name: string): string | null {
  for (let dir = dashboardRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dir === path.dirname(dir)) return null;
  }
}

/** A path as a glob that matches only itself and what is under it. */
function underGlob(dir: string): string {
  return `${dir.replace(/[\\*?[\]{}()!+@]/g, '\\$&')}/**`;
}

/**
 * `server.fs` for the dashboard's dev server. The packages are the dashboard's declared
 * dependencies (the browser loads CSS, fonts and Vite's client from them; the rest comes pre-bundled
 * from the dashboard's own node_modules/.vite); workspace packages (@uitstroom/*) are server code.
 */
export function devFileAccess(env: NodeJS.ProcessEnv = process.env): { strict: true; allow: string[]; deny: string[] } {
  const packages = Object.keys(dashboardPackage.dependencies)
    .filter((name) => !name.startsWith('@uitstroom/'))
    .map(packageDir)
    // An installed package, not a link to a workspace folder.
    .filter((dir): dir is string => dir !== null && dir.includes(`${path.sep}node_modules${path.sep}`));
  const dataDir = path.resolve(repositoryRoot, env.DATA_DIR ?? '.data/pglite');
  return { strict: true, allow: [dashboardRoot, ...packages], deny: [...VITE_DEFAULT_DENY, ...NEVER_SERVED, underGlob(dataDir)] };
}
