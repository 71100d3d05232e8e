// npm run generate -- --trajectories 1_000_000 [--visits N] [--seed N] [--database-url postgres://…]
// Migrates the database and writes the reference data (no demo data), then generates the national
// data set into it with COPY and prints what it wrote, how long each phase took and at what rate.
import { parseArgs } from 'node:util';
import { createDb } from '../client.ts';
import { readDatabaseConfig } from '../config.ts';
import { prepareDatabase } from '../prepare.ts';
import { DEFAULT_SEED, generateNational, type NationalSummary, type NationalTable } from './national.ts';

const USAGE = `usage: npm run generate -- --trajectories N [--visits N] [--seed N] [--parallel N] [--database-url URL]
  --trajectories N    trajectories to generate, at least 100 (underscores allowed: 1_000_000)
  --visits N          VoorzieningenWijzer household visits (default: half the trajectories)
  --seed N            random seed, 0-4294967295 (default ${DEFAULT_SEED}); the same seed gives the same data
  --parallel N        trajectory chunks loaded at once, each on its own connection (default 2)
  --database-url URL  postgres://… of a PostgreSQL server, as the owner or a superuser
                      (default MIGRATION_DATABASE_URL, else DATABASE_URL)`;

/** A mistake in the command line: reported with the usage. */
class UsageError extends Error {}

interface CliOptions {
  trajectories: number;
  visits: number | undefined;
  seed: number | undefined;
  parallel: number | undefined;
  url: string;
}

function wholeNumber(name: string, raw: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replaceAll('_', ''));
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : `of at least ${min.toLocaleString('en')}`;
    throw new UsageError(`--${name} must be a whole number ${range}, got "${raw}"`);
  }
  return value;
}

function parseOptions(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      trajectories: { type: 'string' },
      visits: { type: 'string' },
      seed: { type: 'string' },
      parallel: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const trajectories = wholeNumber('trajectories', values.trajectories, 100);
  if (trajectories === undefined) throw new UsageError('--trajectories is required');
  const url = values['database-url'] || readDatabaseConfig().migrationUrl;
  if (!url) {
    throw new UsageError('no database: pass --database-url postgres://… or set DATABASE_URL. The embedded PGlite is not for national scale (COPY needs a PostgreSQL server)');
  }
  const seed = wholeNumber('seed', values.seed, 0, 0xffffffff);
  return { trajectories, visits: wholeNumber('visits', values.visits, 0), seed, parallel: wholeNumber('parallel', values.parallel, 1, 16), url };
}

const TABLES_TIMED: readonly NationalTable[] = ['trajectories', 'trajectory_steps', 'trajectory_events', 'household_visits'];

function printSummary(summary: NationalSummary): void {
  const number = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`\n${'table'.padEnd(20)}${'rows'.padStart(14)}${'COPY s'.padStart(10)}${'rows/s'.padStart(12)}`);
  for (const [table, rows] of Object.entries(summary.rows) as [NationalTable, number][]) {
    const seconds = TABLES_TIMED.includes(table) ? summary.busySeconds[table] : undefined;
    const rate = seconds ? number(rows / seconds) : '';
    console.log(`${table.padEnd(20)}${number(rows).padStart(14)}${(seconds?.toFixed(1) ?? '').padStart(10)}${rate.padStart(12)}`);
  }
  console.log(`(COPY s: time in each table's COPY statements with their triggers, added up over ${summary.parallel} connection(s))`);
  const phases = Object.entries(summary.seconds).map(([phase, s]) => `${phase} ${s.toFixed(1)} s`);
  console.log(`\nwall clock: ${phases.join(', ')}; generating rows in JS ${(summary.busySeconds.generate ?? 0).toFixed(1)} s, overlapping the loads`);
  const caseRows = summary.rows.trajectories + summary.rows.trajectory_steps + summary.rows.trajectory_events;
  const trajectorySeconds = summary.seconds.trajectories ?? summary.totalSeconds;
  console.log(
    `trajectories with steps and events: ${number(caseRows)} rows in ${trajectorySeconds.toFixed(1)} s (${number(caseRows / trajectorySeconds)} rows/s); ` +
      `total ${summary.totalSeconds.toFixed(1)} s`,
  );
  console.log(`${summary.regions} regions, ${summary.gemeenten} gemeenten; largest region covenant: ${summary.largestCovenantId}; seed ${summary.seed}`);
}

const redacted = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  console.log(`Preparing ${redacted(options.url)} (migrations, reference data)`);
  const database = createDb({ url: options.url, maxConnections: 2 });
  try {
    await prepareDatabase(database, { demoData: false });
  } catch (error) {
    throw new Error('could not prepare the database (migrations, reference data)', { cause: error });
  } finally {
    await database.close();
  }
  console.log(`Generating ${options.trajectories.toLocaleString('en')} trajectories`);
  const summary = await generateNational(options.url, {
    trajectories: options.trajectories,
    visits: options.visits,
    seed: options.seed,
    parallel: options.parallel,
    onProgress: (line) => console.log(`  ${line}`),
  });
  printSummary(summary);
}

main().catch((error: unknown) => {
  // A failed statement's message holds the whole statement and its parameters: shortened, with every cause.
  const short = (message: string) => (message.length > 300 ? `${message.slice(0, 300)}…` : message);
  console.error(`generate: ${short(error instanceof Error ? error.message : String(error))}`);
  for (let cause = error instanceof Error ? error.cause : undefined; cause instanceof Error; cause = cause.cause) console.error(`  cause: ${short(cause.message)}`);
  // parseArgs's own errors (unknown option, missing value) are usage errors too.
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) console.error(`\n${USAGE}`);
  process.exitCode = 1;
});
