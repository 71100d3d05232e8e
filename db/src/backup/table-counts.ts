// Rows of every table in every schema but the system's: what a backup holds and a restore wrote.
// Counted, not estimated (pg_class.reltuples is stale right after a restore). Run as the owner of the
// tables (or a superuser): its row-level-security policy gives it every row.
import type { SqlSession } from './session.ts';

export interface TableCount {
  /** schema.table */
  table: string;
  rows: number;
}

export async function tableRowCounts(session: SqlSession): Promise<TableCount[]> {
  const tables = await session.query<{ name: string; quoted: string }>(`
    select n.nspname || '.' || c.relname as name, format('%I.%I', n.nspname, c.relname) as quoted
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and not c.relispartition
      and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname !~ '^pg_(toast_)?temp_'
    order by 1`);
  if (tables.length === 0) return [];
  // One statement for all of them; $n::text keeps each name a parameter, not SQL.
  const counts = tables.map((t, i) => `select $${i + 1}::text as name, count(*)::int as rows from ${t.quoted}`).join(' union all ');
  const rows = await session.query<{ name: string; rows: number }>(counts, tables.map((t) => t.name));
  const byName = new Map(rows.map((r) => [r.name, r.rows]));
  return tables.map((t) => ({ table: t.name, rows: byName.get(t.name) ?? 0 }));
}

/** The counts as aligned lines, with the total, for the command line. */
export function formatCounts(counts: readonly TableCount[]): string[] {
  const totalLabel = `total (${counts.length} tables)`;
  const width = Math.max(totalLabel.length, ...counts.map((c) => c.table.length));
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  const line = (name: string, rows: number) => `  ${name.padEnd(width)}  ${rows.toLocaleString('en-US').padStart(9)}`;
  return [...counts.map((c) => line(c.table, c.rows)), line(totalLabel, total)];
}
