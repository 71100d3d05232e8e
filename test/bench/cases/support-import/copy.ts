// The reference for the import: the same rows written with COPY into the same three tables, in one
// transaction, as the database's owner. COPY fires the tables' statement-level triggers once per
// COPY (migration 0003_monitor_milestones), so the stored milestones are computed as for the import.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import type { SyntheticRow } from './rows.ts';

/** COPY's text format: \N for null; backslash, tab and line breaks escaped. */
const field = (value: string | null) => (value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c));
const line = (values: (string | null)[]) => `${values.map(field).join('\t')}\n`;

export interface CopyData {
  /** Table → columns and its lines of COPY text, in the order they must be written. */
  tables: { table: string; columns: string[]; lines: string[] }[];
  rows: number;
}

/** The rows as COPY text, with ids made here (the importer lets the database make them). */
export function toCopyData(rows: readonly SyntheticRow[]): CopyData {
  const trajectories: string[] = [];
  const steps: string[] = [];
  const events: string[] = [];
  for (const r of rows) {
    const id = randomUUID();
    trajectories.push(line([
      id, r.covenantId, null, r.caseCode, r.targetGroup, r.facility, r.provider.id, r.origin.id,
      r.placement?.id ?? null, r.ageCategory, r.landlord?.id ?? null, r.contractForm, 'import',
    ]));
    const reached: [string, string | null][] = [['aanmelding', r.registeredOn], ['sleuteloverdracht', r.housedOn], ['omklap', r.omklapOn], ['afgesloten', r.closedOn]];
    for (const [step, on] of reached) if (on) steps.push(line([id, step, on]));
    if (r.relapseOn) events.push(line([id, 'terugval', r.relapseKind, r.relapseOn]));
    if (r.negativeEndOn) events.push(line([id, 'negatief_einde', null, r.negativeEndOn]));
  }
  return {
    rows: rows.length,
    tables: [
      {
        table: 'trajectories.trajectories',
        columns: ['id', 'covenant_id', 'sub_region_id', 'case_code', 'target_group', 'facility', 'provider_id', 'origin_municipality_id',
          'placement_municipality_id', 'age_category', 'landlord_id', 'contract_form', 'source'],
        lines: trajectories,
      },
      { table: 'trajectories.trajectory_steps', columns: ['trajectory_id', 'step', 'occurred_on'], lines: steps },
      { table: 'trajectories.trajectory_events', columns: ['trajectory_id', 'kind', 'relapse_kind', 'occurred_on'], lines: events },
    ],
  };
}

/** Lines joined into chunks of ~1,000, so the stream is not one write per line. */
function* chunked(lines: readonly string[], size = 1_000): Generator<string> {
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size).join('');
}

/** Seconds from BEGIN to COMMIT of the three COPYs. */
export async function copyRows(sql: Sql, data: CopyData): Promise<number> {
  const started = performance.now();
  await sql.begin(async (tx) => {
    for (const { table, columns, lines } of data.tables) {
      const writable = await tx.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
      await pipeline(Readable.from(chunked(lines)), writable);
    }
  });
  return (performance.now() - started) / 1000;
}
