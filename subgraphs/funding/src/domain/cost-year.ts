// One year of a covenant's cost agreements: per agreement the rate after indexation, the budget and
// its split (voorcalculatie), and what the year actually cost and who pays it (nacalculatie).
import { budgetCents } from './budget.ts';
import { splitActualVisits, splitByShares, type Part, type Share } from './cost-split.ts';

export interface AgreementTerms {
  id: string;
  costType: 'licentie' | 'uitvoering' | 'training';
  amountCents: number | null;
  hourlyRateCents: number | null;
  hoursPerUnit: number | null;
  budgetUnits: number | null;
  shares: Share[];
  /** Hourly rate from a year on, after statutory indexation. */
  indexations: { year: number; hourlyRateCents: number }[];
}

export interface AgreementYear {
  agreementId: string;
  hourlyRateCents: number | null;
  budgetCents: number | null;
  budgetParts: Part[] | null;
  /** Visits counted for execution; null for agreements not paid per visit. */
  actualUnits: number | null;
  actualCents: number | null;
  actualParts: Part[] | null;
}

/** The rate for `year`: the latest indexation from that year or before, else the agreement's own. */
export function rateFor(terms: Pick<AgreementTerms, 'hourlyRateCents' | 'indexations'>, year: number): number | null {
  const applicable = terms.indexations.filter((i) => i.year <= year).sort((a, b) => b.year - a.year)[0];
  return applicable?.hourlyRateCents ?? terms.hourlyRateCents;
}

export function agreementYear(terms: AgreementTerms, year: number, visits: ReadonlyMap<string | null, number>, gemeenteId: string | null): AgreementYear {
  const rate = rateFor(terms, year);
  const budget = budgetCents({ ...terms, hourlyRateCents: rate });
  const budgetParts = budget === null ? null : splitByShares(budget, terms.shares);
  const perVisit = terms.costType === 'uitvoering' && rate !== null && terms.hoursPerUnit !== null ? rate * terms.hoursPerUnit : null;
  if (perVisit === null || gemeenteId === null) {
    // Fixed amounts cost what was budgeted; the split is the same.
    return { agreementId: terms.id, hourlyRateCents: rate, budgetCents: budget, budgetParts, actualUnits: null, actualCents: budget, actualParts: budgetParts };
  }
  const actual = splitActualVisits(terms.shares, gemeenteId, { byTenantOf: visits, visitCents: perVisit });
  return { agreementId: terms.id, hourlyRateCents: rate, budgetCents: budget, budgetParts, actualUnits: actual.units, actualCents: actual.totalCents, actualParts: actual.parts };
}

/** Per party: budget and actual over all agreements that have an amount. */
export function partyTotals(years: readonly AgreementYear[]): { partyId: string; budgetCents: number; actualCents: number }[] {
  const totals = new Map<string, { budgetCents: number; actualCents: number }>();
  const add = (parts: Part[] | null, field: 'budgetCents' | 'actualCents') => {
    for (const part of parts ?? []) {
      const entry = totals.get(part.partyId) ?? { budgetCents: 0, actualCents: 0 };
      entry[field] += part.cents;
      totals.set(part.partyId, entry);
    }
  };
  for (const y of years) {
    add(y.budgetParts, 'budgetCents');
    add(y.actualParts, 'actualCents');
  }
  return [...totals].map(([partyId, t]) => ({ partyId, ...t }));
}
