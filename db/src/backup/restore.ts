// Restores a plain-SQL pg_dump into an empty database (or, with replace, over the schemas the dump
// holds), all or nothing: one transaction around the role, the room made and every statement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '../config.ts';
import { planRestore, type RestorePlan, type RestoreStep } from './restore-plan.ts';
import type { SqlSession } from './session.ts';
import { tableRowCounts, type TableCount } from './table-counts.ts';

export interface RestoreOptions {
  /** Drop the schemas the dump holds when the target has them, instead of refusing. */
  replace: boolean;
}

export interface RestoreReport {
  statements: number;
  skipped: string[];
  /** Schemas dropped first (replace). */
  dropped: string[];
  tables: TableCount[];
}

/** A refusal or a failure the user can act on; the target is as it was. */
export class RestoreError extends Error {}

const SYSTEM_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname !~ '^pg_(toast_)?temp_'`;

/**
 * Migration 0008's statements before its first GRANT: create the service role when missing, refuse
 * one that could bypass row-level security, and let the owner switch to it. Read from the migration
 * itself, for a server that has never run it: the role is cluster-wide and pg_dump does not dump
 * roles, yet the dump's GRANTs and policies name it.
 */
function serviceRoleSetup(): string[] {
  const migration = readFileSync(path.join(migrationsFolder, '0008_row_level_security.sql'), 'utf8');
  const statements = migration.split('--> statement-breakpoint').map((statement) => statement.trim());
  const firstGrant = statements.findIndex((statement) => /^GRANT\b/m.test(statement));
  if (firstGrant < 1) throw new Error('migration 0008 no longer starts with the service role setup: see serviceRoleSetup in db/src/backup/restore.ts');
  return statements.slice(0, firstGrant);
}

/** script: the dump's text, already checked by checkDumpFile. */
export async function restoreDump(session: SqlSession, script: string, options: RestoreOptions): Promise<RestoreReport> {
  try {
    return await session.transaction(async (tx) => {
      const plan = planRestore(script, await settingNames(tx));
      const dropped = await makeRoom(tx, plan, options.replace);
      await prepareServiceRole(tx);
      for (const step of plan.steps) await runStep(tx, step);
      // The dump's SET row_security = off would make the count of a forced table an error, not a count.
      await tx.execute('RESET ALL');
      return { statements: plan.steps.length, skipped: plan.skipped, dropped, tables: await tableRowCounts(tx) };
    });
  } finally {
    await session.resetSettings().catch(() => {});
  }
}

async function settingNames(session: SqlSession): Promise<Set<string>> {
  const rows = await session.query<{ name: string }>('select name from pg_catalog.pg_settings');
  return new Set(rows.map((r) => r.name.toLowerCase()));
}

/** What the target holds outside the system schemas, per schema (an empty public schema is nothing). */
export async function userObjects(session: SqlSession): Promise<Map<string, number>> {
  const rows = await session.query<{ schema: string; objects: number }>(`
    select n.nspname as schema,
      ((select count(*) from pg_catalog.pg_class c where c.relnamespace = n.oid)
       + (select count(*) from pg_catalog.pg_proc p where p.pronamespace = n.oid)
       + (select count(*) from pg_catalog.pg_type t where t.typnamespace = n.oid and t.typtype in ('e', 'd', 'r', 'm')))::int as objects
    from pg_catalog.pg_namespace n where ${SYSTEM_SCHEMA} order by 1`);
  return new Map(rows.filter((r) => r.schema !== 'public' || r.objects > 0).map((r) => [r.schema, r.objects]));
}

async function makeRoom(session: SqlSession, plan: RestorePlan, replace: boolean): Promise<string[]> {
  const before = await userObjects(session);
  if (before.size === 0) return [];
  if (!replace) {
    throw new RestoreError(
      `the target database is not empty: it has ${describeObjects(before)}. Restore into an empty database, or add --replace to drop the schemas the backup holds (${plan.schemas.join(', ')}) first.`,
    );
  }
  const dropped = plan.schemas.filter((schema) => before.has(schema));
  for (const schema of dropped) await session.execute(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
  const left = await userObjects(session);
  if (left.size > 0) {
    throw new RestoreError(
      `--replace drops only the schemas the backup holds (${plan.schemas.join(', ')}), and the target also has ${describeObjects(left)}. Restore into an empty database.`,
    );
  }
  return dropped;
}

function describeObjects(objects: Map<string, number>): string {
  const total = [...objects.values()].reduce((sum, n) => sum + n, 0);
  return `${objects.size === 1 ? 'schema' : 'schemas'} ${[...objects.keys()].join(', ')} with ${total} objects`;
}

async function prepareServiceRole(session: SqlSession): Promise<void> {
  try {
    for (const statement of serviceRoleSetup()) await session.execute(statement);
  } catch (error) {
    throw new RestoreError(
      `preparing the role uitstroom_service failed: ${errorText(error)}. Ask a superuser to run: CREATE ROLE uitstroom_service NOLOGIN; GRANT uitstroom_service TO <the user restoring>;`,
    );
  }
}

async function runStep(session: SqlSession, step: RestoreStep): Promise<void> {
  try {
    if (step.kind === 'copy') await session.copyFrom(step.text, step.data);
    else await session.execute(step.text);
  } catch (error) {
    const start = step.text.replace(/\s+/g, ' ').slice(0, 100);
    throw new RestoreError(`statement ${step.ordinal} (line ${step.line}: ${start}${start.length < step.text.length ? '…' : ''}) failed: ${errorText(error)}`);
  }
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = (error as { detail?: unknown }).detail;
  return typeof detail === 'string' && detail ? `${error.message} (${detail})` : error.message;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
