// Row-level security on the case-level tables (migration 0008_row_level_security, issue 6): what
// the catalogue says, and what a transaction of withClaims may see and write. The tests connect as
// a superuser, which bypasses RLS: counts taken outside withClaims are the oracle.
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_ROLE, withClaims, type Claims } from './claims.ts';
import { getAuditLog, purgeAudit, writeAudit } from './queries/audit.ts';
import type { Tx } from './queries/batches.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const CASE_TABLES = ['trajectories', 'trajectory_steps', 'trajectory_events', 'household_visits'];
const LANDLORD = 'destion';
const GEMEENTE = 'gemeente-nederweert';
const VISITS_COVENANT = 'meppel-vzw';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
});
afterAll(() => t?.close());

type Row = Record<string, unknown>;
const owner = <T extends Row>(statement: SQL) => t.database.query<T>(statement);

async function rows<T extends Row>(tx: Tx, statement: SQL): Promise<T[]> {
  const result = (await tx.execute(statement)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

function as<T>(claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withClaims(t.database.db, claims, fn);
}

class Rollback extends Error {}
/** Runs fn with these claims and rolls its writes back. */
async function tryOut(claims: Claims, fn: (tx: Tx) => Promise<void>): Promise<void> {
  await expect(
    as(claims, async (tx) => {
      await fn(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

/** The SQLSTATE of a failed statement (drizzle wraps the driver's error in `cause`). */
async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return 'no error';
}

interface Counts {
  trajectories: number;
  steps: number;
  events: number;
  visits: number;
}
const COUNTS = sql`select (select count(*) from trajectories.trajectories)::int as trajectories,
  (select count(*) from trajectories.trajectory_steps)::int as steps, (select count(*) from trajectories.trajectory_events)::int as events,
  (select count(*) from trajectories.household_visits)::int as visits`;
const countsAs = async (claims: Claims) => (await as(claims, (tx) => rows<Counts & Row>(tx, COUNTS)))[0];

/** Counted by the superuser: the trajectories where party is provider, gemeente of origin or placement, or landlord. */
async function involvedCounts(party: string): Promise<Omit<Counts, 'visits'>> {
  const [row] = await owner<Omit<Counts, 'visits'> & Row>(sql`
    with v as (select id from trajectories.trajectories where ${party} in (provider_id, origin_municipality_id, placement_municipality_id, landlord_id))
    select (select count(*) from v)::int as trajectories,
      (select count(*) from trajectories.trajectory_steps where trajectory_id in (select id from v))::int as steps,
      (select count(*) from trajectories.trajectory_events where trajectory_id in (select id from v))::int as events`);
  return row!;
}

describe('catalogue', () => {
  it('has RLS enabled and forced on every case-level table', async () => {
    const found = await owner<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(sql`
      select relname, relrowsecurity, relforcerowsecurity from pg_class
      where relnamespace = 'trajectories'::regnamespace and relname in ${CASE_TABLES} order by relname`);
    expect(found).toEqual([...CASE_TABLES].sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it('lists every table of schema trajectories with a case or visit code among the RLS tables', async () => {
    const withCodes = await owner<{ relname: string }>(sql`
      select distinct c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'trajectories'::regnamespace and c.relkind in ('r', 'p') and a.attname in ('case_code', 'visit_code') and not a.attisdropped`);
    expect(withCodes.length).toBeGreaterThan(0);
    for (const { relname } of withCodes) expect(CASE_TABLES).toContain(relname);
  });

  it('makes the service role neither superuser nor BYPASSRLS nor a login, and owner of nothing here', async () => {
    const [role] = await owner(sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${SERVICE_ROLE}`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const [owned] = await owner<{ n: number }>(sql`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relowner = ${SERVICE_ROLE}::regrole and n.nspname in ('parties', 'trajectories', 'funding', 'monitoring', 'audit')`);
    expect(owned?.n).toBe(0);
  });

  it('lets the service role only append to the audit log', async () => {
    const privileges = ['INSERT', 'SELECT', 'UPDATE', 'DELETE', 'TRUNCATE'];
    const [row] = await owner(sql`select ${sql.join(
      privileges.map((p) => sql`has_table_privilege(${SERVICE_ROLE}, 'audit.audit_log', ${p}) as ${sql.identifier(p.toLowerCase())}`),
      sql`, `,
    )}`);
    expect(row).toEqual({ insert: true, select: false, update: false, delete: false, truncate: false });
  });

  it('gives the service role no write through a view (views read the tables with their owner’s rights)', async () => {
    const writable = await owner(sql`
      select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('v', 'm') and n.nspname in ('parties', 'trajectories', 'funding', 'monitoring')
        and (has_table_privilege(${SERVICE_ROLE}, c.oid, 'INSERT') or has_table_privilege(${SERVICE_ROLE}, c.oid, 'UPDATE')
          or has_table_privilege(${SERVICE_ROLE}, c.oid, 'DELETE'))`);
    expect(writable).toEqual([]);
  });
});

describe('reading case rows with claims', () => {
  it('shows nothing without claims, or with scope none', async () => {
    expect(await countsAs({ scope: 'none' })).toEqual({ trajectories: 0, steps: 0, events: 0, visits: 0 });
    const bare = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${SERVICE_ROLE}, true)`);
      return rows(tx, COUNTS);
    });
    expect(bare).toEqual([{ trajectories: 0, steps: 0, events: 0, visits: 0 }]);
  });

  it('shows everything with scope all', async () => {
    const [all] = await owner<Counts & Row>(COUNTS);
    expect(all!.trajectories).toBeGreaterThan(0);
    expect(await countsAs({ scope: 'all' })).toEqual(all);
  });

  it.each([LANDLORD, GEMEENTE])('shows %s exactly the trajectories it is involved in, with their steps and events', async (party) => {
    const expected = await involvedCounts(party);
    const [all] = await owner<Counts & Row>(COUNTS);
    expect(expected.trajectories).toBeGreaterThan(0);
    expect(expected.trajectories).toBeLessThan(all!.trajectories);
    const seen = await countsAs({ scope: 'involved', partyId: party });
    expect({ trajectories: seen?.trajectories, steps: seen?.steps, events: seen?.events }).toEqual(expected);
  });

  it('shows the gemeente running the visits all of them, a corporation only its tenants’, others none', async () => {
    const visitsWhere = async (where: SQL) => (await owner<{ n: number }>(sql`select count(*)::int as n from trajectories.household_visits where ${where}`))[0]?.n;
    const whole = await visitsWhere(sql`covenant_id = ${VISITS_COVENANT}`);
    const tenants = await visitsWhere(sql`tenant_of_party_id = 'woonconcept'`);
    expect(tenants).toBeGreaterThan(0);
    expect(tenants).toBeLessThan(whole!);
    expect((await countsAs({ scope: 'involved', partyId: 'gemeente-meppel' }))?.visits).toBe(whole);
    expect((await countsAs({ scope: 'involved', partyId: 'woonconcept' }))?.visits).toBe(tenants);
    expect((await countsAs({ scope: 'involved', partyId: LANDLORD }))?.visits).toBe(0);
  });

  it('keeps the published views whole (their owner reads the tables), so aggregates need no claims', async () => {
    const [direct] = await owner<{ n: number }>(sql`select count(*)::int as n from trajectories.monitor_trajectories`);
    const [viaView] = await as({ scope: 'none' }, (tx) => rows<{ n: number }>(tx, sql`select count(*)::int as n from trajectories.monitor_trajectories`));
    expect(viaView?.n).toBe(direct?.n);
    expect(await sqlState(as({ scope: 'all' }, (tx) => tx.execute(sql`update trajectories.monitor_trajectories set landlord_id = null`)))).toBe('42501');
  });
});

/** A trajectory of party with this step (or without it), by id, and the step's date. */
async function trajectoryOf(party: string, step: string, has: boolean): Promise<string> {
  const [row] = await owner<{ id: string }>(sql`
    select t.id::text from trajectories.trajectories t where ${party} in (t.provider_id, t.origin_municipality_id, t.placement_municipality_id, t.landlord_id)
      and ${has ? sql`` : sql`not`} exists (select 1 from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = ${step})
    order by t.case_code limit 1`);
  if (!row) throw new Error(`no trajectory of ${party} ${has ? 'with' : 'without'} ${step}`);
  return row.id;
}

const milestones = async (id: string) =>
  (await owner<{ housed_on: string | null; closed_on: string | null }>(sql`
    select housed_on::text, closed_on::text from trajectories.trajectories where id = ${id}::uuid`))[0];

describe('writing case rows with claims', () => {
  // Written as literals: an INSERT … SELECT would read nothing under the claims of a stranger.
  const newTrajectory = (caseCode: string, landlord: string) => sql`
    insert into trajectories.trajectories (covenant_id, case_code, target_group, facility, provider_id, origin_municipality_id, age_category, landlord_id, source)
    values ('meppel-vzw', ${caseCode}, 'MO', 'RLS test', 'welzijn-mensenwerk', 'gemeente-meppel', '28-49', ${landlord}, 'invoer')`;

  it('refuses a trajectory the party is not involved in, and accepts one it is', async () => {
    const stranger = { scope: 'involved', partyId: 'woonconcept' } as const;
    expect(await sqlState(as(stranger, (tx) => tx.execute(newTrajectory('RLS-1', LANDLORD))))).toBe('42501');
    await tryOut(stranger, async (tx) => {
      // The new row is the stranger's own (as landlord), so it may write it.
      await tx.execute(newTrajectory('RLS-2', 'woonconcept'));
      const [row] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from trajectories.trajectories where case_code = 'RLS-2'`);
      expect(row?.n).toBe(1);
    });
    expect(await sqlState(as({ scope: 'none' }, (tx) => tx.execute(newTrajectory('RLS-3', LANDLORD))))).toBe('42501');
  });

  it('refuses a step of a trajectory the party cannot see, and changes nothing of it', async () => {
    const id = await trajectoryOf(LANDLORD, 'afgesloten', false);
    const other = { scope: 'involved', partyId: 'woonconcept' } as const;
    const insert = sql`insert into trajectories.trajectory_steps (trajectory_id, step, occurred_on) values (${id}::uuid, 'afgesloten', '2030-01-01')`;
    expect(await sqlState(as(other, (tx) => tx.execute(insert)))).toBe('42501');
    const updated = await as(other, (tx) => rows(tx, sql`update trajectories.trajectory_steps set occurred_on = '2030-01-01' where trajectory_id = ${id}::uuid returning 1`));
    expect(updated).toEqual([]);
  });

  it.each<Claims>([{ scope: 'involved', partyId: LANDLORD }, { scope: 'all' }])('keeps the milestones in step for writes with scope %o', async (claims) => {
    const housed = await trajectoryOf(LANDLORD, 'sleuteloverdracht', true);
    const open = await trajectoryOf(LANDLORD, 'afgesloten', false);
    const before = await milestones(housed);
    await tryOut(claims, async (tx) => {
      await tx.execute(sql`update trajectories.trajectory_steps set occurred_on = '2031-02-03' where trajectory_id = ${housed}::uuid and step = 'sleuteloverdracht'`);
      await tx.execute(sql`insert into trajectories.trajectory_steps (trajectory_id, step, occurred_on) values (${open}::uuid, 'afgesloten', '2031-04-05')`);
      const [a] = await rows<{ housed_on: string }>(tx, sql`select housed_on::text from trajectories.trajectories where id = ${housed}::uuid`);
      const [b] = await rows<{ closed_on: string }>(tx, sql`select closed_on::text from trajectories.trajectories where id = ${open}::uuid`);
      expect([a?.housed_on, b?.closed_on]).toEqual(['2031-02-03', '2031-04-05']);
      await tx.execute(sql`delete from trajectories.trajectory_steps where trajectory_id = ${housed}::uuid and step = 'sleuteloverdracht'`);
      const [c] = await rows<{ housed_on: string | null }>(tx, sql`select housed_on::text from trajectories.trajectories where id = ${housed}::uuid`);
      expect(c?.housed_on).toBeNull();
    });
    expect(await milestones(housed)).toEqual(before);
    // Committed as well, through the published view.
    await as(claims, (tx) => tx.execute(sql`update trajectories.trajectory_steps set occurred_on = occurred_on + 1 where trajectory_id = ${housed}::uuid and step = 'sleuteloverdracht'`));
    const [view] = await owner<{ housed_on: string }>(sql`select housed_on::text from trajectories.monitor_trajectories where trajectory_id = ${housed}::uuid`);
    const [step] = await owner<{ d: string }>(sql`select occurred_on::text as d from trajectories.trajectory_steps where trajectory_id = ${housed}::uuid and step = 'sleuteloverdracht'`);
    expect(view?.housed_on).toBe(step?.d);
  });
});

describe('the audit log for the service role', () => {
  const entry = { userName: 'RLS test', organisationId: LANDLORD, role: 'medewerker', action: 'read', subject: 'trajectory', caseCode: 'RLS-AUDIT', outcome: 'allowed' };

  it('takes inserts, and refuses reading, changing and emptying the table', async () => {
    await as({ scope: 'none' }, (tx) => writeAudit(tx, [entry]));
    for (const statement of [
      sql`select * from audit.audit_log`,
      sql`update audit.audit_log set detail = 'changed'`,
      sql`delete from audit.audit_log`,
      sql`truncate audit.audit_log`,
    ]) {
      expect(await sqlState(as({ scope: 'all' }, (tx) => tx.execute(statement)))).toBe('42501');
    }
    const [row] = await owner<{ n: number }>(sql`select count(*)::int as n from audit.audit_log where case_code = 'RLS-AUDIT' and detail is null`);
    expect(row?.n).toBe(1);
  });

  it('reads through getAuditLog, as the owner and as the service role, with the same rows and shape', async () => {
    await writeAudit(t.database.db, [{ ...entry, caseCode: 'RLS-READ', outcome: 'denied' }]);
    const filter = { caseCode: 'RLS-READ', limit: 10 };
    const direct = await getAuditLog(t.database.db, filter);
    expect(direct).toHaveLength(1);
    expect(direct[0]).toMatchObject({ caseCode: 'RLS-READ', outcome: 'denied', userName: 'RLS test', organisationId: LANDLORD, detail: null });
    expect(direct[0]?.at).toBeInstanceOf(Date);
    expect(typeof direct[0]?.id).toBe('number');
    expect(await as({ scope: 'none' }, (tx) => getAuditLog(tx, filter))).toEqual(direct);
    const today = new Date().toISOString().slice(0, 10);
    expect(await getAuditLog(t.database.db, { ...filter, from: today, to: today, outcome: 'denied' })).toHaveLength(1);
    expect(await getAuditLog(t.database.db, { ...filter, outcome: 'allowed' })).toEqual([]);
    expect(await getAuditLog(t.database.db, { ...filter, to: '2000-01-01' })).toEqual([]);
  });

  it('purges through purgeAudit as the service role, and refuses a period under a month', async () => {
    await owner(sql`insert into audit.audit_log (at, role, action, subject, case_code, outcome) values (now() - interval '14 months', 'beheerder', 'read', 'trajectory', 'RLS-OLD', 'allowed')`);
    expect(await as({ scope: 'none' }, (tx) => purgeAudit(tx, 12))).toBeGreaterThanOrEqual(1);
    expect(await getAuditLog(t.database.db, { caseCode: 'RLS-OLD', limit: 10 })).toEqual([]);
    expect(await getAuditLog(t.database.db, { caseCode: 'RLS-READ', limit: 10 })).toHaveLength(1);
    expect(await purgeAudit(t.database.db, 12)).toBe(0);
    expect(await sqlState(purgeAudit(t.database.db, 0))).toBe('22023');
  });
});
