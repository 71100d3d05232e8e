// Composes the four subgraph schemas into the supergraph, from their schema.graphql files.
// Composition runs without the subgraphs being up, so the gateway can start before them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from './config.ts';

export function subgraphSchemaPath(name: SubgraphName): string {
  return fileURLToPath(import.meta.resolve(`@uitstroom/${name}/schema.graphql`));
}

export function composeSupergraph(urls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name], typeDefs: parse(readFileSync(subgraphSchemaPath(name), 'utf8')) })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
