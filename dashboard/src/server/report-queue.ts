// How many report PDFs are printed at once, how many may wait, and for how long. A print holds a
// Chromium page and a few hundred MB for seconds: without a limit a handful of requests exhausts the
// server. A few lines rather than a library: the queue must be bounded (refuse with 429 beyond it),
// and a request that gives up (time limit, client gone) must leave the queue.

/** Refused or given up; `status` is the HTTP status, `message` is Dutch for the user. */
export class ReportPdfError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface ReportQueueLimits {
  /** Prints at the same time (each a Chromium page). */
  concurrency: number;
  /** Requests that may wait for a free slot; one more is refused with 429. */
  maxWaiting: number;
  /** From arrival (waiting included) to the PDF; past it the print is stopped and the answer is 504. */
  timeoutMs: number;
}

/** Two cores on the smallest deployment: two pages at once, four waiting, a minute in all (a report takes 8–13 s). */
export const DEFAULT_REPORT_QUEUE_LIMITS: ReportQueueLimits = { concurrency: 2, maxWaiting: 4, timeoutMs: 60_000 };

/** Seconds a refused client is asked to wait (Retry-After). */
export const BUSY_RETRY_AFTER_SECONDS = 30;
export const BUSY_MESSAGE = 'Er worden nu te veel rapporten tegelijk gemaakt. Probeer het over een halve minuut opnieuw.';
export const TIMEOUT_MESSAGE = 'Het maken van de PDF duurde te lang. Probeer het later opnieuw, of gebruik zolang ‘Afdrukken’ in de afdrukweergave.';
const CANCELLED_MESSAGE = 'Het verzoek is afgebroken.';

export type ReportTask<T> = (signal: AbortSignal) => Promise<T>;

export function createReportQueue(limits: ReportQueueLimits = DEFAULT_REPORT_QUEUE_LIMITS) {
  let running = 0;
  const waiting: (() => void)[] = [];

  /** A finished print hands its slot straight to the first waiting request (no gap a newcomer could take). */
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  /**
   * Runs `task` when a slot is free; 429 at once when the queue is full. The task's signal aborts at
   * the time limit or when `cancel` aborts (the client went away); the task must then stop its work.
   */
  async function run<T>(task: ReportTask<T>, cancel?: AbortSignal): Promise<T> {
    if (running >= limits.concurrency && waiting.length >= limits.maxWaiting) throw new ReportPdfError(429, BUSY_MESSAGE);
    const deadline = AbortSignal.timeout(limits.timeoutMs);
    const signal = cancel ? AbortSignal.any([deadline, cancel]) : deadline;
    const stopped = () => new ReportPdfError(deadline.aborted ? 504 : 499, deadline.aborted ? TIMEOUT_MESSAGE : CANCELLED_MESSAGE);
    if (running < limits.concurrency) running += 1;
    else {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          signal.removeEventListener('abort', leave);
          resolve();
        };
        const leave = () => {
          waiting.splice(waiting.indexOf(turn), 1);
          reject(stopped());
        };
        waiting.push(turn);
        signal.addEventListener('abort', leave, { once: true });
      });
    }
    const work = (async () => {
      if (signal.aborted) throw stopped();
      return task(signal);
    })();
    // The slot is free when the work has really stopped (its page closed), not when the caller gave up.
    work.catch(() => undefined).finally(release);
    // The caller's answer does not wait for that: at the time limit it gets its 504 at once.
    return new Promise<T>((resolve, reject) => {
      const abort = () => reject(stopped());
      signal.addEventListener('abort', abort, { once: true });
      work.then(resolve, (error: unknown) => reject(signal.aborted ? stopped() : error)).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  return {
    run,
    /** Prints under way and waiting, for tests and logs. */
    load: () => ({ running, waiting: waiting.length }),
  };
}

export type ReportQueue = ReturnType<typeof createReportQueue>;
