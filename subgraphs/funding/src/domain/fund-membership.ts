// Who takes part in a fund on a day and with which weight; what each party originally put in.
// Art. 10.3 (Woonkans): a party leaves with two calendar months' notice and gets nothing back;
// one that joins takes part in the rounds raised from then on (its weight changes the shares).
import { contributions, type ContributionRule, type FundMember } from './guarantee-fund.ts';

export interface Membership {
  partyId: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface Weight {
  partyId: string;
  validFrom: string;
  weight: number;
}

/** Takes part on `on`: joined on or before it, and not yet left (the day of leaving is the first day out). */
export function isMemberOn(m: Membership, on: string): boolean {
  return m.joinedOn <= on && (m.leftOn === null || on < m.leftOn);
}

/** The weight that applies on `on`: the latest one valid from on or before it; null when none. */
export function weightOn(weights: readonly Weight[], partyId: string, on: string): number | null {
  let found: Weight | null = null;
  for (const w of weights) if (w.partyId === partyId && w.validFrom <= on && (found === null || w.validFrom > found.validFrom)) found = w;
  return found?.weight ?? null;
}

/** The day a party is out after giving notice on `noticeOn`: two calendar months later (31 Dec → 28/29 Feb). */
export function leaveDate(noticeOn: string): string {
  const [y, m, d] = noticeOn.split('-').map(Number) as [number, number, number];
  const month = m - 1 + 2;
  const year = y + Math.floor(month / 12);
  const monthIndex = month % 12;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * What every party taking part on `on` owes in a round raised that day. A group divided by a key
 * needs every member's weight: a missing one is named rather than guessed.
 */
export function roundParts(
  rules: readonly ContributionRule[],
  members: readonly (Membership & { kind: string })[],
  weights: readonly Weight[],
  on: string,
): { parts: { partyId: string; cents: number }[]; missingWeights: string[] } {
  const current = members.filter((m) => isMemberOn(m, on));
  const keyed = new Set(rules.filter((r) => r.perPartyCents === null).map((r) => r.partyKind));
  const missingWeights = current.filter((m) => keyed.has(m.kind) && weightOn(weights, m.partyId, on) === null).map((m) => m.partyId);
  if (missingWeights.length > 0) return { parts: [], missingWeights };
  const withWeights: FundMember[] = current.map((m) => ({ partyId: m.partyId, kind: m.kind, weight: weightOn(weights, m.partyId, on) ?? 0 }));
  const parts = contributions(rules, withWeights).filter((p) => p.cents > 0);
  return { parts, missingWeights: [] };
}

export interface PaidContribution {
  partyId: string;
  roundNumber: number;
  cents: number;
}

/** Each party's original contribution: what it paid in the first round it paid in (the deposit, or a joiner's first round). */
export function originalContributions(paid: readonly PaidContribution[]): Map<string, number> {
  const first = new Map<string, PaidContribution>();
  for (const p of paid) {
    const seen = first.get(p.partyId);
    if (!seen || p.roundNumber < seen.roundNumber) first.set(p.partyId, p);
  }
  return new Map([...first].map(([partyId, p]) => [partyId, p.cents]));
}
