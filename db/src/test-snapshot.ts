// Test databases on the embedded PGlite: migrating and seeding one takes seconds, and every test file
// makes its own. The first file to need one builds it and keeps a copy of its data directory under
// node_modules/.cache; the others load that copy. The copy's name is a hash of everything that
// shapes the database — the migrations, the seed and preparation code, the PGlite version and the
// day (demo data is dated relative to it) — so a change to any of them makes a new one.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createDb } from './client.ts';
import { migrationsFolder, repositoryRoot } from './config.ts';
import { prepareDatabase } from './prepare.ts';

const CACHE_DIR = join(repositoryRoot, 'node_modules/.cache/uitstroom-tests/pglite');
const SOURCES = [migrationsFolder, join(repositoryRoot, 'db/src/seed'), join(repositoryRoot, 'db/src/prepare.ts'), join(repositoryRoot, 'db/src/migrate.ts')];

async function filesUnder(path: string): Promise<string[]> {
  if (!path.endsWith('/') && /\.\w+$/.test(path)) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function snapshotKey(demoData: boolean): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ demoData, day: new Date().toISOString().slice(0, 10) }));
  const files = (await Promise.all(SOURCES.map(filesUnder))).flat().sort();
  for (const file of files) hash.update(file.slice(repositoryRoot.length)).update(await readFile(file));
  const pgliteVersion = JSON.parse(await readFile(join(repositoryRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version as string;
  return hash.update(pgliteVersion).digest('hex').slice(0, 24);
}

/** A migrated PGlite with reference data (and demo data when asked), from the kept copy when there is one. */
export async function preparedPglite(demoData: boolean): Promise<PGlite> {
  const file = join(CACHE_DIR, `${await snapshotKey(demoData)}.tar.gz`);
  const kept = await readFile(file).catch(() => null);
  if (kept) return PGlite.create({ loadDataDir: new Blob([kept]) });
  const pglite = await PGlite.create();
  await prepareDatabase(createDb({ pglite }), { demoData });
  const dump = await pglite.dumpDataDir('gzip');
  await mkdir(CACHE_DIR, { recursive: true });
  // Written aside and renamed: files of other test workers never read half a copy.
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return pglite;
}
