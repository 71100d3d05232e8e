// The Woonkans Garantiefonds (art. 7, bijlage 3) as pure rules: what each party contributes, the
// balance that follows from the ledger (never stored, so it cannot drift), when a top-up round is
// due, which claims are allowed, and how a remainder is paid back on joint termination.
import { largestRemainder, type Part } from './cost-split.ts';

export interface ContributionRule {
  partyKind: string;
  /** The group pays this together, divided by the parties' weights (distribution key, housing stock). */
  groupTotalCents: number | null;
  /** Or each party of the kind pays this. */
  perPartyCents: number | null;
}

export interface FundMember {
  partyId: string;
  kind: string;
  /** Its weight in the group's key (e.g. homes owned); ignored for a fixed amount per party. */
  weight: number;
}

/** What every current member owes for one round (the first deposit, or a top-up round). */
export function contributions(rules: readonly ContributionRule[], members: readonly FundMember[]): Part[] {
  return rules.flatMap((rule) => {
    const group = members.filter((m) => m.kind === rule.partyKind);
    if (group.length === 0) return [];
    if (rule.perPartyCents !== null) return group.map((m) => ({ partyId: m.partyId, cents: rule.perPartyCents as number }));
    if (rule.groupTotalCents === null) throw new Error(`rule for ${rule.partyKind} has neither a group total nor an amount per party`);
    return largestRemainder(rule.groupTotalCents, group.map((m) => ({ partyId: m.partyId, weight: m.weight })));
  });
}

export type LedgerKind = 'bijdrage' | 'toekenning' | 'uitbetaling' | 'terugbetaling';

export interface LedgerEntry {
  on: string;
  kind: LedgerKind;
  partyId: string;
  /** Always positive; the kind says which way it goes. */
  cents: number;
}

/** Money held after every entry up to and including `on`: contributions in, payouts and refunds out (approvals move nothing). */
export function balanceOn(ledger: readonly LedgerEntry[], on: string): number {
  return fundBalanceOn(ledger, on).balanceCents;
}

export interface FundBalance {
  on: string;
  balanceCents: number;
  /** Approved claims not yet paid out. */
  reservedCents: number;
  availableCents: number;
}

const SIGN: Record<LedgerKind, { balance: number; reserved: number }> = {
  bijdrage: { balance: 1, reserved: 0 },
  toekenning: { balance: 0, reserved: 1 },
  uitbetaling: { balance: -1, reserved: -1 },
  terugbetaling: { balance: -1, reserved: 0 },
};

/** Balance, reserved and available on a day, from the ledger alone. */
export function fundBalanceOn(ledger: readonly LedgerEntry[], on: string): FundBalance {
  let balanceCents = 0;
  let reservedCents = 0;
  for (const e of ledger) {
    if (e.on > on) continue;
    balanceCents += SIGN[e.kind].balance * e.cents;
    reservedCents += SIGN[e.kind].reserved * e.cents;
  }
  return { on, balanceCents, reservedCents, availableCents: balanceCents - reservedCents };
}

/** The balance at `from`, after every day with a booking in between, and at `to`. */
export function balanceHistory(ledger: readonly LedgerEntry[], from: string, to: string): FundBalance[] {
  const days = new Set([from, ...ledger.map((e) => e.on).filter((d) => d > from && d < to), to]);
  return [...days].filter((d) => d <= to).sort().map((d) => fundBalanceOn(ledger, d));
}

/** Below the threshold (€25,000) every party is asked for its contribution again. */
export function topUpDue(balanceCents: number, thresholdCents: number): boolean {
  return balanceCents < thresholdCents;
}

export interface Claim {
  /** The trajectory ended negatively (eviction, or the client left) on this date; null when it did not. */
  negativeEndOn: string | null;
  depositCents: number;
  lines: { costType: string; cents: number }[];
  /** Serious negligence by a party excludes a claim (bijlage 3). */
  seriousNegligence: boolean;
}

/** Why a claim may not be granted (Dutch, naming the rule), or an empty list when it may. */
export function claimRefusals(claim: Claim, eligibleCostTypes: readonly string[]): string[] {
  const refusals: string[] = [];
  if (claim.negativeEndOn === null) refusals.push('Alleen na een negatief einde van het traject (huisuitzetting of vertrek van de cliënt) kan een claim worden ingediend (art. 7; bijlage 3).');
  for (const line of claim.lines) {
    if (!eligibleCostTypes.includes(line.costType)) refusals.push(`"${line.costType}" is geen kostensoort die gedeclareerd kan worden; wel: ${eligibleCostTypes.join(', ')} (bijlage 3 par. 2).`);
  }
  const total = claim.lines.reduce((s, l) => s + l.cents, 0);
  if (total <= claim.depositCents) refusals.push(`De claim (${euro(total)}) moet hoger zijn dan de borg (${euro(claim.depositCents)}) (bijlage 3).`);
  if (claim.seriousNegligence) refusals.push('Bij ernstige nalatigheid van een partij is een claim uitgesloten (bijlage 3).');
  return refusals;
}

/** What the fund pays on an approved claim: the costs above the deposit. */
export function payoutCents(claim: Pick<Claim, 'depositCents' | 'lines'>): number {
  return Math.max(0, claim.lines.reduce((s, l) => s + l.cents, 0) - claim.depositCents);
}

/**
 * On joint termination the remainder goes back pro rata the original contributions (the first
 * round's); parties that left earlier get nothing (they are not in `firstRound`'s current members).
 */
export function terminationRefunds(remainderCents: number, firstRound: readonly Part[]): Part[] {
  if (remainderCents <= 0) return firstRound.map((p) => ({ partyId: p.partyId, cents: 0 }));
  return largestRemainder(remainderCents, firstRound.map((p) => ({ partyId: p.partyId, weight: p.cents })));
}

export function euro(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
