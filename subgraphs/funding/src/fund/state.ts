// A fund as one booking decision sees it, read inside the transaction that holds the fund's lock.
import * as f from '@uitstroom/db/queries/fund';
import * as q from '@uitstroom/db/queries/funding';
import type { Tx } from '@uitstroom/db/queries/batches';
import type { Db } from '@uitstroom/db/client';
import { originalContributions } from '../domain/fund-membership.ts';
import { fundBalanceOn, type LedgerEntry } from '../domain/guarantee-fund.ts';
import { badInput, notFound } from './access.ts';

export type FundState = Awaited<ReturnType<typeof f.readFundState>> & { fund: q.FundRow };

/** Locks the fund and reads its ledger, rounds, members and weights; refuses a fund that has ended. */
export async function lockedFund(tx: Tx, fundId: string, options: { allowTerminated?: boolean } = {}): Promise<FundState> {
  const fund = await f.lockFund(tx, fundId);
  if (!fund) throw notFound(`fund "${fundId}"`);
  if (fund.terminatedOn !== null && !options.allowTerminated) throw badInput(`fund "${fundId}" ended on ${fund.terminatedOn}`);
  return { fund, ...(await f.readFundState(tx, fundId)) };
}

export function ledgerEntries(rows: readonly f.FundLedgerRow[]): LedgerEntry[] {
  return rows.map((r) => ({ on: r.bookedOn, kind: r.kind, partyId: r.partyId, cents: r.cents }));
}

export function balanceOf(state: Pick<FundState, 'ledger'>, on: string) {
  return fundBalanceOn(ledgerEntries(state.ledger), on);
}

/** Each party's original contribution (what it paid in the first round it paid in), from the ledger. */
export function originalContributionsOf(ledger: readonly f.FundLedgerRow[], rounds: readonly Pick<f.FundRoundRow, 'id' | 'number'>[]): Map<string, number> {
  const numbers = new Map(rounds.map((r) => [r.id, r.number]));
  return originalContributions(ledger.filter((e) => e.kind === 'bijdrage').map((e) => ({ partyId: e.partyId, roundNumber: numbers.get(e.roundId ?? '') ?? 0, cents: e.cents })));
}

/** The day each party paid its part of a round, from the ledger. */
export function paidOnByRound(ledger: readonly f.FundLedgerRow[]): Map<string, Map<string, string>> {
  const paid = new Map<string, Map<string, string>>();
  for (const e of ledger) {
    if (e.kind !== 'bijdrage' || e.roundId === null) continue;
    const round = paid.get(e.roundId) ?? new Map<string, string>();
    round.set(e.partyId, e.bookedOn);
    paid.set(e.roundId, round);
  }
  return paid;
}

/** The round in which some party has not yet paid; null when every round is complete. */
export function openRound(state: Pick<FundState, 'ledger' | 'rounds' | 'parts'>): f.FundRoundRow | null {
  const paid = paidOnByRound(state.ledger);
  return state.rounds.find((r) => state.parts.some((p) => p.roundId === r.id && !paid.get(r.id)?.has(p.partyId))) ?? null;
}

/** The kind (gemeente, woningcorporatie, zorgaanbieder, …) of each party, from the parties subgraph's published view. */
export function partyKinds(db: Db, partyIds: readonly string[]): Promise<Map<string, string>> {
  return q.getPartyKinds(db, partyIds);
}
