// Contribution rounds: the first deposit, and a top-up whenever the balance falls below the
// threshold (art. 7.6; bijlage 3 par. 1): every party taking part that day owes its contribution again.
import type { Db } from '@uitstroom/db/client';
import * as f from '@uitstroom/db/queries/fund';
import * as q from '@uitstroom/db/queries/funding';
import type { Tx } from '@uitstroom/db/queries/batches';
import { roundParts } from '../domain/fund-membership.ts';
import { euro, topUpDue } from '../domain/guarantee-fund.ts';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { actorOf, badInput, notFound, requireFunction } from './access.ts';
import { isUuid } from './ids.ts';
import { dayOf, notBeforeLastBooking } from './days.ts';
import { balanceOf, lockedFund, openRound, partyKinds, type FundState } from './state.ts';


/** Raises a round on `on` with what every current member owes then. */
export async function raiseRound(tx: Tx, state: FundState, on: string, reason: string, actor: f.ActorValues): Promise<f.FundRoundRow> {
  const [rules, kinds] = await Promise.all([q.getContributionRulesByFundIds(tx, [state.fund.id]), partyKinds(tx, state.members.map((m) => m.partyId))]);
  const members = state.members.map((m) => ({ ...m, kind: kinds.get(m.partyId) ?? 'onbekend' }));
  const { parts, missingWeights } = roundParts(rules, members, state.weights, on);
  if (missingWeights.length > 0) throw badInput(`no weight in the key on ${on} for ${missingWeights.join(', ')}: record them with setFundWeight before a round can be raised`, { missingWeights });
  if (parts.length === 0) throw badInput(`no party takes part in fund "${state.fund.id}" on ${on}`);
  const number = (state.rounds.at(-1)?.number ?? 0) + 1;
  const round = await f.insertRound(
    tx,
    { fundId: state.fund.id, number, kind: number === 1 ? 'inleg' : 'aanvulling', raisedOn: on, balanceAtRaiseCents: balanceOf(state, on).balanceCents, reason, ...actor },
    parts.map((p) => ({ partyId: p.partyId, owedCents: p.cents })),
  );
  state.rounds.push(round);
  state.parts.push(...parts.map((p) => ({ roundId: round.id, partyId: p.partyId, owedCents: p.cents })));
  return round;
}

/** Why a round may not be raised by hand now, or null: the first deposit, or a top-up below the threshold with none open. */
export function manualRoundProblem(state: FundState, on: string): string | null {
  if (state.rounds.length === 0) return null;
  const open = openRound(state);
  if (open) return `round ${open.number} (raised ${open.raisedOn}) is still open`;
  const { balanceCents } = balanceOf(state, on);
  if (!topUpDue(balanceCents, state.fund.topUpThresholdCents)) return `the balance on ${on} (${euro(balanceCents)}) is not below the threshold (${euro(state.fund.topUpThresholdCents)})`;
  return null;
}

/** After money went out: raises the top-up round the covenant asks for, unless one is open. */
export async function raiseTopUpIfDue(tx: Tx, state: FundState, on: string, why: string, actor: f.ActorValues): Promise<f.FundRoundRow | null> {
  const { balanceCents } = balanceOf(state, on);
  if (!topUpDue(balanceCents, state.fund.topUpThresholdCents) || openRound(state) !== null) return null;
  const reason = `Saldo ${euro(balanceCents)} onder de drempel van ${euro(state.fund.topUpThresholdCents)} na ${why} (art. 7.6; bijlage 3 par. 1)`;
  return raiseRound(tx, state, on, reason, actor);
}

/** Books a party's whole part of a round as paid on `on`. */
export async function recordContribution(tx: Tx, state: FundState, roundId: string, partyId: string, on: string, actor: f.ActorValues): Promise<void> {
  const round = state.rounds.find((r) => r.id === roundId);
  if (!round) throw badInput(`round "${roundId}" is not a round of fund "${state.fund.id}"`);
  const part = state.parts.find((p) => p.roundId === roundId && p.partyId === partyId);
  if (!part) throw badInput(`party "${partyId}" owes nothing in round ${round.number}`);
  if (state.ledger.some((e) => e.kind === 'bijdrage' && e.roundId === roundId && e.partyId === partyId)) throw badInput(`party "${partyId}" already paid its part of round ${round.number}`);
  if (on < round.raisedOn) throw badInput(`the day (${on}) is before round ${round.number} was raised (${round.raisedOn})`);
  await f.insertLedger(tx, [{ fundId: state.fund.id, bookedOn: on, kind: 'bijdrage', partyId, cents: part.owedCents, roundId, ...actor }]);
}

/** The cashier raises a round: the first deposit, or a top-up that is due and not yet raised. */
export function raiseRoundByHand(db: Db, viewer: Viewer, fundId: string, on: string | null | undefined, reason: string | null | undefined): Promise<string> {
  return db.transaction(async (tx) => {
    const state = await lockedFund(tx, fundId);
    requireFunction(viewer, state.fund, 'raise a contribution round', 'kassier', 'beheerder');
    const day = dayOf(on);
    notBeforeLastBooking(day, state.ledger);
    const problem = manualRoundProblem(state, day);
    if (problem) throw badInput(`no round can be raised: ${problem}`);
    const why = reason?.trim() || (state.rounds.length === 0 ? 'Eerste inleg (art. 7.2-7.5; bijlage 3 par. 1)' : `Saldo onder de drempel van ${euro(state.fund.topUpThresholdCents)} (art. 7.6)`);
    return (await raiseRound(tx, state, day, why, actorOf(viewer))).id;
  });
}

/** The cashier records that a party paid its part of a round. */
export function payRoundPart(db: Db, viewer: Viewer, roundId: string, partyId: string, on: string | null | undefined): Promise<string> {
  if (!isUuid(roundId)) throw notFound(`round "${roundId}"`);
  return db.transaction(async (tx) => {
    const [round] = await f.getFundRoundsByIds(tx, [roundId]);
    if (!round) throw notFound(`round "${roundId}"`);
    const state = await lockedFund(tx, round.fundId);
    requireFunction(viewer, state.fund, 'record a contribution', 'kassier');
    const day = dayOf(on);
    notBeforeLastBooking(day, state.ledger);
    await recordContribution(tx, state, roundId, partyId, day, actorOf(viewer));
    return roundId;
  });
}
