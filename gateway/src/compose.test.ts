// The supergraph composes, the committed file is current, and the public schema is documented.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { readGatewayConfig } from './config.ts';

const supergraph = composeSupergraph(readGatewayConfig({}).subgraphUrls);

function isInternal(type: GraphQLNamedType): boolean {
  // Introspection types, and the federation specs' own (join__, link__, policy__Policy, requiresScopes__Scope).
  return type.name.startsWith('__') || type.name.includes('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);
}

/** Every type, field, argument and enum value an analyst can see, without a description. */
function undocumented(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  const need = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap()).filter((t) => !isInternal(t))) {
    if (!['Query', 'Mutation'].includes(type.name)) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) need(`${type.name}.${field.name}(${arg.name})`, arg.description ?? field.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('supergraph', () => {
  it('is committed as composed from the four schema.graphql files (run `npm run compose` after a schema change)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(supergraph);
  });

  it('joins the four subgraphs', () => {
    for (const name of ['parties', 'trajectories', 'funding', 'monitoring']) expect(supergraph).toContain(`@join__graph(name: "${name}"`);
  });

  it('has a description on every type, field, argument and enum value', () => {
    expect(undocumented(supergraph)).toEqual([]);
  });

  it('names what is undocumented (so the check above can fail)', () => {
    expect(undocumented('type Query { "documented" a: Int b: Int }')).toEqual(['Query.b']);
  });
});
