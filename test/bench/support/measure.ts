// Timing one operation: warm-up, sequential latency (median, p95), then throughput with a fixed
// number of concurrent clients for a fixed time.

export interface MeasureSettings {
  /** Runs before timing, to fill caches and JIT the code paths. */
  warmup: number;
  /** Sequential runs timed for latency... */
  iterations: number;
  /** ...or fewer, when they would take longer than this. */
  sequentialLimitMs: number;
  /** Clients running the operation back to back during the throughput phase. */
  concurrency: number;
  throughputMs: number;
}

export interface Measurement {
  /** Sequential runs timed. */
  samples: number;
  medianMs: number;
  p95Ms: number;
  /** Completed runs per second with `concurrency` clients. */
  requestsPerSecond: number;
  /** Runs completed during the throughput phase, and how long it took with the runs under way at its end. */
  throughputRuns: number;
  throughputSeconds: number;
}

/** Quantile q (0–1) of ascending values, interpolated linearly between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  const rank = (sorted.length - 1) * q;
  const below = sorted[Math.floor(rank)] as number;
  const above = sorted[Math.ceil(rank)] as number;
  return below + (above - below) * (rank - Math.floor(rank));
}

async function sequentialLatencies(operation: () => Promise<unknown>, settings: MeasureSettings): Promise<number[]> {
  const latencies: number[] = [];
  const started = performance.now();
  while (latencies.length < settings.iterations && performance.now() - started < settings.sequentialLimitMs) {
    const t0 = performance.now();
    await operation();
    latencies.push(performance.now() - t0);
  }
  return latencies.sort((a, b) => a - b);
}

/** Every client starts a new run as soon as its last one ends, until the time is up; runs under way then are finished and counted. */
async function throughput(operation: () => Promise<unknown>, settings: MeasureSettings): Promise<{ runs: number; seconds: number }> {
  const started = performance.now();
  const deadline = started + settings.throughputMs;
  let runs = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      await operation();
      runs++;
    }
  };
  await Promise.all(Array.from({ length: settings.concurrency }, client));
  return { runs, seconds: (performance.now() - started) / 1000 };
}

export async function measure(operation: () => Promise<unknown>, settings: MeasureSettings): Promise<Measurement> {
  for (let i = 0; i < settings.warmup; i++) await operation();
  const latencies = await sequentialLatencies(operation, settings);
  const { runs, seconds } = await throughput(operation, settings);
  return {
    samples: latencies.length,
    medianMs: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    requestsPerSecond: runs / seconds,
    throughputRuns: runs,
    throughputSeconds: seconds,
  };
}
