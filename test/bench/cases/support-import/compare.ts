// After both writes: the imported trajectories and the copied ones must hold the same data — the
// same steps and events, and the same milestones the triggers stored — row for row (case codes
// differ only in their prefix).
import type { Sql } from 'postgres';

interface Counts {
  trajectories: number;
  steps: number;
  events: number;
}

async function counts(sql: Sql, prefix: string): Promise<Counts> {
  const pattern = `${prefix}-%`;
  const [row] = await sql<Counts[]>`
    with mine as (select id from trajectories.trajectories where case_code like ${pattern})
    select (select count(*) from mine)::int as trajectories,
           (select count(*) from trajectories.trajectory_steps s join mine on mine.id = s.trajectory_id)::int as steps,
           (select count(*) from trajectories.trajectory_events e join mine on mine.id = e.trajectory_id)::int as events`;
  if (!row) throw new Error('import vs COPY: could not count the written rows');
  return row;
}

/** Pairs of an imported and a copied trajectory (same number) whose fields and milestones agree. */
async function matchingPairs(sql: Sql, imported: string, copied: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n
    from trajectories.trajectories a
    join trajectories.trajectories b on b.covenant_id = a.covenant_id and b.case_code = ${copied} || substr(a.case_code, ${imported.length + 1})
    where a.case_code like ${`${imported}-%`}
      and (a.target_group, a.facility, a.provider_id, a.origin_municipality_id, a.placement_municipality_id, a.age_category, a.landlord_id, a.contract_form)
          is not distinct from (b.target_group, b.facility, b.provider_id, b.origin_municipality_id, b.placement_municipality_id, b.age_category, b.landlord_id, b.contract_form)
      and (a.registered_on, a.housed_on, a.closed_on, a.omklap_on, a.first_relapse_on, a.first_relapse_kind, a.negative_end_on)
          is not distinct from (b.registered_on, b.housed_on, b.closed_on, b.omklap_on, b.first_relapse_on, b.first_relapse_kind, b.negative_end_on)
      and a.registered_on is not null`;
  return row?.n ?? 0;
}

/** Throws unless both prefixes hold `expected` trajectories with the same steps, events and milestones. */
export async function assertSameWrites(sql: Sql, imported: string, copied: string, expected: number): Promise<Counts> {
  const [a, b] = await Promise.all([counts(sql, imported), counts(sql, copied)]);
  if (a.trajectories !== expected || JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(`import vs COPY: expected ${expected} trajectories each; import wrote ${JSON.stringify(a)}, COPY ${JSON.stringify(b)}`);
  }
  const pairs = await matchingPairs(sql, imported, copied);
  if (pairs !== expected) throw new Error(`import vs COPY: only ${pairs} of ${expected} trajectories agree in fields and milestones`);
  return a;
}
