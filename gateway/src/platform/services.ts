// Starts the four subgraphs and the gateway in this process, each on its own port, talking real HTTP.
// Used by `npm start` (embedded PGlite is single-process) and by the end-to-end tests (ports 0).
import type { Database } from '@uitstroom/db/client';
import { createServer as createFunding } from '@uitstroom/funding';
import { createServer as createMonitoring } from '@uitstroom/monitoring';
import { createServer as createParties } from '@uitstroom/parties';
import { listen, type RunningService } from '@uitstroom/subgraph-kit';
import { createServer as createTrajectories } from '@uitstroom/trajectories';
import type { SubgraphName } from '../config.ts';
import type { ArbitraryOperations } from '../persisted-documents.ts';
import { startGateway, type RunningGateway } from '../server.ts';

export interface PlatformPorts {
  gateway: number;
  parties: number;
  trajectories: number;
  funding: number;
  monitoring: number;
}

export interface RunningPlatform {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningService>;
  close(): Promise<void>;
}

const FREE_PORTS: PlatformPorts = { gateway: 0, parties: 0, trajectories: 0, funding: 0, monitoring: 0 };

export async function startServices(
  database: Database,
  options: { ports?: PlatformPorts; host?: string; arbitraryOperations?: ArbitraryOperations } = {},
): Promise<RunningPlatform> {
  const ports = options.ports ?? FREE_PORTS;
  const host = options.host ?? '127.0.0.1';
  const [parties, trajectories, funding, monitoring] = await Promise.all([
    listen(createParties(database), { port: ports.parties, host }),
    listen(createTrajectories(database), { port: ports.trajectories, host }),
    listen(createFunding(database), { port: ports.funding, host }),
    listen(createMonitoring(database), { port: ports.monitoring, host }),
  ]);
  const subgraphs = { parties, trajectories, funding, monitoring };
  const gateway = await startGateway({
    port: ports.gateway,
    host,
    subgraphUrls: { parties: parties.url, trajectories: trajectories.url, funding: funding.url, monitoring: monitoring.url },
    arbitraryOperations: options.arbitraryOperations,
  });
  return {
    gateway,
    subgraphs,
    close: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((s) => s.close()));
    },
  };
}
