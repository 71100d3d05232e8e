// Runs one subgraph as its own process against a PostgreSQL server (production shape).
// The embedded database is single-process: `npm start` runs all subgraphs in one process instead.
import { createDb, type Database } from '@uitstroom/db/client';
import { listen } from './http.ts';
import { serviceLogger, type Logger } from './observability/logger.ts';
import { stopOnSignals } from './observability/shutdown.ts';
import { startTracing } from './observability/tracing.ts';
import type { Subgraph } from './server.ts';

/** `background`: work the process does besides answering (started after it listens); returns its stop. */
export async function runStandalone<L>(
  name: string,
  defaultPort: number,
  create: (database: Database) => Subgraph<L>,
  background?: (database: Database, log: Logger) => Promise<() => void>,
): Promise<void> {
  const log = serviceLogger(name);
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.fatal(`DATABASE_URL is not set. Run the whole platform with \`npm start\` to use the embedded database.`);
    process.exit(1);
  }
  if (!process.env.SUBGRAPH_SECRET) {
    log.fatal(`SUBGRAPH_SECRET is not set. A subgraph on its own answers only its gateway, which must hold the same secret (32+ characters).`);
    process.exit(1);
  }
  const tracing = await startTracing(name);
  const database = createDb({ url });
  const service = await listen(create(database), { port: Number(process.env.PORT ?? defaultPort), host: process.env.HOST ?? '127.0.0.1' });
  log.info({ url: service.url, metrics: service.metricsUrl, tracing: tracing !== null }, `${name} subgraph listening`);
  const stopBackground = background ? await background(database, log) : () => {};
  stopOnSignals(log, [async () => stopBackground(), service.close, database.close, async () => tracing?.shutdown()]);
}
