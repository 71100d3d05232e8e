// The funding subgraph through executeOperation.
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute, statementCounter } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

describe('funding subgraph', () => {
  it('gives the Meppel execution budget and a split that sums to the whole', async () => {
    const result = await execute<{ costAgreement: { budgetCents: number; shares: { party: { id: string }; basisPoints: number }[] } }>(
      createServer(test.database),
      '{ costAgreement(id: "meppel-vzw-uitvoering") { budgetCents shares { party { id } basisPoints } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.costAgreement.budgetCents).toBe(1_350_000);
    expect(result.data?.costAgreement.shares).toEqual([
      { party: { id: 'actium' }, basisPoints: 500 },
      { party: { id: 'gemeente-meppel' }, basisPoints: 5000 },
      { party: { id: 'woonconcept' }, basisPoints: 4500 },
    ]);
  });

  it('knows the Woonkans Garantiefonds with its €25,000 threshold', async () => {
    const result = await execute<{ fund: { topUpThresholdCents: number; cashier: { id: string }; contributionRules: { partyKind: string }[] } }>(
      createServer(test.database),
      '{ fund(id: "woonkans-garantiefonds") { topUpThresholdCents cashier { id } contributionRules { partyKind } } }',
    );
    expect(result.data?.fund.topUpThresholdCents).toBe(2_500_000);
    expect(result.data?.fund.contributionRules.map((r) => r.partyKind)).toEqual(['gemeente', 'woningcorporatie', 'zorgaanbieder']);
  });

  it('resolves CostAgreement and Fund references in one statement per type, unknown as null', async () => {
    const counter = statementCounter();
    const result = await execute<{ _entities: ({ id: string } | null)[] }>(
      createServer(test.connect({ onQuery: counter.record })),
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on CostAgreement { id } ... on Fund { id } } }',
      {
        r: [
          { __typename: 'CostAgreement', id: 'meppel-vzw-licentie' },
          { __typename: 'Fund', id: 'woonkans-garantiefonds' },
          { __typename: 'CostAgreement', id: 'meppel-vzw-uitvoering' },
          { __typename: 'CostAgreement', id: 'bestaat-niet' },
        ],
      },
    );
    expect(result.data?._entities.map((e) => e?.id ?? null)).toEqual(['meppel-vzw-licentie', 'woonkans-garantiefonds', 'meppel-vzw-uitvoering', null]);
    expect(counter.count).toBe(2);
  });
});
