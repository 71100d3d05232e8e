// The parties subgraph through executeOperation, on the database under test.
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { referenceCovenants, referenceParties } from '@uitstroom/db/seed';
import { execute, statementCounter } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

describe('parties subgraph', () => {
  it('lists every covenant with its parties and roles', async () => {
    const result = await execute<{ covenants: { id: string; memberships: { role: string; party: { name: string } }[] }[] }>(
      createServer(test.database),
      '{ covenants { id memberships { role party { name } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.covenants.map((c) => c.id).sort()).toEqual(referenceCovenants.map((c) => c.id).sort());
    const meppel = result.data?.covenants.find((c) => c.id === 'meppel-vzw');
    expect(meppel?.memberships).toContainEqual({ role: 'opdrachtnemer', party: { name: 'Welzijn MensenWerk' } });
  });

  it('filters parties by kind and returns null for an unknown id', async () => {
    const result = await execute<{ parties: { kind: string }[]; party: null }>(
      createServer(test.database),
      '{ parties(kind: WONINGCORPORATIE) { kind } party(id: "bestaat-niet") { id } }',
    );
    expect(result.data?.parties.length).toBe(referenceParties.filter((p) => p.kind === 'woningcorporatie').length);
    expect(new Set(result.data?.parties.map((p) => p.kind))).toEqual(new Set(['WONINGCORPORATIE']));
    expect(result.data?.party).toBeNull();
  });

  it('reports the viewer from the forwarded headers', async () => {
    const result = await execute<{ viewer: { role: string; organisation: { name: string } } }>(
      createServer(test.database),
      '{ viewer { role organisation { name } } }',
      {},
      { role: 'werkgroep', organisationId: 'gemeente-meppel' },
    );
    expect(result.data?.viewer).toEqual({ role: 'werkgroep', organisation: { name: 'Meppel' } });
  });

  describe('_entities', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Party { id name memberships { role } } ... on Covenant { id name } } }`;

    it('resolves Party and Covenant references in request order, unknown ones as null', async () => {
      const result = await execute<{ _entities: ({ id: string } | null)[] }>(createServer(test.database), query, {
        representations: [
          { __typename: 'Party', id: 'actium' },
          { __typename: 'Covenant', id: 'walcheren' },
          { __typename: 'Party', id: 'onbekend' },
          { __typename: 'Party', id: 'woonconcept' },
        ],
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.map((e) => e?.id ?? null)).toEqual(['actium', 'walcheren', null, 'woonconcept']);
    });

    it.each([3, 60])('resolves %i Party references with one statement per table touched', async (n) => {
      const counter = statementCounter();
      const server = createServer(test.connect({ onQuery: counter.record }));
      const ids = referenceParties.slice(0, n).map((p) => p.id);
      const result = await execute<{ _entities: { id: string }[] }>(server, query, {
        representations: ids.map((id) => ({ __typename: 'Party', id })),
      });
      expect(result.data?._entities.map((e) => e.id)).toEqual(ids);
      // One statement for the parties, one for all their memberships — whatever n is.
      expect(counter.count).toBe(2);
    });
  });
});
