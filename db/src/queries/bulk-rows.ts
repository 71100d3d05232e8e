// Many rows in one statement: the rows travel as one JSON parameter and PostgreSQL unpacks them with
// jsonb_to_recordset. A statement per 10,000 trajectories instead of one per 500, and no parameter per
// value for the driver to bind and the ORM to type-check (that cost an import of 100,000 rows about
// 20 s of CPU). Used by the record writers for their inserts; the milestone triggers fire once per
// statement, as with any insert.
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from './batches.ts';

/** Rows per statement: a chunk's JSON stays a few megabytes. */
export const BULK_ROWS = 10_000;

export interface FreshTrajectory {
  covenant_id: string;
  sub_region_id: string | null;
  case_code: string;
  target_group: string;
  facility: string;
  provider_id: string;
  origin_municipality_id: string;
  placement_municipality_id: string | null;
  age_category: string;
  landlord_id: string | null;
  contract_form: string | null;
  source: string;
  created_by_party_id: string | null;
}

/** Inserts trajectories; returns each one's id with its key. */
export async function insertTrajectoryRows(tx: Tx, rows: readonly FreshTrajectory[]): Promise<{ id: string; covenantId: string; caseCode: string }[]> {
  const result = await tx.execute<{ id: string; covenant_id: string; case_code: string }>(sql`
    insert into trajectories.trajectories (covenant_id, sub_region_id, case_code, target_group, facility, provider_id,
      origin_municipality_id, placement_municipality_id, age_category, landlord_id, contract_form, source, created_by_party_id)
    select covenant_id, sub_region_id, case_code, target_group, facility, provider_id,
      origin_municipality_id, placement_municipality_id, age_category, landlord_id, contract_form, source, created_by_party_id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(covenant_id text, sub_region_id text, case_code text,
      target_group trajectories.target_group, facility text, provider_id text, origin_municipality_id text,
      placement_municipality_id text, age_category trajectories.age_category, landlord_id text,
      contract_form trajectories.contract_form, source trajectories.record_source, created_by_party_id text)
    returning id, covenant_id, case_code`);
  return rowsOf<{ id: string; covenant_id: string; case_code: string }>(result).map((r) => ({ id: r.id, covenantId: r.covenant_id, caseCode: r.case_code }));
}

export async function insertStepRows(tx: Tx, rows: readonly { trajectory_id: string; step: string; occurred_on: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into trajectories.trajectory_steps (trajectory_id, step, occurred_on)
    select trajectory_id, step, occurred_on
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(trajectory_id uuid, step trajectories.canonical_step, occurred_on date)`);
}

export async function insertEventRows(
  tx: Tx,
  rows: readonly { trajectory_id: string; kind: string; relapse_kind: string | null; occurred_on: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into trajectories.trajectory_events (trajectory_id, kind, relapse_kind, occurred_on)
    select trajectory_id, kind, relapse_kind, occurred_on
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(trajectory_id uuid, kind trajectories.event_kind,
      relapse_kind trajectories.relapse_kind, occurred_on date)`);
}
