import { describe, expect, it } from 'vitest';
import { budgetCents } from './budget.ts';

describe('budgetCents', () => {
  it.each([
    // Meppel execution: 100 households × 2 hours × €67.50 = €13,500 (DOMAIN.md §3).
    { terms: { amountCents: null, hourlyRateCents: 6750, hoursPerUnit: 2, budgetUnits: 100 }, expected: 1_350_000 },
    { terms: { amountCents: 1_500_000, hourlyRateCents: null, hoursPerUnit: null, budgetUnits: null }, expected: 1_500_000 },
    { terms: { amountCents: null, hourlyRateCents: 6750, hoursPerUnit: null, budgetUnits: 100 }, expected: null },
  ])('$expected', ({ terms, expected }) => expect(budgetCents(terms)).toBe(expected));
});
