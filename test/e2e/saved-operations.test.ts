// The API-verkenner's saved example operations (dashboard/src/graphiql/operations/*.graphql): each is
// valid against the API schema composed from the four subgraphs, and runs through the gateway over
// real HTTP as the analist and as the beheerder — the roles the IDE is for — without any error.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import type { SubgraphName } from '@uitstroom/gateway';
import { composeSupergraph } from '@uitstroom/gateway/compose';
import { buildASTSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const OPERATIONS_DIR = fileURLToPath(new URL('../../dashboard/src/graphiql/operations/', import.meta.url));
const SAVED = readdirSync(OPERATIONS_DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => ({ name, source: readFileSync(`${OPERATIONS_DIR}${name}`, 'utf8') }));

// Composition only reads the schema files; the URLs are never called.
const UNUSED_URLS: Record<SubgraphName, string> = {
  parties: 'http://unused.invalid/graphql',
  trajectories: 'http://unused.invalid/graphql',
  funding: 'http://unused.invalid/graphql',
  monitoring: 'http://unused.invalid/graphql',
};

function operationOf(source: string): OperationDefinitionNode {
  const [operation] = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operation as OperationDefinitionNode;
}

describe('saved operations against the composed API schema', () => {
  const apiSchema = buildASTSchema(transformSupergraphToPublicSchema(parse(composeSupergraph(UNUSED_URLS))));

  it('has the saved operations for the common monitor questions', () => {
    expect(SAVED.length).toBeGreaterThanOrEqual(8);
  });

  it.each(SAVED)('$name is valid, a named query whose every variable has an example default', ({ source }) => {
    expect(validate(apiSchema, parse(source)).map((error) => error.message)).toEqual([]);
    const operation = operationOf(source);
    expect(operation.operation).toBe('query');
    expect(operation.name?.value).toMatch(/^[A-Z]\w+$/);
    // Variables without a default must be optional: the example must run as it opens.
    for (const variable of operation.variableDefinitions ?? []) {
      if (variable.defaultValue === undefined) expect(variable.type.kind, variable.variable.name.value).not.toBe(Kind.NON_NULL_TYPE);
    }
  });

  it('refuses an operation that does not fit the schema (the check can fail)', () => {
    const broken = SAVED[0]?.source.replace('covenants {', 'convenanten {') ?? '';
    expect(validate(apiSchema, parse(broken)).map((error) => error.message)).toContainEqual(expect.stringMatching(/Cannot query field "convenanten"/));
  });
});

describe('saved operations through the gateway', () => {
  let p: TestPlatform;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    p = await startTestPlatform();
    headers.analist = await p.headersFor('analist');
    headers.beheerder = await p.headersFor('beheerder');
  }, 180_000);
  afterAll(() => p?.close());

  const runs = SAVED.flatMap((saved) => ['analist', 'beheerder'].map((user) => ({ ...saved, user })));

  it.each(runs)('$name runs as the $user without errors, with its example variables', async ({ source, user }) => {
    const { status, body } = await p.graphql<Record<string, unknown>>(source, {}, headers[user]);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    // Every top-level field has an answer (a covenant code that does not exist would give null).
    const fields = Object.values(body.data ?? {});
    expect(fields.length).toBeGreaterThan(0);
    for (const value of fields) expect(value).not.toBeNull();
  });

  it('the example data is there: the demo answers are not empty', async () => {
    const answer = async (file: string) => (await p.graphql<Record<string, unknown>>(SAVED.find((s) => s.name === file)?.source ?? '', {}, headers.analist)).body.data;
    const halfYears = (await answer('01-uitstroom-per-convenant-per-halfjaar.graphql')) as { covenants: { outflow: { periods: { code: string }[]; total: { display: string } } }[] };
    expect(halfYears.covenants.length).toBeGreaterThanOrEqual(5);
    expect(halfYears.covenants[0]?.outflow.periods.map((period) => period.code)).toEqual(['2024-H1', '2024-H2', '2025-H1', '2025-H2']);
    const visits = (await answer('04-huisbezoeken-per-kwartaal.graphql')) as { covenant: { costYear: { visits: number }; targets: { history: { date: string }[] }[] } };
    expect(visits.covenant.costYear.visits).toBeGreaterThan(0);
    expect(visits.covenant.targets[0]?.history.at(-1)?.date).toBe('2025-12-31');
    const fund = (await answer('06-stand-garantiefonds.graphql')) as { covenant: { funds: { balance: { balanceCents: number } }[] } };
    expect(fund.covenant.funds[0]?.balance.balanceCents).toBeGreaterThan(0);
  });
});
