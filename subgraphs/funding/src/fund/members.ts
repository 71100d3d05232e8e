// Who takes part in a fund (art. 10.3): joining, notice (two calendar months, nothing back), the
// weights of the keys, and joint termination (the remainder back pro rata the original contributions).
import type { Db } from '@uitstroom/db/client';
import type { Tx } from '@uitstroom/db/queries/batches';
import * as f from '@uitstroom/db/queries/fund';
import * as q from '@uitstroom/db/queries/funding';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { currentStatus } from '../domain/claim-workflow.ts';
import { isMemberOn, leaveDate } from '../domain/fund-membership.ts';
import { terminationRefunds } from '../domain/guarantee-fund.ts';
import { actorOf, badInput, requireFunction } from './access.ts';
import { dayOf, notBeforeLastBooking } from './days.ts';
import { balanceOf, lockedFund, originalContributionsOf, partyKinds, type FundState } from './state.ts';

async function asCashierOrBeheerder(db: Db, viewer: Viewer, fundId: string, what: string, work: (tx: Tx, state: FundState) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    const state = await lockedFund(tx, fundId);
    requireFunction(viewer, state.fund, what, 'kassier', 'beheerder');
    await work(tx, state);
  });
}

export function addMember(db: Db, viewer: Viewer, fundId: string, partyId: string, joinedOn: string) {
  return asCashierOrBeheerder(db, viewer, fundId, 'add a party to the fund', async (tx, state) => {
    dayOf(joinedOn);
    const existing = state.members.find((m) => m.partyId === partyId);
    if (existing) throw badInput(`party "${partyId}" already takes part since ${existing.joinedOn}${existing.leftOn ? ` (left ${existing.leftOn})` : ''}`);
    const [rules, covenantParties] = await Promise.all([q.getContributionRulesByFundIds(tx, [fundId]), q.getCovenantPartyKinds(tx, state.fund.covenantId)]);
    const kind = covenantParties.get(partyId);
    if (kind === undefined) throw badInput(`party "${partyId}" is not a party to covenant "${state.fund.covenantId}"`);
    if (!rules.some((r) => r.partyKind === kind)) throw badInput(`a ${kind} does not contribute to this fund; contributing kinds: ${rules.map((r) => r.partyKind).join(', ')}`);
    await f.insertMember(tx, { fundId, partyId, joinedOn });
  });
}

export function giveNotice(db: Db, viewer: Viewer, fundId: string, partyId: string, noticeOn: string) {
  return asCashierOrBeheerder(db, viewer, fundId, 'record a notice', async (tx, state) => {
    dayOf(noticeOn);
    const member = state.members.find((m) => m.partyId === partyId);
    if (!member || !isMemberOn(member, noticeOn)) throw badInput(`party "${partyId}" does not take part in the fund on ${noticeOn}`);
    if (member.noticeOn !== null) throw badInput(`party "${partyId}" already gave notice on ${member.noticeOn}`);
    await f.setMemberNotice(tx, fundId, partyId, noticeOn, leaveDate(noticeOn));
  });
}

export function setWeight(db: Db, viewer: Viewer, fundId: string, partyId: string, validFrom: string, weight: number, source: string) {
  return asCashierOrBeheerder(db, viewer, fundId, 'record a weight', async (tx, state) => {
    if (!Number.isSafeInteger(weight) || weight <= 0) throw badInput(`weight must be a whole number > 0 (homes owned, or the key in basis points), got ${weight}`);
    if (source.trim() === '') throw badInput('source must say where the weight comes from (e.g. the Module 2 key of a year, or a housing-stock count)');
    if (!state.members.some((m) => m.partyId === partyId)) throw badInput(`party "${partyId}" does not take part in fund "${fundId}"`);
    const [rules, kinds] = await Promise.all([q.getContributionRulesByFundIds(tx, [fundId]), partyKinds(tx, [partyId])]);
    const rule = rules.find((r) => r.partyKind === kinds.get(partyId));
    if (!rule || rule.perPartyCents !== null) throw badInput(`a ${kinds.get(partyId) ?? 'party'} pays a fixed amount; a weight applies only to a group divided by a key`);
    await f.upsertWeight(tx, { fundId, partyId, validFrom, weight, source: source.trim() });
  });
}

/** Joint termination: refunds to the parties taking part that day, pro rata what they originally put in. */
export function terminate(db: Db, viewer: Viewer, fundId: string, on: string) {
  return asCashierOrBeheerder(db, viewer, fundId, 'terminate the fund', async (tx, state) => {
    dayOf(on);
    notBeforeLastBooking(on, state.ledger);
    const claims = await f.getFundClaims(tx, [fundId]);
    const steps = await f.getClaimSteps(tx, claims.map((c) => c.id));
    const unsettled = claims.filter((c) => ['ingediend', 'besproken', 'goedgekeurd'].includes(currentStatus(steps.filter((s) => s.claimId === c.id))));
    if (unsettled.length > 0) throw badInput(`${unsettled.length} claim(s) are not settled (submitted, discussed or approved but unpaid); decide and pay them first`);
    const original = originalContributionsOf(state.ledger, state.rounds);
    const staying = state.members.filter((m) => isMemberOn(m, on) && (original.get(m.partyId) ?? 0) > 0);
    const { balanceCents } = balanceOf(state, on);
    if (balanceCents > 0 && staying.length === 0) throw badInput('no party taking part has an original contribution to divide the remainder by');
    const refunds = balanceCents > 0 ? terminationRefunds(balanceCents, staying.map((m) => ({ partyId: m.partyId, cents: original.get(m.partyId) ?? 0 }))) : [];
    const actor = actorOf(viewer);
    await f.insertLedger(tx, refunds.filter((r) => r.cents > 0).map((r) => ({ fundId, bookedOn: on, kind: 'terugbetaling' as const, partyId: r.partyId, cents: r.cents, ...actor })));
    await f.setFundTerminated(tx, fundId, on);
  });
}
