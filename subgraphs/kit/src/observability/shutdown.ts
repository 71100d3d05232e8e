// Graceful stop on SIGTERM (Kubernetes, docker stop) and SIGINT (Ctrl-C): each step in order —
// the HTTP server (not ready, no new requests, those in flight finish), then the database pool,
// then the span exporter — and exit 0. A second signal while stopping is ignored: under npm,
// Ctrl-C arrives twice (terminal and npm) and must not cut the first stop short.
import type { Logger } from './logger.ts';

export function stopOnSignals(log: Logger, steps: ReadonlyArray<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing requests in flight');
    const started = performance.now();
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        log.error({ err: error }, 'stopping: a step failed');
      }
    }
    log.info({ ms: Math.round(performance.now() - started) }, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
