// The national generator on a real PostgreSQL (COPY needs a server): runs only with DATABASE_URL.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceMemberships } from '../seed/reference/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { generateNational, type NationalSummary } from './national.ts';

const TRAJECTORIES = 3_000;
const SEED = 424_242;

/** Trajectories, steps, events and visits of the national regions only (the real covenants are left alone). */
const NATIONAL = `covenant_id like 'regio-%'`;

describe.skipIf(!process.env.DATABASE_URL)('generateNational on PostgreSQL', () => {
  let test: TestDatabase;
  let sql: postgres.Sql;
  let summary: NationalSummary;

  beforeAll(async () => {
    test = await createTestDatabase();
    if (!test.url) throw new Error('createTestDatabase gave no server url');
    summary = await generateNational(test.url, { trajectories: TRAJECTORIES, seed: SEED });
    sql = postgres(test.url, { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await test?.close();
  });

  const one = async <T extends Record<string, unknown>>(query: string): Promise<T> => {
    const [row] = await sql.unsafe<T[]>(query);
    if (!row) throw new Error(`no row from ${query}`);
    return row;
  };

  it('writes the rows it reports', async () => {
    const counts = await one<Record<string, number>>(`select
      (select count(*) from trajectories.trajectories where ${NATIONAL})::int as trajectories,
      (select count(*) from trajectories.trajectory_steps s join trajectories.trajectories t on t.id = s.trajectory_id where t.${NATIONAL})::int as trajectory_steps,
      (select count(*) from trajectories.trajectory_events e join trajectories.trajectories t on t.id = e.trajectory_id where t.${NATIONAL})::int as trajectory_events,
      (select count(*) from trajectories.household_visits where ${NATIONAL})::int as household_visits,
      (select count(*) from funding.fund_ledger where fund_id like 'regio-%')::int as fund_ledger,
      (select count(*) from funding.fund_claims where fund_id like 'regio-%')::int as fund_claims,
      (select count(*) from funding.funds where covenant_id like 'regio-%')::int as funds`);
    expect(counts).toEqual({
      trajectories: TRAJECTORIES,
      trajectory_steps: summary.rows.trajectory_steps,
      trajectory_events: summary.rows.trajectory_events,
      household_visits: TRAJECTORIES / 2,
      fund_ledger: summary.rows.fund_ledger,
      fund_claims: summary.rows.fund_claims,
      funds: 40,
    });
    // About ten steps per trajectory along the canonical order (fewer for the ones still under way).
    expect(summary.rows.trajectory_steps / TRAJECTORIES).toBeGreaterThan(8.5);
    expect(summary.rows.fund_claims).toBeGreaterThan(0);
  });

  it('puts the 342 gemeenten of the Netherlands in 40 region covenants', async () => {
    const row = await one<{ regions: number; gemeenten: number; all_gemeenten: number; largest: string }>(`select
      (select count(*) from parties.covenants where id like 'regio-%')::int as regions,
      (select count(distinct party_id) from parties.published_memberships where ${NATIONAL} and party_kind = 'gemeente')::int as gemeenten,
      (select count(*) from parties.parties where kind = 'gemeente')::int as all_gemeenten,
      (select covenant_id from trajectories.trajectories where ${NATIONAL} group by 1 order by count(*) desc, 1 limit 1) as largest`);
    expect(row).toEqual({ regions: 40, gemeenten: 342, all_gemeenten: 342, largest: summary.largestCovenantId });
    expect(summary).toMatchObject({ regions: 40, gemeenten: 342 });
  });

  it('leaves the five real covenants as the reference data has them', async () => {
    const row = await one<{ trajectories: number; woonkans_members: number }>(`select
      (select count(*) from trajectories.trajectories where covenant_id not like 'regio-%')::int as trajectories,
      (select count(*) from parties.memberships where covenant_id = 'woonkans')::int as woonkans_members`);
    expect(row).toEqual({ trajectories: 0, woonkans_members: referenceMemberships.filter((m) => m.covenantId === 'woonkans').length });
  });

  it("takes every trajectory's and visit's parties from its covenant's members", async () => {
    const member = (column: string, kind: string) =>
      `exists (select 1 from parties.published_memberships m where m.covenant_id = t.covenant_id and m.party_id = t.${column} and m.party_kind = '${kind}')`;
    const row = await one<{ strays: number; visit_strays: number }>(`select
      (select count(*) from trajectories.trajectories t where t.${NATIONAL} and not (
        ${member('provider_id', 'zorgaanbieder')} and ${member('origin_municipality_id', 'gemeente')}
        and (t.placement_municipality_id is null or ${member('placement_municipality_id', 'gemeente')})
        and (t.landlord_id is null or ${member('landlord_id', 'woningcorporatie')})))::int as strays,
      (select count(*) from trajectories.household_visits t where t.${NATIONAL}
        and t.tenant_of_party_id is not null and not ${member('tenant_of_party_id', 'woningcorporatie')})::int as visit_strays`);
    expect(row).toEqual({ strays: 0, visit_strays: 0 });
  });

  it('stores the milestones that trajectories.computed_milestones gives (the triggers did their job)', async () => {
    const row = await one<{ compared: number; differing: number; housed: number; relapses: number; negative: number }>(`
      with m as (select * from trajectories.computed_milestones((select array_agg(id) from trajectories.trajectories where ${NATIONAL})))
      select count(*)::int as compared,
        count(*) filter (where (t.registered_on, t.housed_on, t.closed_on, t.omklap_on, t.first_relapse_on, t.first_relapse_kind, t.negative_end_on)
          is distinct from (m.registered_on, m.housed_on, m.closed_on, m.omklap_on, m.first_relapse_on, m.first_relapse_kind, m.negative_end_on))::int as differing,
        count(t.housed_on)::int as housed, count(t.first_relapse_on)::int as relapses, count(t.negative_end_on)::int as negative
      from trajectories.trajectories t join m on m.id = t.id`);
    expect(row.compared).toBe(TRAJECTORIES);
    expect(row.differing).toBe(0);
    // Not vacuous: most have a home, some relapsed or ended negatively.
    expect(row.housed).toBeGreaterThan(TRAJECTORIES * 0.8);
    expect(row.relapses).toBeGreaterThan(0);
    expect(row.negative).toBeGreaterThan(0);
  });

  it('keeps each trajectory’s steps in the canonical order, dates never going back', async () => {
    const row = await one<{ backwards: number; without_aanmelding: number; after_closing: number }>(`select
      (select count(*) from (select s.occurred_on, lag(s.occurred_on) over (partition by s.trajectory_id order by s.step) as previous
        from trajectories.trajectory_steps s) o where o.occurred_on < o.previous)::int as backwards,
      (select count(*) from trajectories.trajectories t where t.${NATIONAL} and t.registered_on is null)::int as without_aanmelding,
      (select count(*) from trajectories.trajectory_events e join trajectories.trajectories t on t.id = e.trajectory_id
        where e.occurred_on < t.housed_on or e.occurred_on > coalesce(t.closed_on, '2026-10-31'))::int as after_closing`);
    expect(row).toEqual({ backwards: 0, without_aanmelding: 0, after_closing: 0 });
  });

  it("books each region's Garantiefonds in day order, its balance never below zero", async () => {
    const row = await one<{ funds: number; earlier: number; lowest: number; claims_without_case: number }>(`
      with l as (select fund_id, booked_on, lag(booked_on) over (partition by fund_id order by id) as previous,
          sum(case kind when 'bijdrage' then cents when 'toekenning' then 0 else -cents end) over (partition by fund_id order by id) as balance
        from funding.fund_ledger where fund_id like 'regio-%')
      select count(distinct fund_id)::int as funds, count(*) filter (where booked_on < previous)::int as earlier, min(balance)::int as lowest,
        (select count(*) from funding.fund_claims c join funding.funds f on f.id = c.fund_id where c.fund_id like 'regio-%' and not exists (
          select 1 from trajectories.fund_claim_cases k where k.covenant_id = f.covenant_id and k.case_code = c.case_code
            and k.landlord_id = c.claimant_party_id and k.negative_end_on = c.negative_end_on and c.submitted_on >= k.negative_end_on))::int as claims_without_case
      from l`);
    expect(row).toMatchObject({ funds: 40, earlier: 0, claims_without_case: 0 });
    expect(row.lowest).toBeGreaterThanOrEqual(0);
  });

  it('refuses to generate into a database that already holds national data', async () => {
    await expect(generateNational(test.url as string, { trajectories: 100 })).rejects.toThrow(/already holds national data/);
  });

  it('gives the same case codes for the same seed, however many trajectories', async () => {
    const again = await createTestDatabase();
    try {
      await generateNational(again.url as string, { trajectories: 1_000, visits: 0, seed: SEED });
      const codes = (url: string) => {
        const client = postgres(url, { max: 1, onnotice: () => {} });
        return client.unsafe<{ id: string; case_code: string }[]>(`select id::text, case_code from trajectories.trajectories where ${NATIONAL} order by id limit 1000`).finally(() => client.end());
      };
      const [first, second] = await Promise.all([codes(test.url as string), codes(again.url as string)]);
      expect(second).toHaveLength(1_000);
      expect(second).toEqual(first);
    } finally {
      await again.close();
    }
  });
});
