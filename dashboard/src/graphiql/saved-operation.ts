// A saved example operation: a `.graphql` file whose leading comment is its Dutch explanation (first
// line the title, then what it answers and which variables to set) and whose variables carry their
// example values as defaults. The defaults are the one source of the example: the IDE fills the
// variables pane with them, and the operation also runs as it is, without variables.
import { Kind, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';

export interface SavedOperation {
  /** The file name without folder and extension, e.g. '03-voortgang-streefaantallen'. */
  id: string;
  /** The comment's first line. */
  title: string;
  /** The comment's first paragraph after the title: the question it answers. */
  summary: string;
  /** The whole file, comment included, as it opens in the editor. */
  query: string;
  /** JSON for the variables pane: every variable with its default, or null when it has none. */
  variables: string;
}

function commentLines(source: string): string[] {
  const lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^#\s?/, ''));
  }
  return lines;
}

function summaryOf(lines: readonly string[]): string {
  const afterTitle = lines.slice(1);
  const start = afterTitle.findIndex((line) => line.trim() !== '');
  if (start === -1) return '';
  const end = afterTitle.findIndex((line, i) => i > start && line.trim() === '');
  return afterTitle
    .slice(start, end === -1 ? undefined : end)
    .map((line) => line.trim())
    .join(' ');
}

function variablesOf(operation: OperationDefinitionNode): string {
  const values = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue === undefined ? null : valueFromASTUntyped(definition.defaultValue),
    ]),
  );
  return JSON.stringify(values, null, 2);
}

/** Reads one saved operation; throws, naming the file, when it has no title or not exactly one operation. */
export function savedOperation(path: string, source: string): SavedOperation {
  const id = path.replace(/^.*\//, '').replace(/\.graphql$/, '');
  const lines = commentLines(source);
  const title = lines[0]?.trim() ?? '';
  if (title === '') throw new Error(`${id}: a saved operation starts with a comment line that is its title`);
  const operations = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operation === undefined || operations.length !== 1) throw new Error(`${id}: a saved operation holds exactly one operation, found ${operations.length}`);
  return { id, title, summary: summaryOf(lines), query: source, variables: variablesOf(operation) };
}
