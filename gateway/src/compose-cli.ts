// `npm run build -w @uitstroom/gateway`: composes and writes supergraph.graphql (default local URLs).
// Fails with every composition error listed, so a broken schema fails the build.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose.ts';
import { readGatewayConfig } from './config.ts';

const target = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
try {
  writeFileSync(target, composeSupergraph(readGatewayConfig({}).subgraphUrls));
  console.log(`supergraph written to ${target}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
