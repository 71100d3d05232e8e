// Issue 8: introspection is the analysts' reference, so everything they can see in the gateway's
// public (API) schema must say what it is: every type, field, argument, input field and enum value.
// Enum values are written as "<Dutch term>: <explanation>", because the Dutch terms are what users know.
// The schema checked is the one composed from the four schema.graphql files right now, reduced to
// what the gateway serves (no join__/link__ types, no _Entity/_Service/_Any).
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { readGatewayConfig } from './config.ts';

/** The API schema of a supergraph: what introspection at the gateway shows. */
function apiSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)));
}

/** The types an analyst sees; GraphQL's own scalars and introspection types are described by the spec. */
function publicTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type));
}

/** Schema coordinates (Type, Type.field, Type.field(arg), Enum.VALUE) without a non-empty description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of publicTypes(schema)) {
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

/** "<Dutch term>: <explanation>": a short term (no sentence), a colon, then a real explanation. */
const TERM_THEN_EXPLANATION = /^[^:.]{2,60}: \S.{9,}/s;

/** Enum values whose description does not start with the term and go on to explain it. */
function enumValuesWithoutTerm(schema: GraphQLSchema): string[] {
  return publicTypes(schema)
    .filter(isEnumType)
    .flatMap((type) => type.getValues().filter((value) => !TERM_THEN_EXPLANATION.test(value.description ?? '')).map((value) => `${type.name}.${value.name}`));
}

/** A tiny schema for the checks' own tests. */
const sample = (sdl: string) => buildASTSchema(parse(sdl));

describe('the public schema (what analysts introspect)', () => {
  const schema = apiSchema(composeSupergraph(readGatewayConfig({}).subgraphUrls));

  it('is the API schema, without federation internals', () => {
    const internal = Object.keys(schema.getTypeMap()).filter((name) => /^(join__|link__|_Entity$|_Service$|_Any$)/.test(name));
    expect(internal).toEqual([]);
    expect(schema.getQueryType()?.getFields().covenant).toBeDefined();
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undocumented(schema)).toEqual([]);
  });

  it('explains every enum value as "<Dutch term>: <explanation>"', () => {
    expect(enumValuesWithoutTerm(schema)).toEqual([]);
  });

  it('says what the Dutch target groups are', () => {
    const targetGroup = schema.getType('TargetGroup');
    expect(isEnumType(targetGroup) && targetGroup.getValue('BW')?.description).toMatch(/^Beschermd wonen \(BW\): /);
  });
});

describe('the checks themselves (so the tests above can fail)', () => {
  it('name an undescribed type, field, argument, input field and enum value', () => {
    const schema = sample(`
      "Entry points." type Query { "documented" a(x: Int): Int b: Kind c(where: Filter): Int }
      enum Kind { "Een: one." ONE TWO }
      "A filter." input Filter { "documented" on: Int off: Int }
      scalar Day`);
    expect(undocumented(schema)).toEqual(['Query.a(x)', 'Query.b', 'Query.c', 'Query.c(where)', 'Kind', 'Kind.TWO', 'Filter.off', 'Day']);
  });

  it('count a blank description as none', () => {
    expect(undocumented(sample('"Entry points." type Query { "  " a: Int }'))).toEqual(['Query.a']);
  });

  it('refuse an enum value that gives no term or no explanation', () => {
    const schema = sample(`
      "Entry points." type Query { "k" k: Kind }
      "Kinds." enum Kind {
        "Kwartaal: calendar quarters, K1 January–March." QUARTER
        "Every quarter." PLAIN
        "Kwartaal:" BARE
        "Kwartaal: quarter" SHORT
        "This is a long sentence. Then: something" SENTENCE
      }`);
    expect(enumValuesWithoutTerm(schema)).toEqual(['Kind.PLAIN', 'Kind.BARE', 'Kind.SHORT', 'Kind.SENTENCE']);
  });
});
