// Garantiefonds claims through their workflow (art. 7.7-7.8; bijlage 3). Every step is written in
// one transaction with its booking, with who took it and when; the fund's row is locked first.
import type { Db } from '@uitstroom/db/client';
import type { Tx } from '@uitstroom/db/queries/batches';
import * as f from '@uitstroom/db/queries/fund';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { REFUSAL_TEXT, stepProblem, type ClaimStatus, type RefusalRule } from '../domain/claim-workflow.ts';
import { isMemberOn } from '../domain/fund-membership.ts';
import { claimRefusals, payoutCents } from '../domain/guarantee-fund.ts';
import { actorOf, badInput, notFound, requireFunction } from './access.ts';
import { dayOf, notBeforeLastBooking } from './days.ts';
import { isUuid } from './ids.ts';
import { raiseTopUpIfDue } from './rounds.ts';
import { balanceOf, lockedFund, partyKinds, type FundState } from './state.ts';

export interface ClaimInput {
  fundId: string;
  caseCode: string;
  claimantId?: string | null;
  submittedOn?: string | null;
  depositCents: number;
  lines: { costType: string; cents: number; description?: string | null }[];
}

/**
 * Cost lines a claim may have (schema: FundClaimInput.lines). The standard form has a handful of cost
 * types (four eligible in Woonkans), a line per cost; 50 leaves ample room. Checked before anything
 * else: 100,000 lines overflowed the stack in the ORM's insert, an internal error for bad input.
 */
export const MAX_CLAIM_LINES = 50;

function checkAmounts(input: ClaimInput): void {
  if (input.lines.length > MAX_CLAIM_LINES) throw badInput(`a claim has at most ${MAX_CLAIM_LINES} cost lines, got ${input.lines.length}`);
  const problems: string[] = [];
  if (!Number.isSafeInteger(input.depositCents) || input.depositCents < 0) problems.push(`depositCents must be whole cents >= 0, got ${input.depositCents}`);
  if (input.lines.length === 0) problems.push('a claim needs at least one cost line');
  input.lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.cents) || l.cents <= 0) problems.push(`line ${i + 1}: cents must be whole cents > 0, got ${l.cents}`);
  });
  if (input.caseCode.trim() === '') problems.push('caseCode must not be empty');
  if (problems.length > 0) throw badInput(problems.join('; '), { problems });
}

/** The rules of art. 7 and bijlage 3 that refuse this claim (Dutch, naming the rule). */
async function ruleRefusals(db: Db | Tx, state: FundState, input: ClaimInput, claimantId: string, submittedOn: string) {
  const found = await f.getClaimCase(db, state.fund.covenantId, input.caseCode.trim());
  const refusals = claimRefusals(
    { negativeEndOn: found?.negativeEndOn ?? null, depositCents: input.depositCents, lines: input.lines, seriousNegligence: false },
    state.fund.eligibleCostTypes,
  );
  const kinds = await partyKinds(db, [claimantId]);
  const member = state.members.find((m) => m.partyId === claimantId);
  if (kinds.get(claimantId) !== 'woningcorporatie' || !member || !isMemberOn(member, submittedOn)) {
    refusals.push(`Alleen een woningcorporatie die deelneemt aan het fonds kan een aanvraag indienen; "${claimantId}" doet dat niet op ${submittedOn} (bijlage 3 par. 3).`);
  } else if (found && found.landlordId !== claimantId) {
    refusals.push(`Alleen de verhuurder van de woning (${found.landlordId ?? 'onbekend'}) kan voor dit traject een aanvraag indienen (bijlage 3 par. 3).`);
  }
  if (found && submittedOn < found.negativeEndOn) refusals.push(`De aanvraag (${submittedOn}) kan niet vóór de negatieve beëindiging (${found.negativeEndOn}) worden ingediend (bijlage 3 par. 2).`);
  return { refusals, negativeEndOn: found?.negativeEndOn ?? null };
}

export async function submitClaim(db: Db, viewer: Viewer, input: ClaimInput): Promise<string> {
  checkAmounts(input);
  return db.transaction(async (tx) => {
    const state = await lockedFund(tx, input.fundId);
    const claimantId = input.claimantId ?? viewer.organisationId;
    if (viewer.role !== 'beheerder' && (viewer.role === 'anoniem' || claimantId === null || claimantId !== viewer.organisationId)) {
      throw badInput('a claim is submitted by the corporation itself (the viewer\'s organisation) or by the beheerder on its behalf', { code: 'FORBIDDEN' });
    }
    if (claimantId === null) throw badInput('claimantId is needed when the viewer has no organisation');
    const submittedOn = dayOf(input.submittedOn);
    const { refusals, negativeEndOn } = await ruleRefusals(tx, state, input, claimantId, submittedOn);
    if (refusals.length > 0 || negativeEndOn === null) throw badInput(`claim refused: ${refusals.join(' ')}`, { refusals });
    const claim = await f.insertClaim(
      tx,
      { fundId: state.fund.id, caseCode: input.caseCode.trim(), claimantPartyId: claimantId, submittedOn, negativeEndOn, depositCents: input.depositCents },
      input.lines.map((l, i) => ({ lineNo: i + 1, costType: l.costType, cents: l.cents, description: l.description?.trim() || null })),
    );
    await f.insertClaimStep(tx, { claimId: claim.id, status: 'ingediend', on: submittedOn, ...actorOf(viewer) });
    return claim.id;
  });
}

type Step = { to: Exclude<ClaimStatus, 'ingediend'>; on?: string | null; note?: string | null };

/** Takes one step: checks who, the order and the day, then writes the step and its booking together. */
async function takeStep(
  db: Db,
  viewer: Viewer,
  claimId: string,
  step: Step,
  extra: (tx: Tx, state: FundState, claim: NonNullable<Awaited<ReturnType<typeof f.lockClaim>>>, on: string) => Promise<{ refusalRule?: RefusalRule }>,
): Promise<string> {
  if (!isUuid(claimId)) throw notFound(`claim "${claimId}"`);
  return db.transaction(async (tx) => {
    const claimed = await f.getFundClaimsByIds(tx, [claimId]);
    const fundId = claimed[0]?.fundId;
    if (!fundId) throw notFound(`claim "${claimId}"`);
    const state = await lockedFund(tx, fundId);
    const claim = await f.lockClaim(tx, claimId);
    if (!claim) throw notFound(`claim "${claimId}"`);
    const what = { besproken: 'record the discussion of a claim', goedgekeurd: 'approve a claim', afgewezen: 'refuse a claim', uitbetaald: 'pay out a claim' }[step.to];
    requireFunction(viewer, state.fund, what, ...(step.to === 'uitbetaald' ? (['kassier'] as const) : (['voorzitter'] as const)));
    const on = dayOf(step.on);
    const problem = stepProblem(claim.steps, step.to, on);
    if (problem) throw badInput(problem);
    const { refusalRule } = await extra(tx, state, claim, on);
    await f.insertClaimStep(tx, { claimId, status: step.to, on, note: step.note?.trim() || null, refusalRule: refusalRule ?? null, ...actorOf(viewer) });
    return claimId;
  });
}

export function discussClaim(db: Db, viewer: Viewer, claimId: string, on: string | null | undefined, note: string) {
  if (note.trim() === '') throw badInput('note must say what the Woonkans-overleg concluded (the evaluation after a negative end)');
  return takeStep(db, viewer, claimId, { to: 'besproken', on, note }, async () => ({}));
}

export function approveClaim(db: Db, viewer: Viewer, claimId: string, on: string | null | undefined, approvedCents: number | null | undefined, note: string | null | undefined) {
  return takeStep(db, viewer, claimId, { to: 'goedgekeurd', on, note }, async (tx, state, { claim, lines }, day) => {
    const claimed = lines.reduce((s, l) => s + l.cents, 0);
    const cents = approvedCents ?? payoutCents({ depositCents: claim.depositCents, lines });
    if (!Number.isSafeInteger(cents) || cents <= 0 || cents > claimed) throw badInput(`approvedCents must be whole cents between 1 and the claimed ${claimed}, got ${cents}`);
    notBeforeLastBooking(day, state.ledger);
    await f.insertLedger(tx, [{ fundId: state.fund.id, bookedOn: day, kind: 'toekenning', partyId: claim.claimantPartyId, cents, claimId, ...actorOf(viewer) }]);
    return {};
  });
}

export function refuseClaim(db: Db, viewer: Viewer, claimId: string, on: string | null | undefined, rule: RefusalRule, note: string) {
  if (note.trim() === '') throw badInput('note must explain the refusal to the claimant');
  return takeStep(db, viewer, claimId, { to: 'afgewezen', on, note: `${REFUSAL_TEXT[rule]} ${note.trim()}` }, async () => ({ refusalRule: rule }));
}

export function payClaim(db: Db, viewer: Viewer, claimId: string, on: string | null | undefined) {
  return takeStep(db, viewer, claimId, { to: 'uitbetaald', on }, async (tx, state, { claim }, day) => {
    const approved = state.ledger.find((e) => e.kind === 'toekenning' && e.claimId === claimId);
    if (!approved) throw badInput(`claim "${claimId}" has no approved amount`);
    notBeforeLastBooking(day, state.ledger);
    const { balanceCents } = balanceOf(state, day);
    if (balanceCents < approved.cents) throw badInput(`the balance on ${day} (${balanceCents} cents) does not cover the payout (${approved.cents} cents); collect the open top-up round first`);
    const actor = actorOf(viewer);
    const payout = { fundId: state.fund.id, bookedOn: day, kind: 'uitbetaling' as const, partyId: claim.claimantPartyId, cents: approved.cents, claimId, ...actor };
    await f.insertLedger(tx, [payout]);
    state.ledger.push({ ...payout, id: Number.MAX_SAFE_INTEGER, roundId: null, recordedAt: new Date() });
    await raiseTopUpIfDue(tx, state, day, `uitbetaling van een claim`, actor);
    return {};
  });
}
