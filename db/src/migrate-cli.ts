// `npm run db:migrate`: the one-shot migration of a deployment (the compose `migrate` service, the
// Kubernetes Job), run before the services start: they never migrate themselves. Runs the committed
// migrations and the reference data as the owner of the tables (MIGRATION_DATABASE_URL, else
// DATABASE_URL), demo data only with DEMO_DATA=1, and when DATABASE_URL names another user, makes
// sure that login exists as a member of uitstroom_service, so the services connect without owning
// anything. Safe to run again: migrations, reference data and the role check are all idempotent.
import { sql } from 'drizzle-orm';
import { createDb, type Database } from './client.ts';
import { readDatabaseConfig } from './config.ts';
import { prepareDatabase } from './prepare.ts';

const SERVICE_ROLE = 'uitstroom_service';

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The login in a postgres:// URL, or null when the URL names none. */
function loginOf(url: string): { user: string; password: string } | null {
  const parsed = new URL(url);
  return parsed.username ? { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) } : null;
}

/**
 * The services' login (DATABASE_URL) as a member of uitstroom_service: created with the URL's
 * password when missing; an existing one keeps its password (it may be managed elsewhere) but must
 * not be able to bypass row-level security.
 */
async function ensureServiceLogin(owner: Database, serviceUrl: string, ownerUrl: string): Promise<string> {
  const login = loginOf(serviceUrl);
  if (login === null || login.user === loginOf(ownerUrl)?.user) return 'the services connect as the owner of the tables (set DATABASE_URL to a login in uitstroom_service)';
  const [existing] = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; member: boolean }>(
    sql`select rolsuper, rolbypassrls, pg_has_role(oid, ${SERVICE_ROLE}, 'MEMBER') as member from pg_roles where rolname = ${login.user}`,
  );
  const role = quoteIdentifier(login.user);
  if (existing === undefined) {
    const password = login.password ? ` PASSWORD ${quoteLiteral(login.password)}` : '';
    try {
      await owner.query(sql.raw(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE${password} IN ROLE ${SERVICE_ROLE}`));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`could not create the services' login ${login.user} (${reason}); create it as an administrator: CREATE ROLE ${role} LOGIN PASSWORD '…' IN ROLE ${SERVICE_ROLE}`, { cause: error });
    }
    return `login ${login.user} created in ${SERVICE_ROLE}`;
  }
  if (existing.rolsuper || existing.rolbypassrls) throw new Error(`the services' login ${login.user} has SUPERUSER or BYPASSRLS: row-level security would not apply to it`);
  if (!existing.member) await owner.query(sql.raw(`GRANT ${SERVICE_ROLE} TO ${role}`));
  return existing.member ? `login ${login.user} is in ${SERVICE_ROLE}` : `login ${login.user} added to ${SERVICE_ROLE}`;
}

async function main(): Promise<void> {
  const config = readDatabaseConfig();
  if (!config.migrationUrl) {
    throw new Error('set MIGRATION_DATABASE_URL (the owner of the tables) and DATABASE_URL (the services\' login), or DATABASE_URL alone: the embedded database migrates itself on `npm start`');
  }
  const started = performance.now();
  const owner = createDb({ url: config.migrationUrl, maxConnections: 2 });
  try {
    const prepared = await prepareDatabase(owner, { demoData: config.demoData });
    const demo = prepared.demoTrajectories > 0 ? `, demo data: ${prepared.demoTrajectories} trajectories and ${prepared.demoVisits} visits` : '';
    console.log(`Migrations and reference data applied${demo}`);
    if (config.url) console.log(`Services: ${await ensureServiceLogin(owner, config.url, config.migrationUrl)}`);
  } finally {
    await owner.close();
  }
  console.log(`Database ready (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  await main();
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
