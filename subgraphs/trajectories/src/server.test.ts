// The trajectories subgraph through executeOperation, on the database under test with demo data.
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { execute, statementCounter } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

interface TrajectoryResult {
  id: string;
  caseCode: string;
  provider: { id: string };
  steps: { step: string; label: string; occurredOn: string }[];
  registeredOn: string;
}

const FIELDS = 'id caseCode provider { id } steps { step label occurredOn } registeredOn';

describe('trajectories subgraph', () => {
  it('pages through a covenant by case code, with the covenant’s own step labels', async () => {
    const result = await execute<{ trajectories: TrajectoryResult[] }>(
      createServer(test.database),
      `{ trajectories(covenantId: "walcheren", limit: 3, offset: 1) { ${FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data?.trajectories ?? [];
    expect(rows.map((t) => t.caseCode)).toEqual(['DEMO-WTW-0002', 'DEMO-WTW-0003', 'DEMO-WTW-0004']);
    for (const t of rows) {
      expect(t.steps[0]?.step).toBe('AANMELDING');
      expect(t.steps[0]?.occurredOn).toBe(t.registeredOn);
      // Walcheren names its first step itself (bijlage: aanmelding 6 months before outflow).
      expect(t.steps[0]?.label).toMatch(/Aanmelding/);
    }
  });

  it('refuses a page larger than 500 with a clear error', async () => {
    const result = await execute(createServer(test.database), '{ trajectories(covenantId: "walcheren", limit: 501) { id } }');
    expect(result.errors?.[0]?.message).toBe('limit must be between 1 and 500, got 501');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('contributes trajectory counts to Covenant', async () => {
    const result = await execute<{ _entities: { trajectoryCount: number }[] }>(
      createServer(test.database),
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Covenant { trajectoryCount } } }',
      { r: [{ __typename: 'Covenant', id: 'meppel-vzw' }, { __typename: 'Covenant', id: 'walcheren' }] },
    );
    expect(result.data?._entities[0]?.trajectoryCount).toBe(0);
    expect(result.data?._entities[1]?.trajectoryCount).toBeGreaterThan(100);
  });

  it('pages several covenants with one statement (and one audit insert), each page in case-code order', async () => {
    const counter = statementCounter();
    const server = createServer(test.connect({ onQuery: counter.record }));
    const result = await execute<{ _entities: { id: string; trajectories: { caseCode: string }[] }[] }>(
      server,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Covenant { id trajectories(limit: 2, offset: 3) { caseCode } } } }',
      { r: ['walcheren', 'noordoostpolder', 'meppel-vzw'].map((id) => ({ __typename: 'Covenant', id })) },
    );
    expect(result.data?._entities).toEqual([
      { id: 'walcheren', trajectories: [{ caseCode: 'DEMO-WTW-0004' }, { caseCode: 'DEMO-WTW-0005' }] },
      { id: 'noordoostpolder', trajectories: [{ caseCode: 'DEMO-NOP-0004' }, { caseCode: 'DEMO-NOP-0005' }] },
      { id: 'meppel-vzw', trajectories: [] },
    ]);
    // The claims for row-level security, the page, and the audit rows of the four cases read.
    expect(counter.statements.filter((s) => s.startsWith("select set_config('role'"))).toHaveLength(1);
    expect(counter.count).toBe(3);
    expect(counter.statements.filter((s) => s.startsWith('insert into "audit"."audit_log"'))).toHaveLength(1);
  });

  it('reads two pages of one covenant, asked side by side, in the same single statement', async () => {
    const counter = statementCounter();
    const server = createServer(test.connect({ onQuery: counter.record }));
    const result = await execute<{ a: { caseCode: string }[]; b: { caseCode: string }[] }>(
      server,
      '{ a: trajectories(covenantId: "walcheren", limit: 3, offset: 0) { caseCode } b: trajectories(covenantId: "walcheren", limit: 3, offset: 3) { caseCode } }',
    );
    expect(result.data?.a.map((t) => t.caseCode)).toEqual(['DEMO-WTW-0001', 'DEMO-WTW-0002', 'DEMO-WTW-0003']);
    expect(result.data?.b.map((t) => t.caseCode)).toEqual(['DEMO-WTW-0004', 'DEMO-WTW-0005', 'DEMO-WTW-0006']);
    // The claims, one statement for both pages, and the audit rows of the six cases read.
    expect(counter.count).toBe(3);
  });

  describe('_entities', () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Trajectory { ${FIELDS} } } }`;

    it.each([5, 200])('resolves %i Trajectory references with the same six statements', async (n) => {
      const page = await execute<{ trajectories: { id: string }[] }>(
        createServer(test.database),
        `{ trajectories(covenantId: "woonkans", limit: ${n}) { id } }`,
      );
      const ids = page.data?.trajectories.map((t) => t.id) ?? [];
      expect(ids).toHaveLength(n);
      const counter = statementCounter();
      const result = await execute<{ _entities: TrajectoryResult[] }>(createServer(test.connect({ onQuery: counter.record })), query, {
        r: ids.map((id) => ({ __typename: 'Trajectory', id })),
      });
      expect(result.data?._entities.map((t) => t.id)).toEqual(ids);
      // trajectories and their steps (each with its claims for row-level security), the covenant's
      // step labels and the audit rows: 6, whatever n is.
      expect(counter.count).toBe(6);
    });
  });
});
