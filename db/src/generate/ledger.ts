// A region's Garantiefonds over the years, simulated day by day after Woonkans art. 7 and bijlage 3
// as the funding subgraph applies them: a first deposit round, claims after negative ends that are
// discussed, approved (booked as toekenning) or refused, and paid out only when the balance covers
// them; a top-up round as soon as a payout leaves the balance below the threshold. Bookings come in
// the order of their days, so the ledger never has a booking before an earlier one, and the
// balance never goes below zero.
import type { Random } from '../seed/random.ts';

export interface ContributionRule {
  partyKind: string;
  groupTotalCents: number | null;
  perPartyCents: number | null;
}

export interface FundPlan {
  fundId: string;
  cashierId: string;
  chairId: string;
  startDay: number;
  asOf: number;
  thresholdCents: number;
  rules: readonly ContributionRule[];
  members: readonly { partyId: string; kind: string; weight: number }[];
  eligibleCostTypes: readonly string[];
  /** Negative ends with a landlord in the fund's region; about a quarter become claims. */
  negativeEnds: readonly { caseCode: string; landlordId: string; day: number }[];
  roundId: (n: number) => string;
  claimId: (n: number) => string;
}

export interface Round { id: string; number: number; kind: 'inleg' | 'aanvulling'; day: number; balanceCents: number; reason: string }
export interface Claim { id: string; caseCode: string; claimantId: string; submittedDay: number; negativeEndDay: number; depositCents: number }
export interface ClaimLine { claimId: string; lineNo: number; costType: string; cents: number }
export type ClaimStatus = 'ingediend' | 'besproken' | 'goedgekeurd' | 'afgewezen' | 'uitbetaald';
export interface ClaimStep { claimId: string; status: ClaimStatus; day: number; note: string | null; refusalRule: string | null; by: string }
export type LedgerKind = 'bijdrage' | 'toekenning' | 'uitbetaling';
export interface Booking { day: number; kind: LedgerKind; partyId: string; cents: number; roundId: string | null; claimId: string | null; by: string }

export interface FundBooks {
  rounds: Round[];
  parts: { roundId: string; partyId: string; owedCents: number }[];
  claims: Claim[];
  claimLines: ClaimLine[];
  claimSteps: ClaimStep[];
  ledger: Booking[];
}

/** Splits a total by weight in whole cents: floors, then the largest remainders get a cent more. */
export function largestRemainder(totalCents: number, shares: readonly { partyId: string; weight: number }[]): { partyId: string; cents: number }[] {
  const sum = shares.reduce((s, p) => s + p.weight, 0);
  const exact = shares.map((p) => ({ partyId: p.partyId, cents: Math.floor((totalCents * p.weight) / sum), rest: (totalCents * p.weight) % sum }));
  let left = totalCents - exact.reduce((s, p) => s + p.cents, 0);
  for (const p of [...exact].sort((a, b) => b.rest - a.rest || a.partyId.localeCompare(b.partyId))) {
    if (left-- <= 0) break;
    p.cents++;
  }
  return exact.map(({ partyId, cents }) => ({ partyId, cents }));
}

function roundParts(plan: FundPlan): { partyId: string; owedCents: number }[] {
  return plan.rules.flatMap((rule) => {
    const group = plan.members.filter((m) => m.kind === rule.partyKind);
    if (group.length === 0) return [];
    if (rule.perPartyCents !== null) return group.map((m) => ({ partyId: m.partyId, owedCents: rule.perPartyCents as number }));
    return largestRemainder(rule.groupTotalCents ?? 0, group).map((p) => ({ partyId: p.partyId, owedCents: p.cents }));
  });
}

const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Actions by day; among one day, in the order they were planned. */
class Agenda {
  private items: { day: number; seq: number; run: (day: number) => void }[] = [];
  private seq = 0;

  at(day: number, run: (day: number) => void): void {
    const item = { day, seq: this.seq++, run };
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = this.items[mid] as { day: number; seq: number };
      if (other.day < day || (other.day === day && other.seq < item.seq)) low = mid + 1;
      else high = mid;
    }
    this.items.splice(low, 0, item);
  }

  /** Runs every action up to and including `until`, in order. */
  runUntil(until: number): void {
    for (let next = this.items.shift(); next !== undefined && next.day <= until; next = this.items.shift()) next.run(next.day);
  }
}

interface State {
  plan: FundPlan;
  random: Random;
  books: FundBooks;
  agenda: Agenda;
  balance: number;
  unpaidParts: number;
  claimsPlanned: number;
}

function raiseRound(state: State, day: number, reason: string): void {
  const { books, plan } = state;
  const number = books.rounds.length + 1;
  const round: Round = { id: plan.roundId(number), number, kind: number === 1 ? 'inleg' : 'aanvulling', day, balanceCents: state.balance, reason };
  books.rounds.push(round);
  for (const part of roundParts(plan)) {
    books.parts.push({ roundId: round.id, ...part });
    state.unpaidParts++;
    state.agenda.at(day + state.random.int(5, 60), (on) => {
      books.ledger.push({ day: on, kind: 'bijdrage', partyId: part.partyId, cents: part.owedCents, roundId: round.id, claimId: null, by: plan.cashierId });
      state.balance += part.owedCents;
      state.unpaidParts--;
    });
  }
}

function payOut(state: State, claim: Claim, approvedCents: number, day: number): void {
  const { books, plan } = state;
  if (state.balance < approvedCents) {
    state.agenda.at(day + 7, (on) => payOut(state, claim, approvedCents, on)); // wait for the open round
    return;
  }
  books.claimSteps.push({ claimId: claim.id, status: 'uitbetaald', day, note: null, refusalRule: null, by: plan.cashierId });
  books.ledger.push({ day, kind: 'uitbetaling', partyId: claim.claimantId, cents: approvedCents, roundId: null, claimId: claim.id, by: plan.cashierId });
  state.balance -= approvedCents;
  if (state.balance < plan.thresholdCents && state.unpaidParts === 0) {
    raiseRound(state, day, `Saldo ${euro(state.balance)} onder de drempel van ${euro(plan.thresholdCents)} na uitbetaling van een claim (art. 7.6; bijlage 3 par. 1)`);
  }
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const REFUSALS = [['ernstige_nalatigheid', 1], ['compensatie_niet_passend', 2], ['kosten_niet_onderbouwd', 3]] as const;

function decide(state: State, claim: Claim, claimedCents: number, day: number): void {
  const { books, plan, random } = state;
  if (random.chance(0.15)) {
    const rule = random.weighted(REFUSALS);
    books.claimSteps.push({ claimId: claim.id, status: 'afgewezen', day, note: 'Afgewezen door de voorzitter na bespreking in het regionaal overleg.', refusalRule: rule, by: plan.chairId });
    return;
  }
  const approved = claimedCents - claim.depositCents;
  books.claimSteps.push({ claimId: claim.id, status: 'goedgekeurd', day, note: null, refusalRule: null, by: plan.chairId });
  books.ledger.push({ day, kind: 'toekenning', partyId: claim.claimantId, cents: approved, roundId: null, claimId: claim.id, by: plan.chairId });
  state.agenda.at(day + random.int(5, 30), (on) => payOut(state, claim, approved, on));
}

function planClaim(state: State, end: FundPlan['negativeEnds'][number]): void {
  const { books, plan, random } = state;
  const claim: Claim = { id: plan.claimId(++state.claimsPlanned), caseCode: end.caseCode, claimantId: end.landlordId, submittedDay: end.day + random.int(14, 90), negativeEndDay: end.day, depositCents: random.int(400, 1200) * 100 };
  const types = shuffled(random, plan.eligibleCostTypes).slice(0, random.int(1, plan.eligibleCostTypes.length));
  const lines = types.map((costType, i) => ({ claimId: claim.id, lineNo: i + 1, costType, cents: random.int(300, 4000) * 100 }));
  const claimed = lines.reduce((s, l) => s + l.cents, 0);
  if (claimed <= claim.depositCents) (lines[0] as ClaimLine).cents += claim.depositCents - claimed + 10_000;
  const total = lines.reduce((s, l) => s + l.cents, 0);
  state.agenda.at(claim.submittedDay, (submitted) => {
    books.claims.push(claim);
    books.claimLines.push(...lines);
    books.claimSteps.push({ claimId: claim.id, status: 'ingediend', day: submitted, note: null, refusalRule: null, by: claim.claimantId });
    state.agenda.at(submitted + random.int(7, 30), (discussed) => {
      books.claimSteps.push({ claimId: claim.id, status: 'besproken', day: discussed, note: 'Besproken in het regionaal overleg; evaluatie na het negatieve einde uitgevoerd.', refusalRule: null, by: plan.chairId });
      state.agenda.at(discussed + random.int(0, 14), (on) => decide(state, claim, total, on));
    });
  });
}

/** The fund's books from its start up to and including asOf. */
export function simulateFund(plan: FundPlan, random: Random): FundBooks {
  const books: FundBooks = { rounds: [], parts: [], claims: [], claimLines: [], claimSteps: [], ledger: [] };
  const state: State = { plan, random, books, agenda: new Agenda(), balance: 0, unpaidParts: 0, claimsPlanned: 0 };
  state.agenda.at(plan.startDay, (day) => raiseRound(state, day, 'Eerste inleg (art. 7.2-7.5; bijlage 3 par. 1)'));
  for (const end of plan.negativeEnds) if (random.chance(0.25)) planClaim(state, end);
  state.agenda.runUntil(plan.asOf);
  return books;
}
