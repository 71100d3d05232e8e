// The one place the gateway reads its environment.
export const SUBGRAPH_NAMES = ['parties', 'trajectories', 'funding', 'monitoring'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway' | 'dashboard', number> = {
  gateway: 4000,
  parties: 4001,
  trajectories: 4002,
  funding: 4003,
  monitoring: 4004,
  dashboard: 5173,
};

export interface GatewayConfig {
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const host = env.HOST ?? '127.0.0.1';
  const urlOf = (name: SubgraphName) => env[`${name.toUpperCase()}_URL`] ?? `http://${host}:${DEFAULT_PORTS[name]}/graphql`;
  return {
    host,
    port: Number(env.GATEWAY_PORT ?? DEFAULT_PORTS.gateway),
    subgraphUrls: { parties: urlOf('parties'), trajectories: urlOf('trajectories'), funding: urlOf('funding'), monitoring: urlOf('monitoring') },
  };
}

/** Ports for `npm start`; each can be moved with <NAME>_PORT (e.g. GATEWAY_PORT=4100). */
export function readPlatformPorts(env: NodeJS.ProcessEnv = process.env): Record<keyof typeof DEFAULT_PORTS, number> {
  const port = (name: keyof typeof DEFAULT_PORTS) => Number(env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]);
  return {
    gateway: port('gateway'),
    parties: port('parties'),
    trajectories: port('trajectories'),
    funding: port('funding'),
    monitoring: port('monitoring'),
    dashboard: port('dashboard'),
  };
}

/**
 * V8 flags the gateway process runs with in production (the deploy files and the bench's memory case
 * use these). Young generation of 2 MB and old space of 128 MB: Node's defaults let the heap grow
 * under load to ~500 MB RSS and keep it; the response cache is bounded in bytes (RESPONSE_CACHE_MAX_MB)
 * well inside this.
 */
export const GATEWAY_NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128'] as const;
