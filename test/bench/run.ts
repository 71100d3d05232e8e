// `npm run bench`: the monitor page through the gateway against the same figures as raw SQL, on a
// real PostgreSQL filled with 100,000 synthetic trajectories. Prints one table and writes JSON.
// Everything it starts (cluster, database, services, pools) it stops, also on error and Ctrl-C.
import { startGateway, type RunningGateway } from '@uitstroom/gateway';
import { startServices } from '@uitstroom/gateway/platform';
import postgres from 'postgres';
import { createDb } from '@uitstroom/db/client';
import { subgraphSecret } from '@uitstroom/subgraph-kit';
import { CASES, FACT_CASES } from './cases/index.ts';
import { REGION_WERKGROEP, type BenchContext, type Fact, type VariantResult } from './support/bench-case.ts';
import { runCase } from './support/bench-case.ts';
import { loadNational, openProductDatabase, type LoadedData } from './support/data.ts';
import { createLifecycle, guardRun, type Lifecycle } from './support/lifecycle.ts';
import { parseOptions, USAGE, type BenchOptions } from './support/options.ts';
import { createBenchDatabase, startPostgres } from './support/postgres.ts';
import { describeEnvironment, printFacts, printTable, writeReport } from './support/report.ts';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

interface Prepared {
  context: BenchContext;
  data: LoadedData;
  postgres: { version: string; origin: string };
}

function issuerOf(gateway: RunningGateway) {
  if (!gateway.devIssuer) throw new Error('the bench needs the demo issuer: do not set DEV_LOGIN=off');
  return gateway.devIssuer;
}

/** A bearer header for a demo user, or for the werkgroep of the largest region (REGION_WERKGROEP). */
function headersVia(gateway: RunningGateway, region: string) {
  return async (user: string) => {
    const claims = user === REGION_WERKGROEP ? { id: `werkgroep-${region}`, role: 'werkgroep' as const, org: null, covenants: [region], amr: ['pwd', 'otp'] } : user;
    return { authorization: `Bearer ${await issuerOf(gateway).issue(claims)}` };
  };
}

async function prepare(options: BenchOptions, lifecycle: Lifecycle): Promise<Prepared> {
  let started = performance.now();
  const server = await startPostgres(process.env.DATABASE_URL);
  lifecycle.defer('PostgreSQL server', () => server.stop());
  const bench = await createBenchDatabase(server.url);
  lifecycle.defer(`database ${bench.name}`, () => bench.drop());
  console.log(`PostgreSQL ${bench.version} (${server.origin}), database ${bench.name}, ready in ${seconds(started)} s`);

  const database = await openProductDatabase(bench.url);
  lifecycle.defer('platform database pool', () => database.close());
  console.log(`Generating the national data set: ${options.trajectories.toLocaleString('en')} trajectories, bulk-loaded with COPY…`);
  const data = await loadNational(bench.url, options.trajectories);
  console.log(
    `  ${data.trajectories.toLocaleString('en')} trajectories in ${data.regions} regions, ${data.steps.toLocaleString('en')} steps, ` +
      `${data.events.toLocaleString('en')} events, ${data.visits.toLocaleString('en')} visits, loaded in ${data.loadSeconds.toFixed(1)} s; largest region ${data.largestCovenantId}`,
  );

  started = performance.now();
  // The platform's own pool, counting the statements it sends (for the statement-count case).
  let statements = 0;
  const counted = createDb({ url: bench.url, onQuery: () => void statements++ });
  lifecycle.defer('platform database pool (counted)', () => counted.close());
  // The bench asks as the werkgroep and the bestuurder with operations of its own, as the tests do.
  const platform = await startServices(counted, { arbitraryOperations: 'all' });
  lifecycle.defer('platform', () => platform.close());
  const subgraphUrls = {
    parties: platform.subgraphs.parties.url,
    trajectories: platform.subgraphs.trajectories.url,
    funding: platform.subgraphs.funding.url,
    monitoring: platform.subgraphs.monitoring.url,
  };
  const uncached = await startGateway({ port: 0, subgraphUrls, cacheTtlMs: 0, arbitraryOperations: 'all' });
  lifecycle.defer('gateway without response cache', () => uncached.close());
  // Its own pool, apart from the platform's, so the reference does not queue behind the gateway.
  const sql = postgres(bench.url, { max: 20, onnotice: () => {}, connection: { application_name: 'uitstroom-bench' } });
  lifecycle.defer('raw SQL pool', () => sql.end({ timeout: 5 }));
  console.log(`Platform up in ${seconds(started)} s: gateway ${platform.gateway.url}`);
  const context: BenchContext = {
    gatewayUrl: platform.gateway.url,
    sql,
    headersFor: headersVia(platform.gateway, data.largestCovenantId),
    databaseUrl: bench.url,
    subgraphUrls,
    subgraphSecret: subgraphSecret(),
    countStatements: async (fn) => {
      const before = statements;
      const result = await fn();
      return { result, statements: statements - before };
    },
    quick: options.quick,
    largestCovenantId: data.largestCovenantId,
    uncached: {
      gatewayUrl: uncached.url,
      headersFor: headersVia(uncached, data.largestCovenantId),
    },
  };
  return { context, data, postgres: { version: bench.version, origin: server.origin } };
}

async function bench(options: BenchOptions, lifecycle: Lifecycle): Promise<void> {
  const { context, data, postgres: server } = await prepare(options, lifecycle);
  // Before measuring: the load average then is other work on the machine, not our own clients.
  const environment = describeEnvironment(server.version, server.origin);
  const results: VariantResult[] = [];
  const chosen = (name: string) => options.only === undefined || name.toLowerCase().includes(options.only.toLowerCase());
  for (const makeCase of CASES) {
    const benchCase = makeCase(context);
    if (!chosen(benchCase.name)) continue;
    const close = benchCase.close?.bind(benchCase);
    if (close) lifecycle.defer(`case ${benchCase.name}`, close);
    results.push(...(await runCase(benchCase, options.measure)));
  }
  const facts: Fact[] = [];
  for (const makeCase of FACT_CASES) {
    const factCase = makeCase(context);
    if (!chosen(factCase.name)) continue;
    console.log(`\n${factCase.name}: measuring`);
    facts.push(...(await factCase.facts()));
  }
  if (results.length > 0) printTable(results, options.measure);
  printFacts(facts);
  const path = await writeReport({ environment, data, settings: options.measure, quick: options.quick, results, facts });
  console.log(
    `\nNode ${environment.node}, PostgreSQL ${environment.postgres}, ${environment.cpus} CPUs (${environment.cpuModel}), ` +
      `${data.trajectories.toLocaleString('en')} trajectories, load average before measuring ${environment.loadAverage.join(' ')}`,
  );
  console.log(`Written to ${path}`);
}

async function main(): Promise<void> {
  // A JSON line per request (LOG_LEVEL=info) from thousands of bench requests would bury the tables.
  process.env.LOG_LEVEL ||= 'warn';
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') return console.log(USAGE);
  if (options.quick) console.log('--quick: a check that the bench works; the figures mean little.');
  const lifecycle = createLifecycle();
  const disarm = guardRun(lifecycle, options.timeLimitMs);
  try {
    await bench(options, lifecycle);
  } finally {
    disarm();
    console.log('\nCleaning up…');
    await lifecycle.finish();
  }
}

main().catch((error: unknown) => {
  console.error('\nbench failed:', error);
  process.exitCode = 1;
});
