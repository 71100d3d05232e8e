// Applies the committed drizzle-kit migrations; the same files run on PGlite and PostgreSQL.
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database, Schema } from './client.ts';
import { migrationsFolder } from './config.ts';

/** folder: another set of migrations, for tests that start from an older schema. */
export async function migrateDatabase(database: Database, folder: string = migrationsFolder): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase<Schema>, { migrationsFolder: folder });
  } else {
    await migratePostgres(database.db as unknown as PostgresJsDatabase<Schema>, { migrationsFolder: folder });
  }
}
