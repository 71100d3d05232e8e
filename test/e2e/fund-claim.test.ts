// A Garantiefonds claim from submission to payout through the gateway over real HTTP, each step
// by the organisation that holds the function, on the demo fund: the balance follows the ledger,
// and the payout that takes it below €25,000 raises a top-up round for every current party.
import * as f from '@uitstroom/db/queries/fund';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const FUND = 'woonkans-garantiefonds';
let KASSIER: Record<string, string>;
let VOORZITTER: Record<string, string>;
let WERKGROEP: Record<string, string>;

interface Round {
  id: string;
  number: number;
  kind: string;
  balanceAtRaiseCents: number;
  owedCents: number;
  parts: { party: { id: string; name: string }; owedCents: number; paidOn: string | null }[];
}
interface FundView {
  balance: { balanceCents: number; reservedCents: number; belowThreshold: boolean };
  rounds: Round[];
  members: { party: { id: string } }[];
  ledger: { kind: string; cents: number }[];
}

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
  [KASSIER, VOORZITTER, WERKGROEP] = await Promise.all([p.headersFor('kassier'), p.headersFor('voorzitter'), p.headersFor('werkgroep')]);
}, 180_000);
afterAll(() => p?.close());

async function call<T>(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await p.graphql<T>(query, variables, headers);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data as T;
}

async function fund(): Promise<FundView> {
  return (
    await call<{ fund: FundView }>(
      WERKGROEP,
      `{ fund(id: "${FUND}") {
        balance { balanceCents reservedCents belowThreshold }
        rounds(openOnly: true) { id number kind balanceAtRaiseCents owedCents parts { party { id name } owedCents paidOn } }
        members { party { id } }
        ledger { kind cents }
      } }`,
    )
  ).fund;
}

/** The balance as plain arithmetic over the ledger the API lists. */
const fromLedger = (ledger: FundView['ledger']) => ledger.reduce((s, e) => s + (e.kind === 'BIJDRAGE' ? e.cents : e.kind === 'TOEKENNING' ? 0 : -e.cents), 0);

describe('Garantiefonds claim through the gateway', () => {
  it('walks a claim from submission to payout and sees the balance and a top-up round change', async () => {
    const start = await fund();
    expect(start.balance.balanceCents).toBe(fromLedger(start.ledger));

    // The demo's open top-up round: the cashier collects the rest, so the round closes.
    for (const round of start.rounds) {
      for (const part of round.parts.filter((x) => x.paidOn === null)) {
        await call(KASSIER, `mutation ($r: ID!, $p: ID!) { recordFundContribution(roundId: $r, partyId: $p) { id } }`, { r: round.id, p: part.party.id });
      }
    }
    const collected = await fund();
    expect(collected.rounds).toEqual([]);
    const owedBefore = start.rounds.flatMap((r) => r.parts).filter((x) => x.paidOn === null).reduce((s, x) => s + x.owedCents, 0);
    expect(collected.balance.balanceCents).toBe(start.balance.balanceCents + owedBefore);

    // A trajectory that ended negatively and has no claim yet; its landlord claims.
    const claimed = new Set((await f.getFundClaims(p.test.database.db, [FUND])).map((c) => c.caseCode));
    const c = (await f.getClaimCases(p.test.database.db, 'woonkans')).find((x) => x.negativeEndOn >= '2024-04-15' && !claimed.has(x.caseCode));
    if (!c?.landlordId) throw new Error('the demo data has no unclaimed negatively ended trajectory');
    const landlord = await p.headersFor({ id: 'verhuurconsulent', role: 'medewerker', org: c.landlordId, covenants: ['woonkans'] });
    // Deposit €750.25; costs such that the payout leaves €24,999.99: one cent below the threshold.
    const payout = collected.balance.balanceCents - 2_499_999;
    const lines = [
      { costType: 'ontruimingskosten', cents: Math.floor(payout / 2) + 75_025 },
      { costType: 'achterstallige huur/huurderving', cents: payout - Math.floor(payout / 2) },
    ];
    const submitted = await call<{ submitFundClaim: { id: string; status: string; claimant: { name: string }; caseCode: string } }>(
      landlord,
      `mutation ($claim: FundClaimInput!) { submitFundClaim(claim: $claim) { id status claimant { name } caseCode } }`,
      { claim: { fundId: FUND, caseCode: c.caseCode, depositCents: 75_025, lines } },
    );
    expect(submitted.submitFundClaim).toMatchObject({ status: 'INGEDIEND', caseCode: c.caseCode, claimant: { name: expect.any(String) } });
    const id = submitted.submitFundClaim.id;

    await call(VOORZITTER, `mutation ($id: ID!) { recordFundClaimDiscussion(claimId: $id, note: "Besproken; evaluatie gedaan") { status } }`, { id });
    const approved = await call<{ approveFundClaim: { approvedCents: number } }>(VOORZITTER, `mutation ($id: ID!) { approveFundClaim(claimId: $id) { approvedCents } }`, { id });
    expect(approved.approveFundClaim.approvedCents).toBe(payout);
    const reserved = await fund();
    expect(reserved.balance).toMatchObject({ balanceCents: collected.balance.balanceCents, reservedCents: collected.balance.reservedCents + payout });

    // Paid by the cashier, not by the chair.
    const byChair = await p.graphql(`mutation ($id: ID!) { payFundClaim(claimId: $id) { status } }`, { id }, VOORZITTER);
    expect(byChair.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const paid = await call<{ payFundClaim: { status: string; steps: { status: string; recordedBy: { organisation: { name: string } | null; user: string | null } }[] } }>(
      KASSIER,
      `mutation ($id: ID!) { payFundClaim(claimId: $id) { status steps { status recordedBy { organisation { name } user } } } }`,
      { id },
    );
    expect(paid.payFundClaim.status).toBe('UITBETAALD');
    // Who: the user named in each token (the demo issuer names them "Demo: …").
    expect(paid.payFundClaim.steps.map((s) => [s.status, s.recordedBy.user])).toEqual([
      ['INGEDIEND', 'Demo: verhuurconsulent'],
      ['BESPROKEN', 'Demo: Voorzitter Woonkans-overleg (ketenregisseur ZVH)'],
      ['GOEDGEKEURD', 'Demo: Voorzitter Woonkans-overleg (ketenregisseur ZVH)'],
      ['UITBETAALD', 'Demo: Kassier Garantiefonds (MGR)'],
    ]);
    expect(paid.payFundClaim.steps[3]?.recordedBy.organisation?.name).toBe('Modulaire Gemeenschappelijke Regeling sociaal domein Limburg-Noord');

    const after = await fund();
    expect(after.balance.balanceCents).toBe(collected.balance.balanceCents - payout);
    expect(after.balance.balanceCents).toBe(fromLedger(after.ledger));
    expect(after.balance).toMatchObject({ balanceCents: 2_499_999, belowThreshold: true });
    // The top-up round every current party owes again: €50,000 + €50,000 + €1,000 per provider.
    expect(after.rounds).toHaveLength(1);
    const [round] = after.rounds as [Round];
    expect(round).toMatchObject({ kind: 'AANVULLING', number: (start.rounds[0]?.number ?? 1) + 1, balanceAtRaiseCents: 2_499_999, owedCents: 11_800_000 });
    expect(round.parts.map((x) => x.party.id).sort()).toEqual(after.members.map((m) => m.party.id).sort());
    expect(round.parts.every((x) => x.paidOn === null && x.party.name.length > 0)).toBe(true);
  });
});
