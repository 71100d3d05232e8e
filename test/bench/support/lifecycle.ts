// What the bench starts it also stops: a stack of clean-up steps run once, in reverse order, when
// the run ends, fails, is interrupted (Ctrl-C) or overruns its time limit. A throwaway PostgreSQL
// cluster left running would hold a port and a folder in /tmp until the machine restarts.

/** One clean-up step may take this long before the next one runs anyway. */
const STEP_TIMEOUT_MS = 20_000;

export interface Lifecycle {
  /** Registers a clean-up step; steps run last-registered first. */
  defer(name: string, step: () => Promise<unknown>): void;
  /** Runs every step once; later calls wait for the same run. */
  finish(): Promise<void>;
}

function withTimeout(name: string, step: () => Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      console.error(`  clean-up "${name}" took longer than ${STEP_TIMEOUT_MS / 1000} s; going on`);
      resolve();
    }, STEP_TIMEOUT_MS);
    step()
      .catch((error: unknown) => console.error(`  clean-up "${name}" failed:`, error))
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

export function createLifecycle(): Lifecycle {
  const steps: { name: string; step: () => Promise<unknown> }[] = [];
  let finishing: Promise<void> | undefined;
  const finish = () => {
    finishing ??= (async () => {
      for (const { name, step } of [...steps].reverse()) await withTimeout(name, step);
    })();
    return finishing;
  };
  return { defer: (name, step) => void steps.push({ name, step }), finish };
}

/**
 * Stops the run from outside the main flow: on SIGINT/SIGTERM and at the time limit it cleans up
 * and exits, whatever the main flow is awaiting. Returns a function that disarms the guard.
 */
export function guardRun(lifecycle: Lifecycle, timeLimitMs: number): () => void {
  const stop = (message: string, code: number) => {
    console.error(`\n${message}`);
    void lifecycle.finish().then(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => stop(`bench: ${signal} received, cleaning up`, 130);
  const timer = setTimeout(
    () => stop(`bench: stopped at the time limit of ${timeLimitMs / 60_000} min (use --quick or fewer --trajectories); cleaning up`, 2),
    timeLimitMs,
  );
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
