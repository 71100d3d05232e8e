// The Garantiefonds Woonkans through the funding subgraph on a real database: the first deposit by
// the key, claims refused by each rule, the workflow with who and when, a payout that raises a
// top-up round, joining and leaving, and joint termination. Amounts are checked against plain
// arithmetic, never against the code under test.
import { getAuditLog } from '@uitstroom/db/queries/audit';
import * as f from '@uitstroom/db/queries/fund';
import { woonkansCorporaties, woonkansGemeenten, woonkansZorgaanbieders } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

const FUND = 'woonkans-garantiefonds';
const beheerder: Viewer = { role: 'beheerder', organisationId: null, user: 'Test beheerder' };
const kassier: Viewer = { role: 'medewerker', organisationId: 'mgr-sociaal-domein-limburg-noord', user: 'Kassier', covenants: ['woonkans'] };
const voorzitter: Viewer = { role: 'medewerker', organisationId: 'zorg-en-veiligheidshuis-noord-limburg', user: 'Ketenregisseur', covenants: ['woonkans'] };
const werkgroep: Viewer = { role: 'werkgroep', organisationId: null, covenants: ['woonkans'] };
const corporation = (id: string): Viewer => ({ role: 'medewerker', organisationId: id, user: `Consulent ${id}`, covenants: ['woonkans'] });

let test: TestDatabase;
let server: ReturnType<typeof createServer>;
let cases: Awaited<ReturnType<typeof f.getClaimCases>>;

async function run<T = Record<string, unknown>>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}) {
  return execute<T>(server, query, variables, viewer);
}
async function ok<T = Record<string, unknown>>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await run<T>(viewer, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const BALANCE = `query ($on: Date) { fund(id: "${FUND}") { balance(on: $on) { balanceCents reservedCents availableCents belowThreshold } } }`;
async function balance(on: string) {
  return (await ok<{ fund: { balance: { balanceCents: number; reservedCents: number; availableCents: number; belowThreshold: boolean } } }>(werkgroep, BALANCE, { on })).fund.balance;
}

const SUBMIT = `mutation ($claim: FundClaimInput!) { submitFundClaim(claim: $claim) { id status claimedCents caseCode } }`;
const STEP = {
  discuss: `mutation ($id: ID!, $on: Date) { recordFundClaimDiscussion(claimId: $id, on: $on, note: "Besproken") { status } }`,
  approve: `mutation ($id: ID!, $on: Date) { approveFundClaim(claimId: $id, on: $on) { status approvedCents } }`,
  pay: `mutation ($id: ID!, $on: Date) { payFundClaim(claimId: $id, on: $on) { status } }`,
};

beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
  server = createServer(test.database);
  cases = (await f.getClaimCases(test.database.db, 'woonkans')).filter((c) => c.negativeEndOn >= '2024-04-15');
}, 120_000);
afterAll(() => test?.close());

describe('the first deposit (art. 7.2-7.5; bijlage 3 par. 1)', () => {
  const RAISE = `mutation ($on: Date) { raiseFundRound(fundId: "${FUND}", on: $on) { id number kind owedCents parts { party { id } owedCents paidOn } } }`;

  it('is refused while the key has no weights, naming the parties', async () => {
    const result = await run(kassier, RAISE, { on: '2024-05-01' });
    expect(result.errors?.[0]?.message).toMatch(/no weight in the key on 2024-05-01 for .*gemeente-beesel/);
    expect(result.errors?.[0]?.extensions?.missingWeights).toHaveLength(13 + 8);
  });

  it('only the cashier or beheerder records weights and raises rounds', async () => {
    const weight = `mutation { setFundWeight(fundId: "${FUND}", partyId: "antares", validFrom: "2024-04-15", weight: 10, source: "test") { weight } }`;
    expect((await run(werkgroep, weight)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(voorzitter, RAISE, { on: '2024-05-01' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const provider = `mutation { setFundWeight(fundId: "${FUND}", partyId: "pgz", validFrom: "2024-04-15", weight: 10, source: "test") { weight } }`;
    expect((await run(beheerder, provider)).errors?.[0]?.message).toMatch(/fixed amount/);
  });

  it('asks €118,000: gemeenten €50,000 by the key, corporations €50,000 by housing stock, €1,000 per provider', async () => {
    // Odd weights, so the key does not divide evenly.
    const weights = new Map<string, number>([...woonkansGemeenten.map((id, i) => [id, 7 + i * 3] as const), ...woonkansCorporaties.map((id, i) => [id, 1_001 + i * 997] as const)]);
    for (const [partyId, weight] of weights) {
      await ok(beheerder, `mutation ($p: ID!, $w: Int!) { setFundWeight(fundId: "${FUND}", partyId: $p, validFrom: "2024-04-15", weight: $w, source: "test") { weight } }`, { p: partyId, w: weight });
    }
    const round = (await ok<{ raiseFundRound: { id: string; number: number; kind: string; owedCents: number; parts: { party: { id: string }; owedCents: number; paidOn: string | null }[] } }>(kassier, RAISE, { on: '2024-05-01' })).raiseFundRound;
    expect(round).toMatchObject({ number: 1, kind: 'INLEG', owedCents: 11_800_000 });
    const owed = new Map(round.parts.map((p) => [p.party.id, p.owedCents]));
    for (const [group, total] of [[woonkansGemeenten, 5_000_000], [woonkansCorporaties, 5_000_000]] as const) {
      const sum = group.reduce((s, id) => s + (weights.get(id) ?? 0), 0);
      expect(group.reduce((s, id) => s + (owed.get(id) ?? 0), 0)).toBe(total);
      for (const id of group) expect(Math.abs((owed.get(id) ?? 0) - (total * (weights.get(id) ?? 0)) / sum)).toBeLessThan(1);
    }
    for (const id of woonkansZorgaanbieders) expect(owed.get(id)).toBe(100_000);
    // A second first deposit is not possible while this one is open.
    expect((await run(kassier, RAISE, { on: '2024-05-02' })).errors?.[0]?.message).toMatch(/round 1 .* is still open/);

    const PAY = `mutation ($r: ID!, $p: ID!, $on: Date) { recordFundContribution(roundId: $r, partyId: $p, on: $on) { paidCents open } }`;
    expect((await run(voorzitter, PAY, { r: round.id, p: 'antares', on: '2024-05-10' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [i, part] of round.parts.entries()) await ok(kassier, PAY, { r: round.id, p: part.party.id, on: i < 20 ? '2024-05-10' : '2024-05-20' });
    expect((await run(kassier, PAY, { r: round.id, p: 'antares', on: '2024-05-21' })).errors?.[0]?.message).toMatch(/already paid/);
    const first20 = round.parts.slice(0, 20).reduce((s, p) => s + p.owedCents, 0);
    expect((await balance('2024-05-09')).balanceCents).toBe(0);
    expect((await balance('2024-05-10')).balanceCents).toBe(first20);
    expect(await balance('2024-05-20')).toEqual({ balanceCents: 11_800_000, reservedCents: 0, availableCents: 11_800_000, belowThreshold: false });
  });
});

describe('claims are refused by the rule that refuses them (bijlage 3)', () => {
  const claim = (c: (typeof cases)[number], overrides: Record<string, unknown> = {}) => ({
    fundId: FUND,
    caseCode: c.caseCode,
    submittedOn: '2026-11-02',
    depositCents: 80_000,
    lines: [{ costType: 'ontruimingskosten', cents: 80_001 }],
    ...overrides,
  });

  it.each([
    { rule: 'no negative end', input: (c: (typeof cases)[number]) => claim(c, { caseCode: 'GEEN-NEGATIEF-EINDE' }), message: /Alleen na een negatief einde/ },
    { rule: 'not above the deposit', input: (c: (typeof cases)[number]) => claim(c, { lines: [{ costType: 'mutatiekosten', cents: 80_000 }] }), message: /moet hoger zijn dan de borg \(€\s800,00\)/ },
    { rule: 'cost type', input: (c: (typeof cases)[number]) => claim(c, { lines: [{ costType: 'verhuiskosten', cents: 90_000 }] }), message: /"verhuiskosten" is geen kostensoort/ },
    { rule: 'before the negative end', input: (c: (typeof cases)[number]) => claim(c, { submittedOn: c.negativeEndOn.replace(/^(\d{4})/, (y) => String(Number(y) - 1)) }), message: /vóór de negatieve beëindiging/ },
  ])('$rule', async ({ input, message }) => {
    const c = cases[0] as (typeof cases)[number];
    const result = await run(corporation(c.landlordId as string), SUBMIT, { claim: input(c) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions?.refusals as string[]).join(' ')).toMatch(message);
  });

  it('only the landlord of the home may claim, and only a corporation taking part', async () => {
    const c = cases[0] as (typeof cases)[number];
    const other = woonkansCorporaties.find((id) => id !== c.landlordId) as string;
    expect((await run(corporation(other), SUBMIT, { claim: claim(c) })).errors?.[0]?.message).toMatch(/Alleen de verhuurder van de woning \(/);
    expect((await run(corporation('gemeente-venlo'), SUBMIT, { claim: claim(c) })).errors?.[0]?.message).toMatch(/Alleen een woningcorporatie die deelneemt/);
    expect((await run(corporation(other), SUBMIT, { claim: claim(c, { claimantId: c.landlordId }) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad amounts before any rule, and keeps nothing of a refused claim', async () => {
    const c = cases[0] as (typeof cases)[number];
    const result = await run(corporation(c.landlordId as string), SUBMIT, { claim: claim(c, { depositCents: -1, lines: [{ costType: 'mutatiekosten', cents: 0 }] }) });
    expect(result.errors?.[0]?.message).toMatch(/depositCents must be whole cents >= 0.*line 1: cents must be whole cents > 0/);
    expect(await f.getFundClaims(test.database.db, [FUND])).toHaveLength(0);
  });
});

describe('a claim from submission to payout, with who and when', () => {
  it('follows ingediend → besproken → goedgekeurd → uitbetaald, each step by its function', async () => {
    const c = cases[1] as (typeof cases)[number];
    const landlord = corporation(c.landlordId as string);
    const lines = [
      { costType: 'ontruimingskosten', cents: 412_345 },
      { costType: 'achterstallige huur/huurderving', cents: 298_766 },
    ];
    const submitted = (await ok<{ submitFundClaim: { id: string; status: string; claimedCents: number; caseCode: string } }>(landlord, SUBMIT, { claim: { fundId: FUND, caseCode: c.caseCode, submittedOn: '2026-11-02', depositCents: 95_050, lines } })).submitFundClaim;
    expect(submitted).toMatchObject({ status: 'INGEDIEND', claimedCents: 711_111, caseCode: c.caseCode });
    const id = submitted.id;

    expect((await run(voorzitter, STEP.approve, { id, on: '2026-11-03' })).errors?.[0]?.message).toBe('the claim is ingediend; only a besproken claim can be approved');
    expect((await run(kassier, STEP.discuss, { id, on: '2026-11-03' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(voorzitter, STEP.discuss, { id, on: '2026-11-01' })).errors?.[0]?.message).toMatch(/before the claim was ingediend/);
    await ok(voorzitter, STEP.discuss, { id, on: '2026-11-03' });
    expect((await run(kassier, STEP.approve, { id, on: '2026-11-04' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = (await ok<{ approveFundClaim: { status: string; approvedCents: number } }>(voorzitter, STEP.approve, { id, on: '2026-11-04' })).approveFundClaim;
    // The fund pays the costs above the deposit: 7,111.11 − 950.50.
    expect(approved).toEqual({ status: 'GOEDGEKEURD', approvedCents: 616_061 });
    expect(await balance('2026-11-04')).toEqual({ balanceCents: 11_800_000, reservedCents: 616_061, availableCents: 11_800_000 - 616_061, belowThreshold: false });

    expect((await run(voorzitter, STEP.pay, { id, on: '2026-11-05' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(kassier, STEP.pay, { id, on: '2026-11-05' });
    expect(await balance('2026-11-05')).toEqual({ balanceCents: 11_800_000 - 616_061, reservedCents: 0, availableCents: 11_800_000 - 616_061, belowThreshold: false });
    expect((await run(kassier, STEP.pay, { id, on: '2026-11-06' })).errors?.[0]?.message).toBe('the claim is uitbetaald; only a goedgekeurd claim can be paid out');

    const steps = (await ok<{ fundClaim: { steps: { status: string; on: string; recordedBy: { organisation: { id: string } | null; role: string; user: string | null }; recordedAt: string }[] } }>(
      beheerder,
      `query ($id: ID!) { fundClaim(id: $id) { steps { status on recordedBy { organisation { id } role user } recordedAt } } }`,
      { id },
    )).fundClaim.steps;
    expect(steps.map((s) => [s.status, s.on, s.recordedBy.organisation?.id, s.recordedBy.user])).toEqual([
      ['INGEDIEND', '2026-11-02', c.landlordId, `Consulent ${c.landlordId}`],
      ['BESPROKEN', '2026-11-03', voorzitter.organisationId, 'Ketenregisseur'],
      ['GOEDGEKEURD', '2026-11-04', voorzitter.organisationId, 'Ketenregisseur'],
      ['UITBETAALD', '2026-11-05', kassier.organisationId, 'Kassier'],
    ]);
    expect(steps.every((s) => !Number.isNaN(Date.parse(s.recordedAt)))).toBe(true);
  });

  it('a refusal names its rule, and a refused claim cannot be paid', async () => {
    const c = cases[2] as (typeof cases)[number];
    const { id } = (await ok<{ submitFundClaim: { id: string } }>(corporation(c.landlordId as string), SUBMIT, { claim: { fundId: FUND, caseCode: c.caseCode, submittedOn: '2026-11-06', depositCents: 50_000, lines: [{ costType: 'mutatiekosten', cents: 250_000 }] } })).submitFundClaim;
    await ok(voorzitter, STEP.discuss, { id, on: '2026-11-06' });
    const refused = await ok<{ refuseFundClaim: { status: string; refusal: string } }>(voorzitter, `mutation ($id: ID!) { refuseFundClaim(claimId: $id, on: "2026-11-06", rule: ERNSTIGE_NALATIGHEID, note: "Signalen niet gedeeld.") { status refusal } }`, { id });
    expect(refused.refuseFundClaim.status).toBe('AFGEWEZEN');
    expect(refused.refuseFundClaim.refusal).toMatch(/^Ernstige nalatigheid .*\(bijlage 3 par\. 2\)\. Signalen niet gedeeld\.$/);
    expect((await run(kassier, STEP.pay, { id, on: '2026-11-06' })).errors?.[0]?.message).toMatch(/the claim is afgewezen/);
  });

  it('shows case codes only to those handling the claim; malformed ids are not found', async () => {
    const CLAIMS = `{ fund(id: "${FUND}") { claims { caseCode claimant { id } } } }`;
    const auditedBefore = (await getAuditLog(test.database.db, { limit: 1000 })).filter((e) => e.subject === 'fund-claim').length;
    expect((await ok<{ fund: { claims: { caseCode: string | null }[] } }>(werkgroep, CLAIMS)).fund.claims.every((x) => x.caseCode === null)).toBe(true);
    expect((await getAuditLog(test.database.db, { limit: 1000 })).filter((e) => e.subject === 'fund-claim')).toHaveLength(auditedBefore);
    const shown = (await ok<{ fund: { claims: { caseCode: string | null }[] } }>(kassier, CLAIMS)).fund.claims;
    expect(shown.every((x) => x.caseCode !== null)).toBe(true);
    // Every case code shown to the cashier is an audited read.
    const audited = (await getAuditLog(test.database.db, { organisationId: kassier.organisationId, limit: 1000 })).filter((e) => e.subject === 'fund-claim');
    expect(audited.map((e) => e.caseCode).sort()).toEqual(shown.map((x) => x.caseCode).sort());
    expect(audited.every((e) => e.outcome === 'allowed' && e.action === 'read' && e.userName === 'Kassier' && e.covenantId === 'woonkans')).toBe(true);
    expect((await ok<{ fundClaim: null }>(werkgroep, `{ fundClaim(id: "nope") { id } }`)).fundClaim).toBeNull();
    expect((await run(voorzitter, STEP.discuss, { id: "x'; drop table" })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the ledger cannot drift', () => {
  it('refuses updates and deletes of bookings and steps', async () => {
    const appendOnly = { cause: { message: expect.stringMatching(/is append-only: (UPDATE|DELETE) refused/) } };
    await expect(test.database.db.execute(sql`update funding.fund_ledger set cents = 1`)).rejects.toMatchObject(appendOnly);
    await expect(test.database.db.execute(sql`delete from funding.fund_claim_steps`)).rejects.toMatchObject(appendOnly);
  });

  it('refuses a booking dated before the last one, or in the future', async () => {
    const c = cases[3] as (typeof cases)[number];
    const { id } = (await ok<{ submitFundClaim: { id: string } }>(corporation(c.landlordId as string), SUBMIT, { claim: { fundId: FUND, caseCode: c.caseCode, submittedOn: '2026-11-06', depositCents: 10_000, lines: [{ costType: 'mutatiekosten', cents: 20_000 }] } })).submitFundClaim;
    await ok(voorzitter, STEP.discuss, { id, on: '2026-11-06' });
    expect((await run(voorzitter, STEP.approve, { id, on: '2026-11-05' })).errors?.[0]?.message).toMatch(/before the claim was besproken/);
    await ok(voorzitter, STEP.approve, { id, on: '2026-11-07' });
    expect((await run(kassier, STEP.pay, { id, on: '2099-01-01' })).errors?.[0]?.message).toMatch(/is in the future/);
    await ok(kassier, STEP.pay, { id, on: '2026-11-07' });
  });
});

describe('a payout below €25,000 raises a top-up round; joining, leaving and termination (art. 7.6, 10.3)', () => {
  const ROUNDS = `{ fund(id: "${FUND}") { rounds(openOnly: true) { id number kind raisedOn balanceAtRaiseCents owedCents paidCents open parts { party { id } owedCents paidOn } } } }`;
  type Round = { id: string; number: number; kind: string; raisedOn: string; balanceAtRaiseCents: number; owedCents: number; paidCents: number; parts: { party: { id: string }; owedCents: number; paidOn: string | null }[] };

  it('a party giving notice leaves two calendar months later; a new corporation joins', async () => {
    const notice = await ok<{ giveFundNotice: { noticeOn: string; leftOn: string } }>(kassier, `mutation { giveFundNotice(fundId: "${FUND}", partyId: "woonwenz", noticeOn: "2026-08-31") { noticeOn leftOn } }`);
    expect(notice.giveFundNotice).toEqual({ noticeOn: '2026-08-31', leftOn: '2026-10-31' });
    await test.database.db.execute(sql`insert into parties.parties (id, name, kind, description) values ('test-corporatie', 'Testcorporatie', 'woningcorporatie', 'test')`);
    await test.database.db.execute(sql`insert into parties.memberships (covenant_id, party_id, role) values ('woonkans', 'test-corporatie', 'partner')`);
    expect((await run(kassier, `mutation { addFundMember(fundId: "${FUND}", partyId: "mgr-sociaal-domein-limburg-noord", joinedOn: "2026-11-01") { joinedOn } }`)).errors?.[0]?.message).toMatch(/does not contribute to this fund/);
    expect((await run(kassier, `mutation { addFundMember(fundId: "${FUND}", partyId: "antares", joinedOn: "2026-11-01") { joinedOn } }`)).errors?.[0]?.message).toMatch(/already takes part since 2024-04-15/);
    await ok(kassier, `mutation { addFundMember(fundId: "${FUND}", partyId: "test-corporatie", joinedOn: "2026-11-01") { joinedOn } }`);
    await ok(kassier, `mutation { setFundWeight(fundId: "${FUND}", partyId: "test-corporatie", validFrom: "2026-11-01", weight: 4321, source: "test") { weight } }`);
    const members = (await ok<{ fund: { members: { party: { id: string } }[] } }>(werkgroep, `{ fund(id: "${FUND}") { members(on: "2026-11-08") { party { id } } } }`)).fund.members.map((m) => m.party.id);
    expect(members).toContain('test-corporatie');
    expect(members).not.toContain('woonwenz');
    expect(members).toHaveLength(39);
  });

  it('raises a top-up round in the payout that takes the balance below €25,000; only current parties owe', async () => {
    const before = (await balance('2026-11-08')).balanceCents;
    const c = cases[4] as (typeof cases)[number];
    const claimed = before - 2_500_000 + 100 + 100_000; // payout = claimed − deposit: one euro below the threshold after it
    const { id } = (await ok<{ submitFundClaim: { id: string } }>(corporation(c.landlordId as string), SUBMIT, { claim: { fundId: FUND, caseCode: c.caseCode, submittedOn: '2026-11-08', depositCents: 100_000, lines: [{ costType: 'ontruimingskosten', cents: claimed }] } })).submitFundClaim;
    await ok(voorzitter, STEP.discuss, { id, on: '2026-11-08' });
    await ok(voorzitter, STEP.approve, { id, on: '2026-11-09' });
    expect((await ok<{ fund: { rounds: Round[] } }>(werkgroep, ROUNDS)).fund.rounds).toEqual([]);
    await ok(kassier, STEP.pay, { id, on: '2026-11-10' });
    expect(await balance('2026-11-10')).toMatchObject({ balanceCents: 2_499_900, belowThreshold: true });

    const [round] = (await ok<{ fund: { rounds: Round[] } }>(werkgroep, ROUNDS)).fund.rounds as [Round];
    expect(round).toMatchObject({ number: 2, kind: 'AANVULLING', raisedOn: '2026-11-10', balanceAtRaiseCents: 2_499_900, owedCents: 11_800_000, paidCents: 0 });
    const owed = new Map(round.parts.map((p) => [p.party.id, p.owedCents]));
    expect(owed.has('woonwenz')).toBe(false);
    const corporations = [...woonkansCorporaties.filter((x) => x !== 'woonwenz'), 'test-corporatie'];
    expect(corporations.reduce((s, x) => s + (owed.get(x) ?? 0), 0)).toBe(5_000_000);
    expect(round.parts).toHaveLength(39);

    expect((await run(kassier, `mutation { raiseFundRound(fundId: "${FUND}", on: "2026-11-11") { id } }`)).errors?.[0]?.message).toMatch(/round 2 .* is still open/);
    for (const partyId of ['test-corporatie', 'gemeente-venlo', 'pgz']) {
      await ok(kassier, `mutation ($r: ID!, $p: ID!) { recordFundContribution(roundId: $r, partyId: $p, on: "2026-11-12") { paidCents } }`, { r: round.id, p: partyId });
    }
    const after = (await ok<{ fund: { rounds: Round[] } }>(werkgroep, ROUNDS)).fund.rounds[0] as Round;
    const paid = (owed.get('test-corporatie') ?? 0) + (owed.get('gemeente-venlo') ?? 0) + 100_000;
    expect(after.paidCents).toBe(paid);
    expect(after.parts.filter((p) => p.paidOn !== null).map((p) => p.party.id).sort()).toEqual(['gemeente-venlo', 'pgz', 'test-corporatie']);
    expect((await balance('2026-11-12')).balanceCents).toBe(2_499_900 + paid);
  });

  it('joint termination pays the remainder back pro rata the original contributions; a party that left gets nothing', async () => {
    const remainder = (await balance('2026-11-20')).balanceCents;
    const originals = new Map<string, number>();
    const ledger = await f.getFundLedger(test.database.db, [FUND]);
    const rounds = await f.getFundRounds(test.database.db, [FUND]);
    const numberOf = new Map(rounds.map((r) => [r.id, r.number]));
    for (const e of [...ledger].filter((x) => x.kind === 'bijdrage').sort((a, b) => (numberOf.get(a.roundId ?? '') ?? 0) - (numberOf.get(b.roundId ?? '') ?? 0))) {
      if (!originals.has(e.partyId)) originals.set(e.partyId, e.cents);
    }
    originals.delete('woonwenz');
    const sum = [...originals.values()].reduce((s, v) => s + v, 0);

    expect((await run(werkgroep, `mutation { terminateFund(fundId: "${FUND}", on: "2026-11-20") { terminatedOn } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok<{ terminateFund: { terminatedOn: string } }>(kassier, `mutation { terminateFund(fundId: "${FUND}", on: "2026-11-20") { terminatedOn } }`)).terminateFund.terminatedOn).toBe('2026-11-20');

    const refunds = (await f.getFundLedger(test.database.db, [FUND])).filter((e) => e.kind === 'terugbetaling');
    expect(refunds.reduce((s, e) => s + e.cents, 0)).toBe(remainder);
    expect(refunds.some((e) => e.partyId === 'woonwenz')).toBe(false);
    for (const e of refunds) expect(Math.abs(e.cents - (remainder * (originals.get(e.partyId) ?? 0)) / sum)).toBeLessThan(1);
    expect((await balance('2026-11-20')).balanceCents).toBe(0);
    const c = cases[5] as (typeof cases)[number];
    expect((await run(corporation(c.landlordId as string), SUBMIT, { claim: { fundId: FUND, caseCode: c.caseCode, depositCents: 0, lines: [{ costType: 'mutatiekosten', cents: 1 }] } })).errors?.[0]?.message).toMatch(/ended on 2026-11-20/);
  });
});
