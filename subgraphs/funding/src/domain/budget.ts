// Yearly budget of a cost agreement in integer cents: a fixed amount, or rate × hours × units.
export interface BudgetTerms {
  amountCents: number | null;
  hourlyRateCents: number | null;
  hoursPerUnit: number | null;
  budgetUnits: number | null;
}

export function budgetCents(terms: BudgetTerms): number | null {
  if (terms.amountCents !== null) return terms.amountCents;
  if (terms.hourlyRateCents === null || terms.hoursPerUnit === null || terms.budgetUnits === null) return null;
  return terms.hourlyRateCents * terms.hoursPerUnit * terms.budgetUnits;
}
