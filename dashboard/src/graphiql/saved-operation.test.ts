import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAVED_OPERATIONS } from './operations/index.ts';
import { savedOperation } from './saved-operation.ts';

const EXAMPLE = `# Uitstroom per halfjaar
#
# Hoeveel mensen kregen een woning,
# per halfjaar?
#
# Variabelen:
#   from  eerste dag
query Uitstroom($from: Date! = "2025-01-01", $limit: Int = 3, $groups: [String!] = ["BW", "MO"], $only: ID) {
  covenants { id }
}
`;

describe('savedOperation', () => {
  it('takes the title, the question and every variable with its default (null without one)', () => {
    const operation = savedOperation('./operations/01-uitstroom.graphql', EXAMPLE);
    expect(operation).toEqual({
      id: '01-uitstroom',
      title: 'Uitstroom per halfjaar',
      summary: 'Hoeveel mensen kregen een woning, per halfjaar?',
      query: EXAMPLE,
      variables: JSON.stringify({ from: '2025-01-01', limit: 3, groups: ['BW', 'MO'], only: null }, null, 2),
    });
  });

  it.each([
    { name: 'no comment', source: 'query A { covenants { id } }', message: /starts with a comment line that is its title/ },
    { name: 'an empty title', source: '#\nquery A { covenants { id } }', message: /starts with a comment line that is its title/ },
    { name: 'two operations', source: '# Twee\nquery A { covenants { id } }\nquery B { targets { id } }', message: /exactly one operation, found 2/ },
    { name: 'only a fragment', source: '# Fragment\nfragment F on Covenant { id }', message: /exactly one operation, found 0/ },
  ])('refuses a file with $name, naming it', ({ source, message }) => {
    expect(() => savedOperation('x/kapot.graphql', source)).toThrow(message);
    expect(() => savedOperation('x/kapot.graphql', source)).toThrow(/^kapot: /);
  });
});

describe('the saved operations in operations/', () => {
  it('are all there, in file order, each with a Dutch header that explains its variables', () => {
    // Every .graphql file of the folder, in file-name order: the glob bundles them all.
    const files = readdirSync(new URL('./operations/', import.meta.url)).filter((name) => name.endsWith('.graphql'));
    expect(SAVED_OPERATIONS.map((o) => `${o.id}.graphql`)).toEqual(files.sort());
    expect(SAVED_OPERATIONS.map((o) => o.title)).toContain('Uitstroom per convenant per halfjaar');
    expect(SAVED_OPERATIONS.length).toBeGreaterThanOrEqual(8);
    for (const operation of SAVED_OPERATIONS) {
      expect(operation.summary.length, operation.id).toBeGreaterThan(40);
      const variables = Object.keys(JSON.parse(operation.variables) as Record<string, unknown>);
      expect(variables.length, operation.id).toBeGreaterThan(0);
      // Every variable is named in the header, under "Variabelen:".
      const header = operation.query.slice(operation.query.indexOf('# Variabelen:'), operation.query.search(/^(query|mutation)\b/m));
      for (const name of variables) expect(header, `${operation.id}: ${name}`).toMatch(new RegExp(`#\\s+(\\w+, )*${name}\\b`));
    }
  });
});
