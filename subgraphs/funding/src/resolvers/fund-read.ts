// Reading a fund: balance and history from the ledger, members with weights, rounds with who paid,
// claims and their summary. Every figure is computed from the ledger rows at read time.
import { addDays } from '@uitstroom/db/dates';
import type { FundLedgerRow } from '@uitstroom/db/queries/fund';
import type { FundRow } from '@uitstroom/db/queries/funding';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { currentStatus } from '../domain/claim-workflow.ts';
import { isMemberOn, weightOn } from '../domain/fund-membership.ts';
import { balanceHistory, fundBalanceOn } from '../domain/guarantee-fund.ts';
import { badInput } from '../fund/access.ts';
import { ledgerEntries, originalContributionsOf, paidOnByRound } from '../fund/state.ts';

const party = (id: string) => ({ __typename: 'Party', id });

function withThreshold(fund: FundRow, b: ReturnType<typeof fundBalanceOn>) {
  return { ...b, belowThreshold: b.balanceCents < fund.topUpThresholdCents };
}

function range(from: string | null | undefined, to: string | null | undefined, ledger: readonly FundLedgerRow[]) {
  const today = todayInNetherlands();
  const end = to ?? today;
  // By default from the day before the first booking, so the history starts at zero.
  const first = ledger[0]?.bookedOn;
  const start = from ?? (first === undefined ? end : addDays(first, -1));
  if (start > end) throw badInput(`from (${start}) is after to (${end})`);
  return { start, end };
}

export const FundRead = {
  chair: (f: FundRow) => (f.chairPartyId ? party(f.chairPartyId) : null),
  balance: async (f: FundRow, args: { on?: string | null }, { loaders }: Context) =>
    withThreshold(f, fundBalanceOn(ledgerEntries(await loaders.ledgerByFund.load(f.id)), args.on ?? todayInNetherlands())),
  balanceHistory: async (f: FundRow, args: { from?: string | null; to?: string | null }, { loaders }: Context) => {
    const ledger = await loaders.ledgerByFund.load(f.id);
    const { start, end } = range(args.from, args.to, ledger);
    return balanceHistory(ledgerEntries(ledger), start, end).map((b) => withThreshold(f, b));
  },
  ledger: async (f: FundRow, args: { from?: string | null; to?: string | null }, { loaders }: Context) => {
    const ledger = await loaders.ledgerByFund.load(f.id);
    const { start, end } = range(args.from, args.to, ledger);
    return ledger.filter((e) => e.bookedOn >= start && e.bookedOn <= end);
  },
  members: async (f: FundRow, args: { on?: string | null }, { loaders }: Context) => {
    const on = args.on ?? todayInNetherlands();
    const [members, weights, ledger, rounds] = await Promise.all([
      loaders.membersByFund.load(f.id),
      loaders.weightsByFund.load(f.id),
      loaders.ledgerByFund.load(f.id),
      loaders.roundsByFund.load(f.id),
    ]);
    const original = originalContributionsOf(ledger, rounds);
    const current = members.filter((m) => isMemberOn(m, on));
    const kinds = await Promise.all(current.map((m) => loaders.partyKind.load(m.partyId)));
    return current.map((m, i) => {
      const kind = kinds[i];
      const weight = weightOn(weights, m.partyId, on);
      const source = weights.filter((w) => w.partyId === m.partyId && w.validFrom <= on).at(-1)?.source ?? null;
      return { ...m, party: party(m.partyId), partyKind: kind?.kind ?? 'onbekend', weight, weightSource: weight === null ? null : source, originalContributionCents: original.get(m.partyId) ?? 0 };
    });
  },
  rounds: async (f: FundRow, args: { openOnly?: boolean | null }, { loaders }: Context) => {
    const rounds = await loaders.roundsByFund.load(f.id);
    if (!args.openOnly) return rounds;
    const [ledger, parts] = await Promise.all([loaders.ledgerByFund.load(f.id), Promise.all(rounds.map((r) => loaders.partsByRound.load(r.id)))]);
    const paid = paidOnByRound(ledger);
    return rounds.filter((r, i) => {
      return (parts[i] ?? []).some((p) => !paid.get(r.id)?.has(p.partyId));
    });
  },
  claims: async (f: FundRow, args: { status?: string | null }, { loaders }: Context) => {
    const claims = await loaders.claimsByFund.load(f.id);
    if (!args.status) return claims;
    const steps = await Promise.all(claims.map((c) => loaders.stepsByClaim.load(c.id)));
    return claims.filter((_, i) => {
      return currentStatus(steps[i] ?? []) === args.status;
    });
  },
  claimSummary: async (f: FundRow, _: unknown, { loaders }: Context) => {
    const claims = await loaders.claimsByFund.load(f.id);
    const [steps, lines] = await Promise.all([Promise.all(claims.map((c) => loaders.stepsByClaim.load(c.id))), Promise.all(claims.map((c) => loaders.linesByClaim.load(c.id)))]);
    const cells = new Map<string, { status: string; costType: string; claims: Set<string>; cents: number }>();
    claims.forEach((c, i) => {
      const status = currentStatus(steps[i] ?? []);
      for (const line of lines[i] ?? []) {
        const key = `${status}\u0000${line.costType}`;
        const cell = cells.get(key) ?? { status, costType: line.costType, claims: new Set<string>(), cents: 0 };
        cell.claims.add(c.id);
        cell.cents += line.cents;
        cells.set(key, cell);
      }
    });
    return [...cells.values()].map((c) => ({ status: c.status, costType: c.costType, claims: c.claims.size, cents: c.cents }));
  },
};
