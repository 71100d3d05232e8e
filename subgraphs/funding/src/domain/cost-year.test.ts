import { describe, expect, it } from 'vitest';
import { agreementYear, partyTotals, rateFor, type AgreementTerms } from './cost-year.ts';

const shares = [
  { partyId: 'gemeente-meppel', basisPoints: 5000 },
  { partyId: 'woonconcept', basisPoints: 4500 },
  { partyId: 'actium', basisPoints: 500 },
];
const uitvoering: AgreementTerms = { id: 'uitvoering', costType: 'uitvoering', amountCents: null, hourlyRateCents: 6750, hoursPerUnit: 2, budgetUnits: 100, shares, indexations: [] };
const licentie: AgreementTerms = { id: 'licentie', costType: 'licentie', amountCents: 1_500_000, hourlyRateCents: null, hoursPerUnit: null, budgetUnits: null, shares, indexations: [] };
const visits = new Map<string | null, number>([['woonconcept', 70], ['actium', 10], [null, 40]]);
const byParty = (parts: { partyId: string; cents: number }[] | null) => Object.fromEntries((parts ?? []).map((p) => [p.partyId, p.cents]));

describe('a cost year', () => {
  it('budgets execution at 100 visits × 2 hours × €67.50 and charges the visits actually made', () => {
    const y = agreementYear(uitvoering, 2026, visits, 'gemeente-meppel');
    expect(y).toMatchObject({ hourlyRateCents: 6750, budgetCents: 1_350_000, actualUnits: 120, actualCents: 1_620_000 });
    expect(byParty(y.budgetParts)).toEqual({ 'gemeente-meppel': 675_000, woonconcept: 607_500, actium: 67_500 });
    expect(byParty(y.actualParts)).toEqual({ 'gemeente-meppel': 1_080_000, woonconcept: 472_500, actium: 67_500 });
  });

  it('uses the latest statutory indexation from that year or before', () => {
    const indexed = { ...uitvoering, indexations: [{ year: 2026, hourlyRateCents: 6953 }, { year: 2028, hourlyRateCents: 7200 }] };
    expect(rateFor(indexed, 2025)).toBe(6750);
    expect(rateFor(indexed, 2027)).toBe(6953);
    expect(agreementYear(indexed, 2027, visits, 'gemeente-meppel')).toMatchObject({ budgetCents: 1_390_600, actualCents: 120 * 13_906 });
  });

  it('charges a fixed amount as budgeted, and has no amount for training without one', () => {
    expect(agreementYear(licentie, 2026, visits, 'gemeente-meppel')).toMatchObject({ budgetCents: 1_500_000, actualCents: 1_500_000, actualUnits: null });
    const training = { ...licentie, id: 'training', costType: 'training' as const, amountCents: null };
    expect(agreementYear(training, 2026, visits, 'gemeente-meppel')).toMatchObject({ budgetCents: null, budgetParts: null, actualParts: null });
  });

  it('adds up per party over the agreements', () => {
    const years = [agreementYear(uitvoering, 2026, visits, 'gemeente-meppel'), agreementYear(licentie, 2026, visits, 'gemeente-meppel')];
    expect(partyTotals(years)).toEqual([
      { partyId: 'gemeente-meppel', budgetCents: 675_000 + 750_000, actualCents: 1_080_000 + 750_000 },
      { partyId: 'woonconcept', budgetCents: 607_500 + 675_000, actualCents: 472_500 + 675_000 },
      { partyId: 'actium', budgetCents: 67_500 + 75_000, actualCents: 67_500 + 75_000 },
    ]);
  });
});
