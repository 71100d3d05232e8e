import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/** Reads a subgraph's schema.graphql (the single source of its SDL). */
export function readSchemaFile(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}
