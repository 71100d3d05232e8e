// Command-line options of `npm run bench`: the full run, or --quick to check in seconds that it works.
import { parseArgs } from 'node:util';
import type { MeasureSettings } from './measure.ts';

export interface BenchOptions {
  /** Trajectories of the national data set to generate (db/src/generate). */
  trajectories: number;
  quick: boolean;
  measure: MeasureSettings;
  /** The whole run stops itself after this long, cleaning up as it goes. */
  timeLimitMs: number;
  /** Only the cases whose name contains this text (`--case memory`); all when absent. */
  only?: string;
}

const FULL: Omit<BenchOptions, 'trajectories' | 'quick'> = {
  measure: { warmup: 5, iterations: 50, sequentialLimitMs: 60_000, concurrency: 20, throughputMs: 10_000 },
  timeLimitMs: 30 * 60_000,
};

const QUICK: Omit<BenchOptions, 'trajectories' | 'quick'> = {
  measure: { warmup: 2, iterations: 10, sequentialLimitMs: 10_000, concurrency: 20, throughputMs: 2_000 },
  timeLimitMs: 8 * 60_000,
};

export const USAGE = `usage: npm run bench [-- --quick] [-- --trajectories N] [-- --case TEXT]
  --quick            50,000 trajectories and short measurements: the smoke test CI runs; figures mean little
  --trajectories N   trajectories in the national data set (default 1,000,000: national scale; 50,000 with --quick)
  --case TEXT        only the cases whose name contains TEXT (e.g. memory, KPI)`;

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean', default: false }, trajectories: { type: 'string' }, case: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const trajectories = values.trajectories === undefined ? (quick ? 50_000 : 1_000_000) : Number(values.trajectories.replaceAll('_', ''));
  if (!Number.isSafeInteger(trajectories) || trajectories < 100) {
    throw new Error(`--trajectories must be a whole number of at least 100, got ${values.trajectories ?? ''}`);
  }
  return { trajectories, quick, ...(quick ? QUICK : FULL), ...(values.case ? { only: values.case } : {}) };
}
