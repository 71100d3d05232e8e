// The one place the db package reads its environment.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export interface DatabaseConfig {
  /** postgres://… for a PostgreSQL server; absent means the embedded PGlite database. */
  url: string | undefined;
  /**
   * postgres://… as the owner of the tables, for migrations and demo data, when the services connect
   * (url) as a login role that is a member of uitstroom_service (production). Defaults to url.
   */
  migrationUrl: string | undefined;
  /** Folder of the embedded database (PGlite), created on first start. */
  dataDir: string;
  /** Fill the database with synthetic demo data when it has none yet. */
  demoData: boolean;
  /** Months the audit log is kept (NEN 7513 asks 5 years, 60, for care providers). */
  auditRetentionMonths: number;
  /** The daily retention purge of trajectories (5 / 15 years after closing): on, dry-run (report only) or off. */
  retentionPurge: 'on' | 'dry-run' | 'off';
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'ja'].includes(value.toLowerCase());
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL || undefined;
  return {
    url,
    migrationUrl: env.MIGRATION_DATABASE_URL || url,
    dataDir: path.resolve(repositoryRoot, env.DATA_DIR ?? '.data/pglite'),
    // Demo data by default on the embedded database only; a real server gets it when asked for.
    demoData: flag(env.DEMO_DATA) ?? url === undefined,
    auditRetentionMonths: retentionMonths(env.AUDIT_RETENTION_MONTHS),
    retentionPurge: retentionPurge(env.RETENTION_PURGE),
  };
}

function retentionMonths(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 12;
  const months = Number(raw);
  if (!Number.isInteger(months) || months < 1 || months > 600) throw new Error(`AUDIT_RETENTION_MONTHS must be a whole number of months (1-600), got "${raw}"`);
  return months;
}

/** Off by default would keep data past its term unseen; on by default would remove it unasked: a dry run says what is due. */
function retentionPurge(raw: string | undefined): DatabaseConfig['retentionPurge'] {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return 'dry-run';
  if (value === 'on' || value === 'dry-run' || value === 'off') return value;
  throw new Error(`RETENTION_PURGE must be on, dry-run or off, got "${raw}"`);
}
