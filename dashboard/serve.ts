// Runs the built dashboard on its own (production; the dashboard image): `node dashboard/serve.ts`.
// Settings: DASHBOARD_PORT (5173), HOST, GATEWAY_URL, DASHBOARD_DIST, CHROMIUM_PATH (production-server.ts),
// and those of every service: LOG_LEVEL, SHUTDOWN_TIMEOUT_MS, OTEL_EXPORTER_OTLP_ENDPOINT.
import { serviceLogger, startTracing, stopOnSignals } from '@uitstroom/subgraph-kit/edge';
import { readProductionConfig, startProductionDashboard } from './production-server.ts';

const log = serviceLogger('dashboard');
const tracing = await startTracing('dashboard');
const config = readProductionConfig();
const dashboard = await startProductionDashboard(config);
log.info({ url: dashboard.url, gateway: config.gatewayUrl, tracing: tracing !== null }, 'dashboard listening');
stopOnSignals(log, [dashboard.close, async () => tracing?.shutdown()]);
