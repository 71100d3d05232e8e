// A bench case: one piece of work done in several ways (variants), one of them the baseline the
// others are compared with. Cases live in ../cases; this runs them.
import type { Sql } from 'postgres';
import { measure, type MeasureSettings, type Measurement } from './measure.ts';

/** What a case may use: the platform's gateway and a separate client on the same database. */
export interface BenchContext {
  gatewayUrl: string;
  /**
   * The Authorization header of a demo user (werkgroep, beheerder, …) or of `regionWerkgroep` (the
   * werkgroep of the largest region), signed by the gateway's demo issuer.
   */
  headersFor(user: string): Promise<Record<string, string>>;
  /** postgres.js, pool of 20, apart from the platform's pool. */
  sql: Sql;
  /** postgres://… of the bench database, as its owner (for COPY and for processes a case starts). */
  databaseUrl: string;
  /** Where the platform's subgraphs listen (for other gateways or servers in front of them). */
  subgraphUrls: Record<'parties' | 'trajectories' | 'funding' | 'monitoring', string>;
  /** The secret the subgraphs check the gateway's signed viewer with (for another gateway in front of them). */
  subgraphSecret: Uint8Array;
  /** SQL statements the platform's services send while fn runs (nothing else may run meanwhile). */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }>;
  /** Bench options: quick runs use smaller sizes. */
  quick: boolean;
  /** The region covenant with the most trajectories in the national data set. */
  largestCovenantId: string;
  /** A second gateway in front of the same subgraphs with the response cache off: what every first request costs. */
  uncached: { gatewayUrl: string; headersFor(user: string): Promise<Record<string, string>> };
}

/** The demo werkgroep works in the five real covenants; the national regions need one of their own. */
export const REGION_WERKGROEP = 'regionWerkgroep';

/** A figure that is not a latency comparison: a count, a duration, a memory peak — with its goal. */
export interface Fact {
  case: string;
  measure: string;
  value: number;
  unit: string;
  /** The goal as text (e.g. "≤ 30 s", "constant"), and whether it was met; null when there is none. */
  goal: string | null;
  met: boolean | null;
}

/** A case that reports facts rather than timing variants against a baseline. */
export interface FactCase {
  name: string;
  facts(): Promise<Fact[]>;
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
  /** Stops what the case started (reference servers, pools); registered before it runs. */
  close?(): Promise<void>;
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
