// Retention (5 years when not eligible, 15 when eligible, counted from closing) and the data
// subject's rights (export, erasure) on a database of our own: reference data only, plus the
// trajectories, Garantiefonds claims and audit rows below, against one fixed day.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../schema/audit.ts';
import { fundClaimLines, fundClaims, fundClaimSteps, fundLedger } from '../schema/funding.ts';
import { trajectories, trajectoryEvents, trajectorySteps } from '../schema/trajectories.ts';
import { createTestDatabase, staleMilestones, type TestDatabase } from '../testing.ts';
import { writeAudit } from './audit.ts';
import { ERASED_PREFIX, eraseCase, exportCase, purgeTrajectories, retentionDue } from './retention.ts';

const TODAY = '2031-06-15';
const FUND = 'woonkans-garantiefonds';
let t: TestDatabase;
const claimOf = new Map<string, string>();

async function addTrajectory(caseCode: string, eligible: boolean | null, closedOn: string | null, covenantId = 'woonkans'): Promise<string> {
  const db = t.database.db;
  const [row] = await db
    .insert(trajectories)
    .values({ covenantId, caseCode, eligible, targetGroup: 'MO', facility: 'Testvoorziening', providerId: 'vincent-van-gogh', originMunicipalityId: 'gemeente-venlo', ageCategory: '28-49', landlordId: 'woonik', source: 'invoer' })
    .returning({ id: trajectories.id });
  const id = row?.id as string;
  const steps: (typeof trajectorySteps.$inferInsert)[] = [
    { trajectoryId: id, step: 'aanmelding', occurredOn: '2005-01-10' },
    { trajectoryId: id, step: 'sleuteloverdracht', occurredOn: '2005-06-01' },
  ];
  if (closedOn) steps.push({ trajectoryId: id, step: 'afgesloten', occurredOn: closedOn });
  await db.insert(trajectorySteps).values(steps);
  await db.insert(trajectoryEvents).values([
    { trajectoryId: id, kind: 'negatief_einde', relapseKind: null, occurredOn: '2005-09-01' },
    { trajectoryId: id, kind: 'terugval', relapseKind: 'tijdelijk', occurredOn: '2005-08-01' },
  ]);
  return id;
}

/** A claim on the Woonkans fund with two lines, a step and an approval booking. */
async function addClaim(caseCode: string, submittedOn: string): Promise<string> {
  const db = t.database.db;
  const [claim] = await db.insert(fundClaims).values({ fundId: FUND, caseCode, claimantPartyId: 'woonik', submittedOn, negativeEndOn: '2005-09-01', depositCents: 60_000 }).returning();
  const id = claim?.id as string;
  await db.insert(fundClaimLines).values([
    { claimId: id, lineNo: 2, costType: 'mutatiekosten', cents: 50_000 },
    { claimId: id, lineNo: 1, costType: 'ontruimingskosten', cents: 120_000, description: 'ontruiming' },
  ]);
  await db.insert(fundClaimSteps).values({ claimId: id, status: 'ingediend', on: submittedOn, byRole: 'medewerker', byOrganisation: 'woonik' });
  await db.insert(fundLedger).values({ fundId: FUND, bookedOn: submittedOn, kind: 'toekenning', partyId: 'woonik', cents: 110_000, claimId: id, byRole: 'beheerder' });
  return id;
}

async function counts() {
  const [row] = await t.database.query<Record<string, unknown>>(sql`select
    (select count(*)::int from trajectories.trajectories) as trajectories, (select count(*)::int from trajectories.trajectory_steps) as steps,
    (select count(*)::int from trajectories.trajectory_events) as events, (select count(*)::int from funding.fund_ledger) as ledger,
    (select count(*)::int from funding.fund_claim_steps) as claim_steps, (select count(*)::int from funding.fund_claim_lines) as claim_lines,
    (select string_agg(case_code, ',' order by case_code) from funding.fund_claims) as claim_codes`);
  return row;
}

const caseCodes = (rows: { covenantId: string; caseCode: string }[]) => rows.map((r) => `${r.covenantId}/${r.caseCode}`);

beforeAll(async () => {
  t = await createTestDatabase();
  await addTrajectory('R5-DUE', false, '2026-06-15'); // purged on 2031-06-15: today
  await addTrajectory('R5-NOT', false, '2026-06-16'); // 2031-06-16: tomorrow
  await addTrajectory('R15-DUE', true, '2016-06-15');
  await addTrajectory('R15-NOT', true, '2016-06-16');
  await addTrajectory('NULL-DUE', null, '2016-06-15'); // unknown eligibility: 15 years
  await addTrajectory('NULL-NOT', null, '2020-01-01'); // due after 5 years, but not after 15
  await addTrajectory('LEAP', false, '2024-02-29'); // 2029-02-28
  await addTrajectory('OPEN', false, null);
  await addTrajectory('R5-NOT', false, '2020-01-01', 'noord-veluwe'); // same code, other covenant, due
  await addTrajectory('EXP-1', true, null);
  claimOf.set('R5-DUE', await addClaim('R5-DUE', '2006-01-10'));
  claimOf.set('R5-NOT', await addClaim('R5-NOT', '2006-01-11'));
  claimOf.set('EXP-1/b', await addClaim('EXP-1', '2006-03-01'));
  claimOf.set('EXP-1/a', await addClaim('EXP-1', '2006-02-01'));
  const who = { role: 'medewerker', userName: 'Test', organisationId: 'woonik', outcome: 'allowed' };
  await writeAudit(t.database.db, [
    { ...who, action: 'register', subject: 'trajectory', covenantId: 'woonkans', caseCode: 'EXP-1' },
    { ...who, action: 'read', subject: 'trajectory', covenantId: 'woonkans', caseCode: 'EXP-1' },
    { ...who, action: 'submit-claim', subject: 'fund-claim', covenantId: 'woonkans', caseCode: 'EXP-1' },
    // Not this case: a visit code that happens to be equal, and the same code in another covenant.
    { ...who, action: 'read', subject: 'household-visit', covenantId: 'woonkans', caseCode: 'EXP-1' },
    { ...who, action: 'read', subject: 'trajectory', covenantId: 'noord-veluwe', caseCode: 'EXP-1' },
  ]);
});
afterAll(() => t?.close());

describe('retentionDue', () => {
  it('is due on the day 5 (not eligible) or 15 years (eligible) after closing, not the day before', async () => {
    const due = await retentionDue(t.database.db, TODAY);
    expect(caseCodes(due)).toEqual(['noord-veluwe/R5-NOT', 'woonkans/LEAP', 'woonkans/NULL-DUE', 'woonkans/R15-DUE', 'woonkans/R5-DUE']);
    expect(due.find((d) => d.caseCode === 'R5-DUE')).toMatchObject({ closedOn: '2026-06-15', eligible: false, purgeOn: '2031-06-15', steps: 3, events: 2 });
    expect(due.find((d) => d.caseCode === 'R15-DUE')).toMatchObject({ closedOn: '2016-06-15', eligible: true, purgeOn: '2031-06-15' });
    expect(due.find((d) => d.caseCode === 'LEAP')?.purgeOn).toBe('2029-02-28');
    expect(caseCodes(await retentionDue(t.database.db, '2031-06-14'))).toEqual(['noord-veluwe/R5-NOT', 'woonkans/LEAP']);
    expect(caseCodes(await retentionDue(t.database.db, '2031-06-16'))).toEqual([
      'noord-veluwe/R5-NOT', 'woonkans/LEAP', 'woonkans/NULL-DUE', 'woonkans/R15-DUE', 'woonkans/R15-NOT', 'woonkans/R5-DUE', 'woonkans/R5-NOT',
    ]);
  });

  it('keeps a trajectory of unknown eligibility for 15 years', async () => {
    expect(caseCodes(await retentionDue(t.database.db, TODAY))).not.toContain('woonkans/NULL-NOT');
    const [row] = (await retentionDue(t.database.db, '2035-01-01')).filter((d) => d.caseCode === 'NULL-NOT');
    expect(row).toMatchObject({ eligible: null, closedOn: '2020-01-01', purgeOn: '2035-01-01' });
    expect((await retentionDue(t.database.db, '2034-12-31')).some((d) => d.caseCode === 'NULL-NOT')).toBe(false);
  });

  it('never holds an open trajectory', async () => {
    const due = await retentionDue(t.database.db, '2999-12-31');
    expect(due).toHaveLength(8);
    expect(due.map((d) => d.caseCode)).not.toContain('OPEN');
    expect(due.map((d) => d.caseCode)).not.toContain('EXP-1');
  });

  it('refuses a day that is not an ISO date', async () => {
    expect(() => retentionDue(t.database.db, '15-06-2031')).toThrow(/ISO date/);
  });
});

describe('purgeTrajectories', () => {
  it('changes nothing in a dry run and reports what a real run would remove', async () => {
    const before = await counts();
    const report = await t.database.db.transaction((tx) => purgeTrajectories(tx, TODAY, { dryRun: true }));
    expect(await counts()).toEqual(before);
    expect(report.dryRun).toBe(true);
    expect(report.today).toBe(TODAY);
    expect(report.trajectories).toHaveLength(5);
    expect(report.removed).toEqual({ trajectories: 5, steps: 15, events: 10, fundClaimsPseudonymised: 1 });
  });

  it('removes the due trajectories with their steps and events, and pseudonymises their claims', async () => {
    const before = await counts();
    const report = await t.database.db.transaction((tx) => purgeTrajectories(tx, TODAY, { dryRun: false }));
    expect(report.removed).toEqual({ trajectories: 5, steps: 15, events: 10, fundClaimsPseudonymised: 1 });
    const ids = report.trajectories.map((d) => d.id);
    expect(await t.database.db.select().from(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, ids))).toEqual([]);
    expect(await t.database.db.select().from(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, ids))).toEqual([]);
    const left = await t.database.db.select({ covenantId: trajectories.covenantId, caseCode: trajectories.caseCode }).from(trajectories).orderBy(trajectories.caseCode);
    expect(caseCodes(left)).toEqual(['woonkans/EXP-1', 'woonkans/NULL-NOT', 'woonkans/OPEN', 'woonkans/R15-NOT', 'woonkans/R5-NOT']);
    expect(await counts()).toMatchObject({ trajectories: 5, steps: 13, events: 10, ledger: before?.ledger, claim_steps: before?.claim_steps, claim_lines: before?.claim_lines });
    // The claim of the purged case keeps its money but loses the case code; the same code in
    // another covenant's purge leaves Woonkans's R5-NOT claim alone.
    const claims = await t.database.db.select({ id: fundClaims.id, caseCode: fundClaims.caseCode }).from(fundClaims);
    expect(claims.find((c) => c.id === claimOf.get('R5-DUE'))?.caseCode).toBe(`${ERASED_PREFIX}${claimOf.get('R5-DUE')}`);
    expect(claims.find((c) => c.id === claimOf.get('R5-NOT'))?.caseCode).toBe('R5-NOT');
    expect(await staleMilestones(t.database)).toEqual([]);
    expect(await retentionDue(t.database.db, TODAY)).toEqual([]);
  });
});

describe('exportCase', () => {
  it('holds the trajectory with steps and events, the claims with lines and steps, and the audit rows', async () => {
    const data = await exportCase(t.database.db, 'woonkans', 'EXP-1');
    expect(data.found).toBe(true);
    expect(data.trajectories).toHaveLength(1);
    expect(data.trajectories[0]).toMatchObject({ covenantId: 'woonkans', caseCode: 'EXP-1', eligible: true, housedOn: '2005-06-01' });
    expect(data.trajectories[0]?.steps.map((s) => s.step)).toEqual(['aanmelding', 'sleuteloverdracht']);
    expect(data.trajectories[0]?.events.map((e) => e.kind)).toEqual(['terugval', 'negatief_einde']);
    expect(data.fundClaims.map((c) => c.id)).toEqual([claimOf.get('EXP-1/a'), claimOf.get('EXP-1/b')]);
    expect(data.fundClaims[0]?.lines.map((l) => l.lineNo)).toEqual([1, 2]);
    expect(data.fundClaims[0]?.steps.map((s) => s.status)).toEqual(['ingediend']);
    expect(data.auditLog.map((a) => `${a.subject}/${a.action}`)).toEqual(['trajectory/register', 'trajectory/read', 'fund-claim/submit-claim']);
    expect(typeof data.auditLog[0]?.at).toBe('string');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(await exportCase(t.database.db, 'woonkans', 'EXP-1')).toEqual(data);
  });

  it('says found: false, with empty parts, for a case code it does not hold', async () => {
    expect(await exportCase(t.database.db, 'woonkans', 'NOBODY')).toEqual({ found: false, covenantId: 'woonkans', caseCode: 'NOBODY', trajectories: [], fundClaims: [], auditLog: [] });
  });
});

describe('eraseCase', () => {
  it('removes the trajectory, pseudonymises its claims and keeps the audit rows', async () => {
    const before = await counts();
    const result = await t.database.db.transaction((tx) => eraseCase(tx, 'woonkans', 'EXP-1'));
    expect(result).toEqual({ trajectories: 1, steps: 2, events: 2, fundClaimsPseudonymised: 2, auditRowsKept: 3 });
    const after = await exportCase(t.database.db, 'woonkans', 'EXP-1');
    expect(after).toMatchObject({ found: true, trajectories: [], fundClaims: [] });
    expect(after.auditLog).toHaveLength(3);
    expect(await counts()).toMatchObject({ trajectories: 4, steps: 11, events: 8, ledger: before?.ledger, claim_steps: before?.claim_steps, claim_lines: before?.claim_lines });
    const claimIds = [claimOf.get('EXP-1/a'), claimOf.get('EXP-1/b')] as string[];
    const claims = await t.database.db.select({ id: fundClaims.id, caseCode: fundClaims.caseCode }).from(fundClaims).where(inArray(fundClaims.id, claimIds));
    for (const c of claims) expect(c.caseCode).toBe(`${ERASED_PREFIX}${c.id}`);
    const [kept] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.caseCode, 'EXP-1')));
    expect(kept?.n).toBe(5);
    expect(await t.database.db.transaction((tx) => eraseCase(tx, 'woonkans', 'EXP-1'))).toEqual({ trajectories: 0, steps: 0, events: 0, fundClaimsPseudonymised: 0, auditRowsKept: 3 });
    expect(await staleMilestones(t.database)).toEqual([]);
  });
});
