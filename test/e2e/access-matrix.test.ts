// Who may see what, through the gateway with real tokens: every role (and organisations involved
// or not) against every kind of case-level record → allowed, narrowed or FORBIDDEN, as DOMAIN.md §5
// asks; and a refused look leaves an audit row with outcome DENIED that the beheerder can find.
import { getTrajectoryPagesByCovenantIds, type TrajectoryRow } from '@uitstroom/db/queries/trajectories';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type DemoClaims, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
let target: TrajectoryRow;
let outsider: string;

beforeAll(async () => {
  p = await startTestPlatform();
  const rows = await getTrajectoryPagesByCovenantIds(p.test.database.db, ['walcheren'], { limit: 500, offset: 0 });
  target = rows.find((t) => t.landlordId !== null) as TrajectoryRow;
  // A walcheren provider involved in none of... at least not in the target.
  outsider = (rows.map((t) => t.providerId).find((id) => id !== target.providerId) ?? 'pgz') as string;
}, 180_000);
afterAll(() => p?.close());

type Who = string | DemoClaims | null;
const medewerker = (org: string): DemoClaims => ({ id: `medewerker-${org}`, role: 'medewerker', org, covenants: ['walcheren'] });

async function ask<T>(who: Who, query: string, variables: Record<string, unknown> = {}) {
  const headers = who === null ? {} : await p.headersFor(who);
  const { body } = await p.graphql<T>(query, variables, headers);
  return { data: body.data, code: body.errors?.[0]?.extensions?.code as string | undefined, message: body.errors?.[0]?.message };
}

const LIST = '{ covenant(id: "walcheren") { trajectories(limit: 500) { caseCode provider { id } municipalityOfOrigin { id } municipalityOfPlacement { id } landlord { id } } } }';
type ListRow = { caseCode: string; provider: { id: string }; municipalityOfOrigin: { id: string }; municipalityOfPlacement: { id: string } | null; landlord: { id: string } | null };
const involves = (org: string) => (t: ListRow) => [t.provider.id, t.municipalityOfOrigin.id, t.municipalityOfPlacement?.id, t.landlord?.id].includes(org);

describe('a list of trajectories (case level)', () => {
  it.each(['werkgroep', 'bestuurder', 'analist'])('%s: FORBIDDEN (aggregates only)', async (who) => {
    const answer = await ask(who, LIST);
    expect(answer.code).toBe('FORBIDDEN');
    expect(answer.message).toMatch(/sees aggregates only/);
  });

  it('anonymous: UNAUTHENTICATED (sign in first), refused by the schema at the gateway', async () => {
    const answer = await ask(null, LIST);
    expect(answer.code).toBe('UNAUTHENTICATED');
    expect(answer.message).toBe('Query.covenant: sign in first');
  });

  it('the schema asks a second factor for case-level rows: a beheerder without one sees aggregates only', async () => {
    const single: DemoClaims = { id: 'beheerder-zonder-mfa', role: 'beheerder', amr: ['pwd'] };
    const answer = await ask(single, LIST);
    expect(answer.code).toBe('FORBIDDEN');
    expect(answer.message).toBe('Covenant.trajectories needs a sign-in with a second factor (policy tweede-factor): sign in again with two-factor authentication');
    const aggregate = await ask<{ covenant: { trajectoryCount: number } }>(single, '{ covenant(id: "walcheren") { trajectoryCount } }');
    expect(aggregate.data?.covenant.trajectoryCount).toBe(await countAll());
  });

  it('beheerder: every trajectory', async () => {
    const answer = await ask<{ covenant: { trajectories: ListRow[] } }>('beheerder', LIST);
    expect(answer.data?.covenant.trajectories.map((t) => t.caseCode)).toContain(target.caseCode);
    expect(answer.data?.covenant.trajectories.length).toBe(await countAll());
  });

  it.each([
    ['the provider', () => target.providerId],
    ['the gemeente of origin', () => target.originMunicipalityId],
    ['the landlord', () => target.landlordId as string],
  ])('a medewerker of %s: only the trajectories its organisation is involved in, this one among them', async (_, org) => {
    const answer = await ask<{ covenant: { trajectories: ListRow[] } }>(medewerker(org()), LIST);
    const rows = answer.data?.covenant.trajectories ?? [];
    expect(rows.map((t) => t.caseCode)).toContain(target.caseCode);
    expect(rows.every(involves(org()))).toBe(true);
    expect(rows.length).toBeLessThan(await countAll());
  });
});

async function countAll(): Promise<number> {
  return (await getTrajectoryPagesByCovenantIds(p.test.database.db, ['walcheren'], { limit: 500, offset: 0 })).length;
}

describe('one trajectory (case level)', () => {
  const ONE = 'query ($id: ID!) { trajectory(id: $id) { caseCode } }';

  it.each<[string, () => Who, 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED']>([
    ['beheerder', () => 'beheerder', 'allowed'],
    ['medewerker of the provider', () => medewerker(target.providerId), 'allowed'],
    ['medewerker of the landlord', () => medewerker(target.landlordId as string), 'allowed'],
    ['medewerker of another provider', () => medewerker(outsider), 'FORBIDDEN'],
    ['werkgroep', () => 'werkgroep', 'FORBIDDEN'],
    ['bestuurder', () => 'bestuurder', 'FORBIDDEN'],
    ['analist', () => 'analist', 'FORBIDDEN'],
    ['anonymous', () => null, 'UNAUTHENTICATED'],
  ])('%s → %s', async (_, who, expected) => {
    const answer = await ask<{ trajectory: { caseCode: string } | null }>(who(), ONE, { id: target.id });
    if (expected === 'allowed') expect(answer.data?.trajectory?.caseCode).toBe(target.caseCode);
    else expect(answer.code).toBe(expected);
  });
});

describe('household visits (case level)', () => {
  const VISITS = '{ covenant(id: "meppel-vzw") { householdVisits(from: "2025-01-01", to: "2026-12-31") { visitCode tenantOf { id } } } }';
  type Visits = { covenant: { householdVisits: { visitCode: string; tenantOf: { id: string } | null }[] } };

  it('beheerder and the gemeente that runs them: all; a corporation: its own tenants only; the werkgroep: FORBIDDEN', async () => {
    const all = (await ask<Visits>('beheerder', VISITS)).data?.covenant.householdVisits ?? [];
    expect(all.length).toBeGreaterThan(10);
    expect((await ask<Visits>('gemeente-meppel', VISITS)).data?.covenant.householdVisits).toHaveLength(all.length);
    const own = (await ask<Visits>('woonconcept', VISITS)).data?.covenant.householdVisits ?? [];
    expect(own.length).toBe(all.filter((v) => v.tenantOf?.id === 'woonconcept').length);
    expect(own.length).toBeGreaterThan(0);
    expect((await ask('werkgroep', VISITS)).code).toBe('FORBIDDEN');
  });
});

describe('the audit log', () => {
  const LOG = 'query ($c: String) { auditLog(caseCode: $c) { role user organisation { id } action subject caseCode outcome } }';
  type Log = { auditLog: { role: string; user: string | null; organisation: { id: string } | null; action: string; subject: string; caseCode: string | null; outcome: string }[] };

  it('records every look at a case, allowed and denied, and only the beheerder reads it', async () => {
    // A role without case-level rights is refused by the schema at the gateway, before any case is read.
    await ask(medewerker(outsider), 'query ($id: ID!) { trajectory(id: $id) { caseCode } }', { id: target.id });
    await ask(medewerker(target.providerId), 'query ($id: ID!) { trajectory(id: $id) { caseCode } }', { id: target.id });
    const log = (await ask<Log>('beheerder', LOG, { c: target.caseCode })).data?.auditLog ?? [];
    expect(log).toContainEqual({ role: 'medewerker', user: `Demo: medewerker-${outsider}`, organisation: { id: outsider }, action: 'read', subject: 'trajectory', caseCode: target.caseCode, outcome: 'DENIED' });
    expect(log).toContainEqual({ role: 'medewerker', user: `Demo: medewerker-${target.providerId}`, organisation: { id: target.providerId }, action: 'read', subject: 'trajectory', caseCode: target.caseCode, outcome: 'ALLOWED' });
    for (const who of ['werkgroep', 'analist', 'gemeente-meppel'] as const) expect((await ask(who, LOG, { c: target.caseCode })).code).toBe('FORBIDDEN');
    expect((await ask(null, LOG, { c: target.caseCode })).code).toBe('UNAUTHENTICATED');
  });
});

describe('covenant scope: figures only of the covenants in the token', () => {
  const woonkans: DemoClaims = { id: 'werkgroep-woonkans', role: 'werkgroep', org: 'gemeente-venlo', covenants: ['woonkans'] };
  const MONITOR = 'query ($c: ID!) { covenant(id: $c) { name outflow(from: "2025-01-01", to: "2025-12-31") { total { display } } } }';
  type Monitor = { covenant: { name: string; outflow: { total: { display: string } } | null } | null };

  it.each<[string, Who, string, 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED']>([
    ['werkgroep of woonkans, its own covenant', woonkans, 'woonkans', 'allowed'],
    ['werkgroep of woonkans, another covenant', woonkans, 'walcheren', 'FORBIDDEN'],
    ['bestuurder (all covenants in its token)', 'bestuurder', 'walcheren', 'allowed'],
    ['analist (platform-wide, suppressed)', 'analist', 'walcheren', 'allowed'],
    ['medewerker of Antares (woonkans), walcheren', 'antares', 'walcheren', 'FORBIDDEN'],
    ['anonymous', null, 'woonkans', 'UNAUTHENTICATED'],
  ])('%s → %s', async (_, who, covenant, expected) => {
    const answer = await ask<Monitor>(who, MONITOR, { c: covenant });
    if (expected === 'allowed') expect(answer.data?.covenant?.outflow?.total.display).toMatch(/\d/);
    else {
      expect(answer.code).toBe(expected);
      expect(answer.data?.covenant?.outflow ?? null).toBeNull();
    }
  });

  it('the covenant list shows a scoped viewer only its own; funds and targets of others are refused or left out', async () => {
    const list = await ask<{ covenants: { id: string }[] }>(woonkans, '{ covenants { id } }');
    expect(list.data?.covenants.map((c) => c.id)).toEqual(['woonkans']);
    expect((await ask<{ covenants: { id: string }[] }>('beheerder', '{ covenants { id } }')).data?.covenants.length).toBeGreaterThan(1);
    const targets = await ask<{ targets: { covenant: { id: string } }[] }>(woonkans, '{ targets { covenant { id } } }');
    expect(new Set(targets.data?.targets.map((t) => t.covenant.id))).toEqual(new Set(['woonkans']));
    const funds = await ask<{ covenant: { funds: { id: string }[] } | null }>('beheerder', '{ covenant(id: "woonkans") { funds { id } } }');
    const fundId = funds.data?.covenant?.funds[0]?.id as string;
    expect(fundId).toBeDefined();
    const foreign: DemoClaims = { id: 'werkgroep-walcheren', role: 'werkgroep', org: null, covenants: ['walcheren'] };
    expect((await ask(foreign, 'query ($id: ID!) { fund(id: $id) { name } }', { id: fundId })).code).toBe('FORBIDDEN');
    expect((await ask<{ fund: { name: string } }>(woonkans, 'query ($id: ID!) { fund(id: $id) { name } }', { id: fundId })).data?.fund.name).toBeTruthy();
  });
});

describe('underneath: the services connect without ownership or BYPASSRLS', () => {
  it.runIf(process.env.DATABASE_URL)('on PostgreSQL the platform’s connections are the login role uitstroom_app, a member of uitstroom_service', async () => {
    await ask('beheerder', '{ covenant(id: "walcheren") { trajectoryCount } }');
    const rows = await p.test.database.query<{ usename: string; member: boolean; super: boolean; bypass: boolean }>(sql`
      select distinct a.usename, pg_has_role(a.usename, 'uitstroom_service', 'member') as member, r.rolsuper as super, r.rolbypassrls as bypass
      from pg_stat_activity a join pg_roles r on r.rolname = a.usename
      where a.datname = current_database() and a.usename <> current_user`);
    expect(rows).toEqual([{ usename: 'uitstroom_app', member: true, super: false, bypass: false }]);
  });
});
