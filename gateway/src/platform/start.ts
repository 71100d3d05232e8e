// `npm start`: the whole platform in one process — database (embedded PGlite in ./.data, or
// DATABASE_URL), migrations, reference and demo data, four subgraphs, gateway and dashboard.
import { mkdirSync } from 'node:fs';
import { serviceLogger, startTracing, stopOnSignals } from '@uitstroom/subgraph-kit';
import { createDb, openPglite, type Database } from '@uitstroom/db/client';
import { readDatabaseConfig } from '@uitstroom/db/config';
import { prepareDatabase } from '@uitstroom/db/prepare';
import { seedDemoFund } from '@uitstroom/funding/demo';
import { scheduleHousekeeping } from '@uitstroom/trajectories/housekeeping';
import { startDashboard } from '@uitstroom/dashboard/server';
import { readPlatformPorts } from '../config.ts';
import { startServices } from './services.ts';

// The console stays readable for a demo: request lines only when LOG_LEVEL asks for them (info).
process.env.LOG_LEVEL ||= 'warn';
const started = performance.now();
const log = serviceLogger('platform');
const tracing = await startTracing('uitstroommonitor');
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const dbConfig = readDatabaseConfig();
const ports = readPlatformPorts();
const host = process.env.HOST ?? '127.0.0.1';

let database: Database;
let owner: Database;
let closeDatabase: () => Promise<void>;
if (dbConfig.url) {
  console.log(`Database: PostgreSQL server (DATABASE_URL${dbConfig.migrationUrl !== dbConfig.url ? '; migrations as MIGRATION_DATABASE_URL' : ''})`);
  database = createDb({ url: dbConfig.url });
  owner = dbConfig.migrationUrl && dbConfig.migrationUrl !== dbConfig.url ? createDb({ url: dbConfig.migrationUrl, maxConnections: 2 }) : database;
  closeDatabase = () => database.close();
} else {
  console.log(`Database: embedded PGlite in ${dbConfig.dataDir} (first start creates it, ~10 s)`);
  mkdirSync(dbConfig.dataDir, { recursive: true });
  const pglite = await openPglite(dbConfig.dataDir);
  database = createDb({ pglite });
  owner = database;
  closeDatabase = () => pglite.close();
}

// Migrations and demo data as the owner of the tables; the services as the connection above.
const prepared = await prepareDatabase(owner, { demoData: dbConfig.demoData });
// The Garantiefonds' demo history goes through the funding subgraph's own rules (once; kept after).
if (dbConfig.demoData) await seedDemoFund(owner.db);
if (owner !== database) await owner.close();
console.log(
  prepared.demoTrajectories > 0
    ? `Demo data written: ${prepared.demoTrajectories} synthetic trajectories, ${prepared.demoVisits} visits (${seconds()} s)`
    : `Database ready (${seconds()} s)`,
);

// Retention of the audit log and of trajectories: now, and then once a day while the platform runs.
const stopHousekeeping = await scheduleHousekeeping(database, dbConfig, { done: (line) => console.log(line), failed: (error) => log.error({ err: error }, 'housekeeping failed') });

const services = await startServices(database, { ports, host });
const dashboard = await startDashboard({ port: ports.dashboard, host, gatewayUrl: services.gateway.url.replace(/\/graphql$/, '') });

/** Where /metrics is: each service's port in development, the internal listener (METRICS_PORT), or nowhere. */
function metricsLine(url: string | null): string {
  if (url === null) return 'off (NODE_ENV=production without METRICS_PORT)';
  return url.endsWith('/metrics/gateway') ? `${url} (and /metrics/<subgraph> beside it; internal listener, METRICS_PORT)` : `${url} (and /metrics on every subgraph's port)`;
}

console.log(`
Uitstroommonitor draait (started in ${seconds()} s):
  Dashboard     ${dashboard.url}
  GraphQL       ${services.gateway.url}
  API-verkenner ${dashboard.url}graphiql.html (analist, beheerder)
  Metrics       ${metricsLine(services.gateway.metricsUrl)}
  Subgraphs     ${Object.entries(services.subgraphs).map(([name, s]) => `${name} ${s.url}`).join('\n                ')}
Stop with Ctrl-C.`);

// Ctrl-C / SIGTERM: the dashboard, then every service finishes its requests in flight, then the database.
stopOnSignals(log, [
  async () => console.log('\nStopping…'),
  async () => stopHousekeeping(),
  dashboard.close,
  services.close,
  closeDatabase,
  async () => tracing?.shutdown(),
  async () => console.log('Stopped.'),
]);
