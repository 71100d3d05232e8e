// The platform in its production shape on loopback: each subgraph its own process (one or two
// replicas, each on a port of its own), the gateway its own process in front of them — with two
// replicas, through a round-robin proxy per subgraph as a Kubernetes Service would be. Every process
// is stopped by close(), and by the process starter's exit hook if the test run dies first.
import { randomBytes } from 'node:crypto';
import { childEnv, spawnNode, waitForHttp, type Child } from '../../bench/cases/support-processes/processes.ts';
import { freePort } from '../../support/ports.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';

export const SUBGRAPHS = ['parties', 'trajectories', 'funding', 'monitoring'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const READY_LIMIT_MS = 60_000;
const STOP_GRACE_MS = 15_000;

export interface Replica {
  port: number;
  child: Child;
}

export interface Stack {
  /** http://127.0.0.1:<port> of the gateway. */
  origin: string;
  gateway: Child;
  replicas: Record<SubgraphName, Replica[]>;
  /** With two replicas: the proxy in front of each subgraph's pair. */
  proxies: Partial<Record<SubgraphName, RoundRobinProxy>>;
  /**
   * Stops one replica: SIGTERM (its graceful stop) or SIGKILL (a crash). Resolves with its exit code,
   * or 'SIGKILL' when it had to be killed (or was) — after STOP_GRACE_MS for a SIGTERM.
   */
  stopReplica(name: SubgraphName, index: number, signal: NodeJS.Signals): Promise<number | string | null>;
  /** Starts it again on the same port; resolves when its /readyz answers 200. */
  startReplica(name: SubgraphName, index: number): Promise<void>;
  /** Every process now running or that should be: the gateway and each replica's latest child. */
  processes(): Child[];
  close(): Promise<void>;
}

/** Settings every child gets: the response cache off, so every request reaches the subgraphs; warnings and errors logged, not a line per request. */
function settings(secret: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return childEnv({ SUBGRAPH_SECRET: secret, LOG_LEVEL: 'warn', RESPONSE_CACHE_TTL_MS: '0', ...extra });
}

function spawnReplica(name: SubgraphName, index: number, port: number, databaseUrl: string, secret: string): Replica {
  const child = spawnNode(`${name}#${index + 1}`, `subgraphs/${name}/src/index.ts`, settings(secret, { PORT: String(port), DATABASE_URL: databaseUrl }));
  return { port, child };
}

const ready = (replica: Replica) => waitForHttp(replica.child, `http://127.0.0.1:${replica.port}/readyz`, READY_LIMIT_MS);

export async function startStack(options: { databaseUrl: string; replicasPerSubgraph: 1 | 2 }): Promise<Stack> {
  const secret = randomBytes(32).toString('base64url');
  const replicas = {} as Record<SubgraphName, Replica[]>;
  const proxies: Partial<Record<SubgraphName, RoundRobinProxy>> = {};
  let gateway: Child | undefined;
  const processes = () => [...(gateway ? [gateway] : []), ...Object.values(replicas).flatMap((pair) => pair.map((r) => r.child))];
  const close = async () => {
    await Promise.all(processes().map((child) => child.stop('SIGTERM', STOP_GRACE_MS)));
    await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  };
  try {
    const urls: Record<string, string> = {};
    for (const name of SUBGRAPHS) {
      const ports = await Promise.all(Array.from({ length: options.replicasPerSubgraph }, () => freePort()));
      replicas[name] = ports.map((port, index) => spawnReplica(name, index, port, options.databaseUrl, secret));
      const direct = ports.map((port) => `http://127.0.0.1:${port}/graphql`);
      if (direct.length > 1) proxies[name] = await startRoundRobinProxy(direct);
      urls[`${name.toUpperCase()}_URL`] = proxies[name]?.url ?? (direct[0] as string);
    }
    const gatewayPort = await freePort();
    gateway = spawnNode('gateway', 'gateway/src/index.ts', settings(secret, { GATEWAY_PORT: String(gatewayPort), ...urls }));
    const origin = `http://127.0.0.1:${gatewayPort}`;
    await Promise.all([waitForHttp(gateway, `${origin}/healthz`, READY_LIMIT_MS), ...Object.values(replicas).flat().map(ready)]);
    const running = gateway;
    return {
      origin,
      gateway: running,
      replicas,
      proxies,
      stopReplica: async (name, index, signal) => {
        const replica = replicas[name][index];
        if (!replica) throw new Error(`${name} has no replica ${index + 1}`);
        return replica.child.stop(signal, STOP_GRACE_MS);
      },
      startReplica: async (name, index) => {
        const old = replicas[name][index];
        if (!old) throw new Error(`${name} has no replica ${index + 1}`);
        if (old.child.alive()) throw new Error(`${old.child.name} is still running`);
        const replica = spawnReplica(name, index, old.port, options.databaseUrl, secret);
        replicas[name][index] = replica;
        await ready(replica);
      },
      processes,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
