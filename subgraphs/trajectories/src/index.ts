import { readDatabaseConfig } from '@uitstroom/db/config';
import { runStandalone } from '@uitstroom/subgraph-kit';
import { scheduleHousekeeping } from './housekeeping.ts';
import { createServer } from './server.ts';

// The trajectories subgraph owns the case data, so it runs the daily retention and audit purge.
await runStandalone('trajectories', 4002, createServer, (database, log) =>
  scheduleHousekeeping(database, readDatabaseConfig(), { done: (line) => log.info(line), failed: (error) => log.error({ err: error }, 'housekeeping failed') }),
);
