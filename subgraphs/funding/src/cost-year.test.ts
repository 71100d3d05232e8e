// Covenant.costYear on the demo data: Meppel 2026, budget and nacalculatie per party, checked
// against plain arithmetic on the generated visits (DOMAIN.md §3).
import { generateDemoVisits } from '@uitstroom/db/seed';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

interface Part {
  party: { id: string };
  cents: number;
  ownTenantVisits: number | null;
}
interface CostYear {
  visits: number;
  agreements: { agreement: { id: string }; budgetCents: number | null; actualUnits: number | null; actualCents: number | null; actualParts: Part[] | null }[];
  parties: { party: { id: string }; budgetCents: number; actualCents: number }[];
}

const QUERY = `query ($year: Int!) { _entities(representations: [{ __typename: "Covenant", id: "meppel-vzw" }]) { ... on Covenant { costYear(year: $year) {
  visits agreements { agreement { id } budgetCents actualUnits actualCents actualParts { party { id } cents ownTenantVisits } }
  parties { party { id } budgetCents actualCents } } } } }`;

async function costYear(year: number): Promise<CostYear> {
  const result = await execute<{ _entities: { costYear: CostYear }[] }>(createServer(test.database), QUERY, { year }, { role: 'werkgroep', organisationId: null, covenants: ['meppel-vzw'] });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0]?.costYear as CostYear;
}

describe('Meppel cost year', () => {
  it('charges the visits of 2026: each corporation half of its own tenants, the gemeente the rest', async () => {
    const visits = generateDemoVisits().filter((v) => v.visitedOn.startsWith('2026-'));
    const of = (party: string | null) => visits.filter((v) => v.tenantOfPartyId === party).length;
    const y = await costYear(2026);
    expect(y.visits).toBe(visits.length);
    const execution = y.agreements.find((a) => a.agreement.id === 'meppel-vzw-uitvoering');
    expect(execution).toMatchObject({ budgetCents: 1_350_000, actualUnits: visits.length, actualCents: visits.length * 13_500 });
    const parts = new Map(execution?.actualParts?.map((p) => [p.party.id, p]));
    expect(parts.get('woonconcept')).toEqual({ party: { id: 'woonconcept' }, cents: of('woonconcept') * 6750, ownTenantVisits: of('woonconcept') });
    expect(parts.get('actium')?.cents).toBe(of('actium') * 6750);
    expect(parts.get('gemeente-meppel')?.cents).toBe(visits.length * 13_500 - (of('woonconcept') + of('actium')) * 6750);
    expect(of('woonconcept')).toBeGreaterThan(0);
  });

  it('adds licence and execution per party, each split summing exactly to its total', async () => {
    const y = await costYear(2026);
    for (const a of y.agreements) {
      if (a.actualParts !== null) expect(a.actualParts.reduce((s, p) => s + p.cents, 0)).toBe(a.actualCents);
    }
    const sum = (field: 'budgetCents' | 'actualCents') => y.parties.reduce((s, p) => s + p[field], 0);
    expect(sum('budgetCents')).toBe(1_500_000 + 1_350_000);
    expect(sum('actualCents')).toBe(1_500_000 + y.visits * 13_500);
  });

  it('refuses a year out of range', async () => {
    const result = await execute(createServer(test.database), QUERY, { year: 1800 }, { role: 'werkgroep', organisationId: null, covenants: ['meppel-vzw'] });
    expect(result.errors?.[0]?.message).toBe('year must be between 2000 and 2100, got 1800');
  });
});

describe('statutory indexation', () => {
  it('prices the visits of a year at the indexed rate once it is recorded, and only the beheerder may record it', async () => {
    const mutation = 'mutation { setRateIndexation(agreementId: "meppel-vzw-uitvoering", year: 2026, hourlyRateCents: 6953, source: "CBS 2026") { year hourlyRateCents agreement { id } } }';
    const refused = await execute(createServer(test.database), mutation, {}, { role: 'werkgroep', organisationId: null, covenants: ['meppel-vzw'] });
    expect(refused.errors?.[0]?.message).toBe('role "werkgroep" may not record indexations; that needs beheerder');
    const saved = await execute(createServer(test.database), mutation, {}, { role: 'beheerder', organisationId: null });
    expect(saved.data).toEqual({ setRateIndexation: { year: 2026, hourlyRateCents: 6953, agreement: { id: 'meppel-vzw-uitvoering' } } });
    const y2026 = await costYear(2026);
    const execution = y2026.agreements.find((a) => a.agreement.id === 'meppel-vzw-uitvoering');
    expect(execution).toMatchObject({ budgetCents: 2 * 6953 * 100, actualCents: y2026.visits * 2 * 6953 });
    const y2025 = (await costYear(2025)).agreements.find((a) => a.agreement.id === 'meppel-vzw-uitvoering');
    expect(y2025?.budgetCents).toBe(1_350_000);
  });
});
