import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE, createReportQueue, ReportPdfError, TIMEOUT_MESSAGE } from './report-queue.ts';

/** A task that runs until the test finishes it (or its signal aborts, as a print's closed page does). */
function controllable() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const task = (name: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started.push(name);
      finish.set(name, () => resolve(name));
      signal.addEventListener('abort', () => reject(new Error(`${name} stopped`)), { once: true });
    });
  return { started, finish: (name: string) => finish.get(name)?.(), task };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('report PDF queue', () => {
  it('prints two at a time, lets four wait in order, and refuses the next with 429 in Dutch', async () => {
    const queue = createReportQueue({ concurrency: 2, maxWaiting: 4, timeoutMs: 60_000 });
    const t = controllable();
    const answers = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => queue.run(t.task(name)));
    await settled();
    expect(t.started).toEqual(['a', 'b']);
    expect(queue.load()).toEqual({ running: 2, waiting: 4 });
    const refused = queue.run(t.task('g'));
    await expect(refused).rejects.toBeInstanceOf(ReportPdfError);
    await expect(refused).rejects.toMatchObject({ status: 429, message: BUSY_MESSAGE });
    expect(t.started).not.toContain('g');

    t.finish('b');
    await expect(answers[1]).resolves.toBe('b');
    // The freed slot goes to the first waiting request, not to one arriving at that moment.
    const newcomer = queue.run(t.task('h'));
    await settled();
    expect(t.started).toEqual(['a', 'b', 'c']);
    expect(queue.load()).toEqual({ running: 2, waiting: 4 });
    for (const name of ['a', 'c', 'd', 'e', 'f', 'h']) {
      t.finish(name);
      await settled();
    }
    await expect(Promise.all([...answers, newcomer])).resolves.toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'h']);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('stops a print at the time limit with 504 in Dutch, and frees its slot when the print has stopped', async () => {
    const queue = createReportQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 50 });
    const t = controllable();
    let signal: AbortSignal | undefined;
    const answer = queue.run((s) => {
      signal = s;
      return t.task('slow')(s);
    });
    await expect(answer).rejects.toMatchObject({ status: 504, message: TIMEOUT_MESSAGE });
    expect(signal?.aborted).toBe(true);
    await settled();
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('lets a waiting request leave the queue when its time runs out or its client goes away; it never starts', async () => {
    const queue = createReportQueue({ concurrency: 1, maxWaiting: 2, timeoutMs: 60_000 });
    const t = controllable();
    const first = queue.run(t.task('first'));
    const client = new AbortController();
    const gone = queue.run(t.task('gone'), client.signal);
    await settled();
    expect(queue.load()).toEqual({ running: 1, waiting: 1 });
    client.abort();
    await expect(gone).rejects.toMatchObject({ status: 499 });
    expect(queue.load()).toEqual({ running: 1, waiting: 0 });

    const short = createReportQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 50 });
    const blocker = short.run(() => new Promise(() => undefined));
    const late = short.run(t.task('late'));
    await Promise.all([expect(late).rejects.toMatchObject({ status: 504 }), expect(blocker).rejects.toMatchObject({ status: 504 })]);
    t.finish('first');
    await expect(first).resolves.toBe('first');
    expect(t.started).toEqual(['first']);
  });

  it('passes a print\'s own error on, and frees its slot', async () => {
    const queue = createReportQueue({ concurrency: 1, maxWaiting: 0, timeoutMs: 60_000 });
    await expect(queue.run(async () => Promise.reject(new ReportPdfError(404, 'Deze evaluatie bestaat niet (meer).')))).rejects.toMatchObject({ status: 404 });
    await expect(queue.run(async () => 'next')).resolves.toBe('next');
  });
});
