// What every deployment file must agree on, from the code: which variables each service reads and
// which it cannot run without, where the other services are, and how long a stop may take.
import { readMetricsExposure, readShutdownTimeout } from '@uitstroom/subgraph-kit/edge';
import { LONG_RUNNING, portOf, SERVICES, SUBGRAPH_NAMES, type ServiceSpec } from './manifests.ts';
import { readsEnv, sourceFacts, type SourceFacts } from './source-graph.ts';

/** Read by a library or the runtime rather than by our code, so the source scan cannot see them. */
export const LIBRARY_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'Apollo Server (no stack traces in errors) and other libraries switch to production behaviour',
};

const SUBGRAPH_URLS = SUBGRAPH_NAMES.map((name) => `${name.toUpperCase()}_URL`);

/** Set in every deployment file, or the service does not work there; each says why. */
export const NEEDED: Readonly<Record<ServiceSpec['kind'], Readonly<Record<string, string>>>> = {
  subgraph: {
    DATABASE_URL: 'runStandalone exits without it',
    SUBGRAPH_SECRET: 'runStandalone exits without it, and it must be the gateway\'s',
    HOST: 'the default 127.0.0.1 cannot be reached from outside the container',
  },
  gateway: {
    SUBGRAPH_SECRET: 'without it each gateway process makes up its own, which no subgraph accepts',
    HOST: 'the default 127.0.0.1 cannot be reached from outside the container',
    NODE_ENV: 'production: no demo login, no introspection for strangers, MFA required',
    ...Object.fromEntries(SUBGRAPH_URLS.map((name) => [name, 'the default is 127.0.0.1, inside the gateway\'s own container'])),
  },
  dashboard: {
    GATEWAY_URL: 'the default is 127.0.0.1, inside the dashboard\'s own container',
    HOST: 'the default 127.0.0.1 cannot be reached from outside the container',
  },
  job: {
    MIGRATION_DATABASE_URL: 'the owner of the tables runs the migrations',
    DATABASE_URL: 'the services\' login, which the migration puts in uitstroom_service',
  },
};

const factsCache = new Map<string, SourceFacts>();
export function factsOf(service: ServiceSpec): SourceFacts {
  const cached = factsCache.get(service.entry) ?? sourceFacts(service.entry);
  factsCache.set(service.entry, cached);
  return cached;
}

/** Filled-in parts of templated names (`${name.toUpperCase()}_URL`): the services' own names. */
const FILLERS = SERVICES.map((s) => s.name.toUpperCase());

export function codeReads(service: ServiceSpec, name: string): boolean {
  return readsEnv(factsOf(service), name, FILLERS) || name in LIBRARY_ENV;
}

/**
 * Problems with one service's environment in one file: variables its code never reads (a typo or a
 * stale setting), needed ones that are missing, and values that must point at the other services.
 * `serviceUrl(name)` is how that file reaches a service, e.g. `http://parties:4001`.
 */
export function envProblems(service: ServiceSpec, env: Map<string, string | null>, serviceUrl: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const name of env.keys()) if (!codeReads(service, name)) problems.push(`${service.name} sets ${name}, which its code does not read`);
  for (const name of Object.keys(NEEDED[service.kind])) if (!env.has(name)) problems.push(`${service.name} lacks ${name} (${NEEDED[service.kind][name]})`);
  const expect = (name: string, value: string) => {
    if (env.has(name) && env.get(name) !== null && env.get(name) !== value) problems.push(`${service.name}: ${name} is ${env.get(name)}, expected ${value}`);
  };
  if (service.kind !== 'job') expect('HOST', '0.0.0.0');
  expect('NODE_ENV', 'production');
  if (service.kind === 'gateway') SUBGRAPH_NAMES.forEach((name) => expect(`${name.toUpperCase()}_URL`, `${serviceUrl(name)}/graphql`));
  if (service.kind === 'dashboard') expect('GATEWAY_URL', serviceUrl('gateway'));
  return problems;
}

/** SHUTDOWN_TIMEOUT_MS as the services read it from this environment. */
export function shutdownSeconds(env: Map<string, string | null>): number {
  return readShutdownTimeout({ SHUTDOWN_TIMEOUT_MS: env.get('SHUTDOWN_TIMEOUT_MS') ?? undefined }) / 1000;
}

export const serviceByName = (name: string) => SERVICES.find((s) => s.name === name);
export { LONG_RUNNING, portOf };

/**
 * The internal port Prometheus scrapes in this environment (METRICS_PORT), or null: in production a
 * service serves /metrics on no port of its own, so a deployment without it has no metrics at all.
 */
export function metricsPortOf(env: Map<string, string | null>): number | null {
  const exposure = readMetricsExposure(Object.fromEntries([...env].map(([k, v]) => [k, v ?? undefined])));
  return exposure.on === 'listener' ? exposure.port : null;
}
