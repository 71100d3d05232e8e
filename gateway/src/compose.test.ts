// The supergraph composes and the committed file is current (descriptions: schema-descriptions.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { readGatewayConfig } from './config.ts';

const supergraph = composeSupergraph(readGatewayConfig({}).subgraphUrls);

describe('supergraph', () => {
  it('is committed as composed from the four schema.graphql files (run `npm run compose` after a schema change)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(supergraph);
  });

  it('joins the four subgraphs', () => {
    for (const name of ['parties', 'trajectories', 'funding', 'monitoring']) expect(supergraph).toContain(`@join__graph(name: "${name}"`);
  });
});
