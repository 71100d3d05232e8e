// Splitting costs between parties to the cent. Every split uses the largest-remainder method: each
// party first gets its exact share rounded down to whole cents, then the cents still missing go one
// by one to the largest fractional parts (ties: the order the parties were given in). So the parts
// always sum exactly to the total, and no part is more than one cent from its exact share.
//
// VoorzieningenWijzer Meppel (art. 10.2): the budget (voorcalculatie) is split by the agreed shares
// (gemeente 50%, Woonconcept 45%, Actium 5%). In the nacalculatie for execution each corporation pays
// its share of the corporations' part (together 50%) only of the visits to its own tenants; the
// gemeente pays the rest. 120 visits (70 Woonconcept, 10 Actium, 40 other) at €135: €16,200 =
// Woonconcept €4,725 + Actium €675 + gemeente €10,800.

export interface Share {
  partyId: string;
  basisPoints: number;
}

export interface Part {
  partyId: string;
  cents: number;
}

function checkCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${what} must be whole cents >= 0, got ${String(value)}`);
}

/**
 * Parts proportional to `weights` (any non-negative integers) that sum exactly to `totalCents`.
 * Exact integer arithmetic: total × weight stays well inside 2^53 for amounts up to millions of euros.
 */
export function largestRemainder(totalCents: number, weights: readonly { partyId: string; weight: number }[]): Part[] {
  checkCents(totalCents, 'total');
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  if (sum <= 0) throw new Error('weights must not all be zero');
  const exact = weights.map((w, index) => {
    const numerator = totalCents * w.weight;
    return { partyId: w.partyId, index, cents: Math.floor(numerator / sum), remainder: numerator % sum };
  });
  let missing = totalCents - exact.reduce((s, p) => s + p.cents, 0);
  const order = [...exact].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const part of order) {
    if (missing === 0) break;
    part.cents += 1;
    missing -= 1;
  }
  return exact.map(({ partyId, cents }) => ({ partyId, cents }));
}

/** A budget split by the agreed shares (voorcalculatie). */
export function splitByShares(totalCents: number, shares: readonly Share[]): Part[] {
  const total = shares.reduce((s, x) => s + x.basisPoints, 0);
  if (total !== 10_000) throw new Error(`shares must sum to 10000 basis points, got ${total}`);
  return largestRemainder(totalCents, shares.map((s) => ({ partyId: s.partyId, weight: s.basisPoints })));
}

export interface ActualVisits {
  /** Visits per landlord party; visits to households renting from neither are under `null`. */
  byTenantOf: ReadonlyMap<string | null, number>;
  /** Cost of one visit in cents (hours per visit × the year's hourly rate). */
  visitCents: number;
}

/**
 * Nacalculatie of execution: each corporation pays the corporations' part (the sum of their shares,
 * 50%) of the cost of visits to its own tenants; the gemeente pays the rest. Parts in the order
 * gemeente, then the corporations as given.
 */
export function splitActualVisits(shares: readonly Share[], gemeenteId: string, actual: ActualVisits): { totalCents: number; units: number; parts: Part[] } {
  checkCents(actual.visitCents, 'visit cost');
  const units = [...actual.byTenantOf.values()].reduce((s, n) => s + n, 0);
  const totalCents = units * actual.visitCents;
  const corporations = shares.filter((s) => s.partyId !== gemeenteId);
  const corporationsTotal = corporations.reduce((s, c) => s + c.basisPoints, 0);
  // The corporations' part (together 50%) of the cost of each one's own tenants' visits, in
  // cents × 10,000 so that the basis points stay whole.
  const weights = corporations.map((c) => ({ partyId: c.partyId, weight: (actual.byTenantOf.get(c.partyId) ?? 0) * actual.visitCents * corporationsTotal }));
  const corporationWeight = weights.reduce((s, w) => s + w.weight, 0);
  const gemeenteWeight = totalCents * 10_000 - corporationWeight;
  if (totalCents === 0) return { totalCents, units, parts: [{ partyId: gemeenteId, cents: 0 }, ...corporations.map((c) => ({ partyId: c.partyId, cents: 0 }))] };
  const parts = largestRemainder(totalCents, [{ partyId: gemeenteId, weight: gemeenteWeight }, ...weights]);
  return { totalCents, units, parts };
}
