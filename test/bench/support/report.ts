// The bench's output: one fixed-width table on stdout, and the same figures with the environment
// as JSON under node_modules/.cache (outside git), for comparing runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadedData } from './data.ts';
import type { MeasureSettings } from './measure.ts';
import type { Fact, VariantResult } from './bench-case.ts';

export const REPORT_PATH = join(import.meta.dirname, '../../../node_modules/.cache/uitstroom-bench/latest.json');

export interface Environment {
  node: string;
  postgres: string;
  postgresOrigin: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  /** 1-, 5- and 15-minute load averages before measuring: others' work on the machine makes the figures noisy. */
  loadAverage: number[];
}

export function describeEnvironment(postgres: string, postgresOrigin: string): Environment {
  return {
    node: process.version,
    postgres,
    postgresOrigin,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

const COLUMNS = [
  { title: 'case', width: 14, align: 'left' },
  { title: 'variant', width: 16, align: 'left' },
  { title: 'median ms', width: 10, align: 'right' },
  { title: 'p95 ms', width: 10, align: 'right' },
  { title: 'req/s', width: 9, align: 'right' },
  { title: 'ratio', width: 22, align: 'left' },
] as const;

const line = (cells: string[]) => cells.map((cell, i) => (COLUMNS[i]?.align === 'right' ? cell.padStart(COLUMNS[i].width) : cell.padEnd(COLUMNS[i]?.width ?? 0))).join('  ');

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** Two decimals below 1, where goals such as "≤ 0.1 of raw SQL" are read; one above. */
const times = (value: number) => `${value.toFixed(value < 1 ? 2 : 1)}×`;

function ratio(result: VariantResult): string {
  if (result.baseline) return 'baseline';
  return `${times(result.latencyRatio ?? 0)} lat, ${times(result.throughputRatio ?? 0)} thr`;
}

export function printTable(results: VariantResult[], settings: MeasureSettings): void {
  console.log(`\n${line(COLUMNS.map((c) => c.title))}`);
  console.log(line(COLUMNS.map((c) => '-'.repeat(c.width))));
  for (const r of results) {
    console.log(line([r.case, r.variant, ms(r.medianMs), ms(r.p95Ms), r.requestsPerSecond.toFixed(1), ratio(r)]));
  }
  console.log(
    `\nLatency: ${settings.warmup} warm-up, then up to ${settings.iterations} sequential runs or ${settings.sequentialLimitMs / 1000} s ` +
      `(taken: ${results.map((r) => `${r.variant} ${r.samples}`).join(', ')}). req/s: ${settings.concurrency} concurrent clients for ${settings.throughputMs / 1000} s.` +
      `\nRatio: median latency ÷ the baseline's ("lat"), and the baseline's req/s ÷ this variant's ("thr"): how many times slower.`,
  );
}

const FACT_COLUMNS = [
  { title: 'case', width: 22 },
  { title: 'measure', width: 44 },
  { title: 'value', width: 14 },
  { title: 'goal', width: 16 },
  { title: 'met', width: 4 },
] as const;

const factLine = (cells: string[]) => cells.map((cell, i) => (i === 2 ? cell.padStart(FACT_COLUMNS[i]?.width ?? 0) : cell.padEnd(FACT_COLUMNS[i]?.width ?? 0))).join('  ');

export function printFacts(facts: readonly Fact[]): void {
  if (facts.length === 0) return;
  console.log(`\n${factLine(FACT_COLUMNS.map((c) => c.title))}`);
  console.log(factLine(FACT_COLUMNS.map((c) => '-'.repeat(c.width))));
  for (const f of facts) {
    const value = `${Number.isInteger(f.value) ? f.value.toLocaleString('en') : f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`;
    console.log(factLine([f.case, f.measure, value, f.goal ?? '', f.met === null ? '' : f.met ? 'yes' : 'NO']));
  }
}

export async function writeReport(report: {
  environment: Environment;
  data: LoadedData;
  settings: MeasureSettings;
  quick: boolean;
  results: VariantResult[];
  facts: Fact[];
}): Promise<string> {
  await mkdir(dirname(REPORT_PATH), { recursive: true });
  await writeFile(REPORT_PATH, `${JSON.stringify({ finishedAt: new Date().toISOString(), ...report }, null, 2)}\n`);
  return REPORT_PATH;
}
