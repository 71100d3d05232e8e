// Prometheus metrics of one service, served at its /metrics: requests (rate, errors, latency
// histogram), GraphQL errors by code, and the database pool. One registry per service, so the
// services `npm start` runs in one process each show their own figures.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the metrics need of a database: the Database of @uitstroom/db/client has both. */
export interface PoolSource {
  ping(): Promise<boolean>;
  poolStats(): Promise<{ max: number; connections: Record<string, number> }>;
}

/** The paths a service answers; anything else is counted as `other`, so a scan cannot blow up the label set. */
const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

export function routeOf(path: string): string {
  return ROUTES.has(path) ? path : 'other';
}

export interface ServiceMetrics {
  registry: Registry;
  /** Call when a request starts; the returned function when its response has been sent. */
  requestStarted(method: string, route: string): (status: number) => void;
  graphqlErrors(codes: readonly string[]): void;
  /** Counts a statement sent to the database by this service. */
  statement(): void;
}

export function createServiceMetrics(service: string, database?: PoolSource): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to the end of the response, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({ name: 'http_requests_in_flight', help: 'Requests being handled now', registers: [registry] });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors in responses, by extensions.code', labelNames: ['code'], registers: [registry] });
  const statements = new Counter({ name: 'db_statements_total', help: 'SQL statements sent to the database', registers: [registry] });
  if (database) databaseGauges(registry, database);
  return {
    registry,
    requestStarted(method, route) {
      inFlight.inc();
      const stop = duration.startTimer();
      return (status) => {
        inFlight.dec();
        const labels = { method, route, status: String(status) };
        stop(labels);
        requests.inc(labels);
      };
    },
    graphqlErrors(codes) {
      for (const code of codes) errors.inc({ code });
    },
    statement: () => statements.inc(),
  };
}

/** Read when Prometheus scrapes: whether the database answers, and the pool's connections by state. */
function databaseGauges(registry: Registry, database: PoolSource): void {
  new Gauge({
    name: 'db_up',
    help: '1 when the database answered `select 1` at this scrape',
    registers: [registry],
    async collect() {
      this.set((await database.ping().catch(() => false)) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'Largest number of connections the pool opens',
    registers: [registry],
    async collect() {
      const stats = await database.poolStats().catch(() => null);
      if (stats) this.set(stats.max);
    },
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Connections of this pool open on the server, by state (active, idle, idle in transaction)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      const stats = await database.poolStats().catch(() => null);
      for (const [state, count] of Object.entries(stats?.connections ?? {})) this.set({ state }, count);
    },
  });
}
