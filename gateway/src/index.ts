// Runs the gateway on its own, in front of subgraphs at PARTIES_URL, TRAJECTORIES_URL, FUNDING_URL, MONITORING_URL.
import { readGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

const config = readGatewayConfig();
const gateway = await startGateway(config);
console.log(`gateway listening on ${gateway.url}`);
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
