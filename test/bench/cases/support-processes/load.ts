// Load for the memory case: a fixed number of clients, each sending its next request as soon as
// its last one is answered, for a fixed time. Failures are counted, not timed.
import { quantile } from '../../support/measure.ts';

export interface LoadOperation {
  name: string;
  /** How many of every `weight`-sum requests are this one. */
  weight: number;
  run(): Promise<unknown>;
}

export interface LoadResult {
  completed: number;
  errors: number;
  /** The first few distinct error messages. */
  errorSamples: string[];
  seconds: number;
  p50Ms: number;
  p95Ms: number;
  /** Completed requests per operation name. */
  perOperation: Record<string, number>;
}

/** The operations in a fixed rotation by weight, so every client sends the same mix. */
function rotation(operations: readonly LoadOperation[]): LoadOperation[] {
  return operations.flatMap((operation) => Array.from({ length: operation.weight }, () => operation));
}

export async function drive(operations: readonly LoadOperation[], clients: number, durationMs: number): Promise<LoadResult> {
  const order = rotation(operations);
  if (order.length === 0) throw new Error('no operations to send');
  const latencies: number[] = [];
  const perOperation: Record<string, number> = Object.fromEntries(operations.map((o) => [o.name, 0]));
  const errorSamples = new Set<string>();
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async (index: number) => {
    // Clients start at different places in the rotation, so the mix is the same at every moment.
    for (let i = index; performance.now() < deadline; i++) {
      const operation = order[i % order.length] as LoadOperation;
      const t0 = performance.now();
      try {
        await operation.run();
        latencies.push(performance.now() - t0);
        perOperation[operation.name] = (perOperation[operation.name] ?? 0) + 1;
      } catch (error) {
        errors++;
        if (errorSamples.size < 3) errorSamples.add(`${operation.name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    errors,
    errorSamples: [...errorSamples],
    seconds: (performance.now() - started) / 1000,
    p50Ms: latencies.length ? quantile(latencies, 0.5) : NaN,
    p95Ms: latencies.length ? quantile(latencies, 0.95) : NaN,
    perOperation,
  };
}
