// Runs the gateway on its own, in front of subgraphs at PARTIES_URL, TRAJECTORIES_URL, FUNDING_URL, MONITORING_URL.
import { serviceLogger, startTracing, stopOnSignals } from '@uitstroom/subgraph-kit/edge';
import { readGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

const log = serviceLogger('gateway');
const tracing = await startTracing('gateway');
const config = readGatewayConfig();
const gateway = await startGateway(config);
log.info({ url: gateway.url, metrics: gateway.metricsUrl, subgraphs: config.subgraphUrls, tracing: tracing !== null }, 'gateway listening');
stopOnSignals(log, [gateway.close, async () => tracing?.shutdown()]);
