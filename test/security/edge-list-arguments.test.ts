// Issue 16, row 18: a claim with 100,000 cost lines overflowed the stack in the ORM (an internal
// error, where the caller's input was at fault). Every list a client can send — list arguments and
// list fields of input types, in every subgraph schema — has a bound its description states, and a
// longer list is refused as BAD_USER_INPUT saying so, before any work is done.
import { readFileSync } from 'node:fs';
import * as f from '@uitstroom/db/queries/fund';
import { SUBGRAPH_NAMES } from '@uitstroom/gateway/config';
import { parse, print, type TypeNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const isList = (type: TypeNode): boolean => type.kind === 'ListType' || (type.kind === 'NonNullType' && isList(type.type));

/** Every list a client sends: `Type.field(argument)` or `InputType.field`, with its description. */
function clientLists(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of SUBGRAPH_NAMES) {
    const document = parse(readFileSync(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'));
    for (const definition of document.definitions) {
      if (!('fields' in definition) || !definition.fields || !('name' in definition)) continue;
      for (const field of definition.fields) {
        const where = `${definition.name?.value}.${field.name.value}`;
        if (definition.kind === 'InputObjectTypeDefinition' && isList(field.type)) found.set(where, field.description?.value ?? '');
        for (const argument of 'arguments' in field ? (field.arguments ?? []) : []) {
          if (isList(argument.type)) found.set(`${where}(${argument.name.value}: ${print(argument.type)})`, argument.description?.value ?? '');
        }
      }
    }
  }
  return found;
}

/** The bound a description states: "at most N". */
const boundOf = (description: string) => Number(/at most ([\d,]+)/.exec(description)?.[1]?.replace(/,/g, '') ?? NaN);

describe('lists a client sends', () => {
  it('each states its bound in the schema (a new one must be bounded, and tested here)', () => {
    const lists = clientLists();
    expect([...lists.keys()]).toEqual(['FundClaimInput.lines']);
    for (const [where, description] of lists) expect(boundOf(description), `${where}: "${description}"`).toBeGreaterThan(0);
  });
});

describe('FundClaimInput.lines through the gateway', () => {
  let p: TestPlatform;
  let landlord: Record<string, string>;
  let caseCode: string;
  const FUND = 'woonkans-garantiefonds';
  const MAX = boundOf(clientLists().get('FundClaimInput.lines') ?? '');
  const SUBMIT = 'mutation ($claim: FundClaimInput!) { submitFundClaim(claim: $claim) { id claimedCents } }';
  const claim = (lines: number) => ({ fundId: FUND, caseCode, depositCents: 0, lines: Array.from({ length: lines }, () => ({ costType: 'ontruimingskosten', cents: 100 })) });

  beforeAll(async () => {
    p = await startTestPlatform();
    const claimed = new Set((await f.getFundClaims(p.test.database.db, [FUND])).map((c) => c.caseCode));
    const open = (await f.getClaimCases(p.test.database.db, 'woonkans')).find((c) => c.negativeEndOn >= '2024-04-15' && c.landlordId && !claimed.has(c.caseCode));
    if (!open?.landlordId) throw new Error('the demo data has no unclaimed negatively ended trajectory');
    caseCode = open.caseCode;
    landlord = await p.headersFor({ id: 'verhuurconsulent', role: 'medewerker', org: open.landlordId, covenants: ['woonkans'] });
  }, 180_000);
  afterAll(() => p?.close());

  it.each([100_000, 51])('refuses %i lines as BAD_USER_INPUT naming the bound', async (n) => {
    expect(n).toBeGreaterThan(MAX);
    const { status, body } = await p.graphql<{ submitFundClaim: unknown }>(SUBMIT, { claim: claim(n) }, landlord);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, path: ['submitFundClaim'] });
    expect(body.errors?.[0]?.message).toContain(`at most ${MAX} cost lines`);
    expect(body.errors?.[0]?.message).toContain(String(n));
  });

  it('takes a claim with as many lines as the bound', async () => {
    const { body } = await p.graphql<{ submitFundClaim: { claimedCents: number } }>(SUBMIT, { claim: claim(MAX) }, landlord);
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitFundClaim.claimedCents).toBe(MAX * 100);
  });
});
