// A bounded load: a fixed number of clients, each sending its next request when its last is
// answered, until a deadline. Every request is kept with when it started and ended and how it went,
// so a test can ask how requests fared in a window (before, during and after a restart).
import { quantile } from '../../bench/support/measure.ts';

export type Outcome = 'ok' | 'graphql-error' | 'no-answer';

export interface Sample {
  /** performance.now() at the start and the end of the request. */
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  /** What went wrong, for the report. */
  detail?: string;
}

export interface Summary {
  requests: number;
  errors: number;
  /** Requests the gateway did not answer at all (connection lost, timed out). */
  noAnswer: number;
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * `request` resolves with 'ok' or 'graphql-error' (and a detail) when the gateway answered; a
 * rejection counts as no answer. Runs `clients` clients while `deadline()` (performance.now() time,
 * asked before each request, so a test can move it) lies ahead.
 */
export async function runLoad(clients: number, deadline: () => number, request: () => Promise<{ outcome: 'ok' | 'graphql-error'; detail?: string }>): Promise<Sample[]> {
  const samples: Sample[] = [];
  const client = async () => {
    while (performance.now() < deadline()) {
      const startedAt = performance.now();
      try {
        const { outcome, detail } = await request();
        samples.push({ startedAt, endedAt: performance.now(), outcome, detail });
      } catch (error) {
        samples.push({ startedAt, endedAt: performance.now(), outcome: 'no-answer', detail: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return samples;
}

export function summarise(samples: readonly Sample[]): Summary {
  const latencies = samples.map((s) => s.endedAt - s.startedAt).sort((a, b) => a - b);
  const errors = samples.filter((s) => s.outcome !== 'ok').length;
  return {
    requests: samples.length,
    errors,
    noAnswer: samples.filter((s) => s.outcome === 'no-answer').length,
    errorRate: samples.length ? errors / samples.length : 0,
    p50Ms: latencies.length ? quantile(latencies, 0.5) : NaN,
    p95Ms: latencies.length ? quantile(latencies, 0.95) : NaN,
  };
}

export function formatSummary(label: string, summary: Summary): string {
  const percent = (summary.errorRate * 100).toFixed(2);
  return `${label}: ${summary.requests} requests, ${summary.errors} errors (${percent}%), ${summary.noAnswer} unanswered, p50 ${summary.p50Ms.toFixed(0)} ms, p95 ${summary.p95Ms.toFixed(0)} ms`;
}
