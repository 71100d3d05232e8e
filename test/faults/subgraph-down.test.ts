// A subgraph down and back, with real processes on 127.0.0.1: the gateway answers with what the
// other subgraphs give plus an error at each missing field (no internal address in it), and answers
// in full again once the subgraph is back, without being restarted. Then a bounded load (20
// clients) while a subgraph is restarted: no process crashes and every request is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, healthy, tokenFor, type GraphQLAnswer } from './support/client.ts';
import { ANALIST, pgBin, startEnvironment, type FaultEnvironment } from './support/environment.ts';
import { formatSummary, runLoad, summarise, type Sample } from './support/load.ts';
import { SUBGRAPHS, startStack, type Stack } from './support/stack.ts';

/** A covenant's name (parties), its number of trajectories (trajectories) and its outflow (monitoring). */
const COVENANT_FIGURES = /* GraphQL */ `
  query CovenantFigures {
    covenant(id: "walcheren") {
      name
      trajectoryCount
      outflow(from: "2025-01-01", to: "2025-12-31", granularity: QUARTER) { periods { code } total { count display } }
    }
  }`;

interface CovenantFigures {
  covenant: { name: string; trajectoryCount: number | null; outflow: { periods: { code: string }[]; total: { count: number | null; display: string } } | null } | null;
}

const CLIENTS = 20;
/** The load runs this long at least, and AFTER_RESTART_MS past the restart, but never past LOAD_LIMIT_MS. */
const LOAD_MS = 20_000;
const AFTER_RESTART_MS = 8_000;
const LOAD_LIMIT_MS = 45_000;
/** When in the load the subgraph is stopped. */
const RESTART_AT_MS = 4_000;

let environment: FaultEnvironment | undefined;
let stack: Stack | undefined;
let analist: Record<string, string>;
let baseline: GraphQLAnswer<CovenantFigures>;

beforeAll(async () => {
  if (!pgBin) return;
  environment = await startEnvironment();
  stack = await startStack({ databaseUrl: environment.serviceUrl, replicasPerSubgraph: 1 });
  analist = await tokenFor(stack.origin, ANALIST);
  baseline = await graphql<CovenantFigures>(stack.origin, analist, COVENANT_FIGURES);
});

afterAll(async () => {
  await stack?.close();
  await environment?.cluster.destroy();
});

const ask = () => graphql<CovenantFigures>((stack as Stack).origin, analist, COVENANT_FIGURES);

describe.skipIf(!pgBin)('a subgraph down', () => {
  it('answers with the other subgraphs’ data and an error at the missing field, then in full again when it is back', async () => {
    const running = stack as Stack;
    expect(baseline.body.errors).toBeUndefined();
    expect(baseline.body.data?.covenant?.outflow?.periods).toHaveLength(4);

    await running.stopReplica('monitoring', 0, 'SIGKILL');
    let partial: GraphQLAnswer<CovenantFigures>;
    try {
      partial = await ask();
    } finally {
      // Back on the same port whatever the answer was, so the next test starts from a whole platform.
      await running.startReplica('monitoring', 0);
    }
    const full = await ask();
    console.log(`  monitoring down, the gateway answered: ${partial.text}`);
    expect(partial.status).toBe(200);
    expect(partial.body.data?.covenant).toEqual({ ...baseline.body.data?.covenant, outflow: null });
    expect(partial.body.errors).toEqual([
      { message: 'The monitoring service is unavailable; try again shortly.', path: ['covenant', 'outflow'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'monitoring' } },
    ]);
    const monitoringPort = running.replicas.monitoring[0]?.port;
    expect(partial.text).not.toMatch(new RegExp(`127\\.0\\.0\\.1|localhost|ECONNREFUSED|:${monitoringPort}\\b`));
    expect(full.body).toEqual(baseline.body);
    // The same gateway process throughout: it was never restarted.
    expect(running.gateway.alive()).toBe(true);
  });
});

/** One load request: answered in full, or answered with errors (partial), or not answered at all (rejects). */
async function loadRequest(): Promise<{ outcome: 'ok' | 'graphql-error'; detail?: string }> {
  const answer = await graphql<CovenantFigures>((stack as Stack).origin, analist, COVENANT_FIGURES, {}, 30_000);
  const full = answer.status === 200 && !answer.body.errors && answer.body.data?.covenant?.outflow?.total.display === baseline.body.data?.covenant?.outflow?.total.display;
  return full ? { outcome: 'ok' } : { outcome: 'graphql-error', detail: answer.text.slice(0, 300) };
}

/** Stops monitoring gracefully (as a rolling update does) after RESTART_AT_MS, then starts it again. */
async function restartMonitoring(running: Stack) {
  await new Promise((resolve) => setTimeout(resolve, RESTART_AT_MS));
  const stoppedAt = performance.now();
  const exit = await running.stopReplica('monitoring', 0, 'SIGTERM');
  const exitedAt = performance.now();
  await running.startReplica('monitoring', 0);
  return { stoppedAt, exit, exitedAt, readyAt: performance.now() };
}

describe.skipIf(!pgBin)('a bounded load while a subgraph restarts', () => {
  it(`keeps every process up and answers every request; after the restart none fails (${CLIENTS} clients)`, async () => {
    const running = stack as Stack;
    const started = performance.now();
    // Until the restart is over the load goes on (up to LOAD_LIMIT_MS); then for a while after it, however long it took.
    let end = started + LOAD_LIMIT_MS;
    const restart = restartMonitoring(running).then((window) => {
      end = Math.min(Math.max(started + LOAD_MS, window.readyAt + AFTER_RESTART_MS), started + LOAD_LIMIT_MS);
      return window;
    });
    const [samples, window] = await Promise.all([runLoad(CLIENTS, () => end, loadRequest), restart]);
    const phase = (from: number, to: number) => summarise(samples.filter((s: Sample) => s.startedAt >= from && s.startedAt < to));
    const all = summarise(samples);
    const after = phase(window.readyAt, Infinity);
    const at = (t: number) => `${((t - started) / 1000).toFixed(1)} s`;
    console.log(`  monitoring: SIGTERM at ${at(window.stoppedAt)}, exited (${window.exit}) at ${at(window.exitedAt)}, started again and ready at ${at(window.readyAt)}`);
    console.log(`  ${formatSummary('whole run', all)}`);
    console.log(`  ${formatSummary('before the restart', phase(0, window.stoppedAt))}`);
    console.log(`  ${formatSummary('during the restart', phase(window.stoppedAt, window.readyAt))}`);
    console.log(`  ${formatSummary('after the restart', after)}`);
    const messages = new Set(samples.flatMap((s) => (s.detail ? [s.detail.match(/"message":"([^"]*)"/)?.[1] ?? s.detail] : [])));
    for (const message of messages) console.log(`    error seen: ${message}`);

    expect(window.exit).toBe(0); // it stopped by itself on SIGTERM, not killed after STOP_GRACE_MS
    expect(all.noAnswer).toBe(0);
    expect(after.requests).toBeGreaterThan(0);
    expect(after.errors).toBe(0);
    expect(running.processes().filter((child) => !child.alive()).map((child) => child.name)).toEqual([]);
    const health = await healthy([`${running.origin}/healthz`, ...SUBGRAPHS.map((name) => `http://127.0.0.1:${running.replicas[name][0]?.port}/healthz`)]);
    expect(Object.values(health)).toEqual([200, 200, 200, 200, 200]);
  });
});
