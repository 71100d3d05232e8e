// A bench case: one piece of work done in several ways (variants), one of them the baseline the
// others are compared with. Cases live in ../cases; this runs them.
import type { Sql } from 'postgres';
import { measure, type MeasureSettings, type Measurement } from './measure.ts';

/** What a case may use: the platform's gateway and a separate client on the same database. */
export interface BenchContext {
  gatewayUrl: string;
  /** The Authorization header of a demo user (werkgroep, beheerder, …), signed by the gateway's demo issuer. */
  headersFor(user: string): Promise<Record<string, string>>;
  /** postgres.js, pool of 20, apart from the platform's pool. */
  sql: Sql;
}

export interface Variant {
  name: string;
  /** One request; rejects when the answer is wrong in shape (errors), so failures are not timed as successes. */
  run(): Promise<unknown>;
}

export interface BenchCase {
  name: string;
  variants: Variant[];
  /** Name of the variant the others are compared with. */
  baseline: string;
  /** Checks once, before timing, that the variants compute the same figures; throws when they do not. */
  verify(): Promise<void>;
}

export interface VariantResult extends Measurement {
  case: string;
  variant: string;
  baseline: boolean;
  /** Median latency of this variant ÷ the baseline's; null on the baseline itself. */
  latencyRatio: number | null;
  /** Throughput of the baseline ÷ this variant's; null on the baseline itself. */
  throughputRatio: number | null;
}

export async function runCase(benchCase: BenchCase, settings: MeasureSettings): Promise<VariantResult[]> {
  console.log(`\n${benchCase.name}: checking the variants agree`);
  await benchCase.verify();
  const measured: { variant: Variant; result: Measurement }[] = [];
  for (const variant of benchCase.variants) {
    console.log(`${benchCase.name}: measuring ${variant.name}`);
    measured.push({ variant, result: await measure(() => variant.run(), settings) });
  }
  const base = measured.find((m) => m.variant.name === benchCase.baseline)?.result;
  if (!base) throw new Error(`case "${benchCase.name}" has no variant named "${benchCase.baseline}"`);
  return measured.map(({ variant, result }) => {
    const isBase = variant.name === benchCase.baseline;
    return {
      case: benchCase.name,
      variant: variant.name,
      baseline: isBase,
      ...result,
      latencyRatio: isBase ? null : result.medianMs / base.medianMs,
      throughputRatio: isBase ? null : base.requestsPerSecond / result.requestsPerSecond,
    };
  });
}
