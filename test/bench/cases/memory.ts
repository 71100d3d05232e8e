// Case "memory under load" (issue 7, case 5): the gateway and the four subgraphs each as a process
// of its own (their production shape: node gateway/src/index.ts, node subgraphs/<name>/src/index.ts)
// on the bench's PostgreSQL, under 20 clients sending the monitor page and a cross-subgraph list;
// each process's resident memory sampled from /proc. Goal: gateway peak RSS ≤ 250 MB.
// The gateway's response cache is off, so every request does its whole work in every process.
import { randomBytes, randomUUID } from 'node:crypto';
import { GATEWAY_NODE_FLAGS } from '@uitstroom/gateway/config';
import { freePort } from '../../support/ports.ts';
import type { BenchContext, Fact, FactCase } from '../support/bench-case.ts';
import { MONITOR_PAGE_OPERATION, type MonitorPageData } from './monitor-operation.ts';
import { listOperation } from './statement-count.ts';
import { drive, type LoadOperation, type LoadResult } from './support-processes/load.ts';
import { childEnv, spawnNode, waitForHttp, type Child } from './support-processes/processes.ts';
import { readMemory, sampleMemory, type MemoryPeaks } from './support-processes/rss.ts';

const NAME = 'memory under load';
const GATEWAY_GOAL_MB = 250;
const CLIENTS = 20;
const SUBGRAPHS = ['parties', 'trajectories', 'funding', 'monitoring'] as const;
const PERIOD = { from: '2025-07-01', to: '2025-12-31' };
/** Rows in the cross-subgraph list: trajectories with their parties' names from the parties subgraph. */
const LIST_ROWS = 100;
const READY_LIMIT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const SAMPLE_INTERVAL_MS = 250;
const STOP_GRACE_MS = 5_000;

const mb = (bytes: number) => Math.round(bytes / 100_000) / 10;

interface Stack {
  /** http://127.0.0.1:<port> of the gateway. */
  origin: string;
  processes: Record<string, Child>;
}

/** Starts the four subgraphs and the gateway, each its own process; every child is pushed to `started` at once (for the caller's finally). */
async function startStack(context: BenchContext, started: Child[]): Promise<Stack> {
  const secret = randomBytes(32).toString('base64url');
  const [gatewayPort, ...subgraphPorts] = await Promise.all([freePort(), ...SUBGRAPHS.map(() => freePort())]);
  const processes: Record<string, Child> = {};
  const ready: Promise<number>[] = [];
  SUBGRAPHS.forEach((name, i) => {
    const port = String(subgraphPorts[i]);
    const child = spawnNode(name, `subgraphs/${name}/src/index.ts`, childEnv({ PORT: port, DATABASE_URL: context.databaseUrl, SUBGRAPH_SECRET: secret }));
    started.push((processes[name] = child));
    ready.push(waitForHttp(child, `http://127.0.0.1:${port}/readyz`, READY_LIMIT_MS));
  });
  const urls = Object.fromEntries(SUBGRAPHS.map((name, i) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${String(subgraphPorts[i])}/graphql`]));
  const env = childEnv({ GATEWAY_PORT: String(gatewayPort), SUBGRAPH_SECRET: secret, RESPONSE_CACHE_TTL_MS: '0', ...urls });
  // With the V8 flags it runs with in production (the deploy files use the same constant).
  const gateway = spawnNode('gateway', 'gateway/src/index.ts', env, GATEWAY_NODE_FLAGS);
  started.push((processes.gateway = gateway));
  const origin = `http://127.0.0.1:${String(gatewayPort)}`;
  ready.push(waitForHttp(gateway, `${origin}/healthz`, READY_LIMIT_MS));
  const times = await Promise.all(ready);
  console.log(`  gateway and subgraphs up, each its own process, in ${(Math.max(...times) / 1000).toFixed(1)} s`);
  return { origin, processes };
}

async function post<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    // Its own request id each, so identical requests in flight are not merged into one subgraph fetch.
    headers: { 'content-type': 'application/json', 'x-request-id': randomUUID(), ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const answer = (await response.json()) as T & { errors?: unknown[] };
  if (response.status !== 200 || answer.errors?.length) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

/** A bearer token from the gateway's demo issuer, as the dashboard's login picker gets one. */
async function tokenFor(origin: string, user: string): Promise<Record<string, string>> {
  const { token } = await post<{ token: string }>(`${origin}/auth/dev/token`, { user });
  return { authorization: `Bearer ${token}` };
}

/** The two operations, each checked once before the load: an answer with no data would be measured as fast. */
async function operations(origin: string, COVENANT: string): Promise<LoadOperation[]> {
  // The largest region of the national data set; the demo werkgroep works in the five real covenants
  // only, so the monitor is asked as the beheerder (who sees exact counts: the same statements).
  const beheerder = await tokenFor(origin, 'beheerder');
  const MONITOR_VARIABLES = { covenantId: COVENANT, ...PERIOD };
  const graphql = `${origin}/graphql`;
  const monitor = async () => {
    const { data } = await post<{ data: MonitorPageData }>(graphql, { query: MONITOR_PAGE_OPERATION, variables: MONITOR_VARIABLES }, beheerder);
    if (!data.covenant?.monitor) throw new Error(`no monitor for covenant ${COVENANT}`);
  };
  const list = async () => {
    const { data } = await post<{ data: Record<string, { provider: { name: string | null } | null }[]> }>(graphql, { query: listOperation(LIST_ROWS), variables: { covenantId: COVENANT } }, beheerder);
    const rows = Object.values(data).flat();
    if (rows.length !== LIST_ROWS || rows.some((row) => !row.provider?.name)) throw new Error(`the list of ${COVENANT} came back with ${rows.length} of ${LIST_ROWS} rows or without parties`);
  };
  await monitor();
  await list();
  return [
    { name: 'monitor page (beheerder)', weight: 3, run: monitor },
    { name: `list of ${LIST_ROWS} with parties (beheerder)`, weight: 1, run: list },
  ];
}

function report(before: Record<string, number>, peaks: Record<string, MemoryPeaks>, load: LoadResult): void {
  console.log(
    `  ${CLIENTS} clients, ${load.seconds.toFixed(1)} s: ${load.completed} requests (${(load.completed / load.seconds).toFixed(1)}/s; ` +
      `${Object.entries(load.perOperation).map(([name, count]) => `${name} ${count}`).join(', ')}), ${load.errors} errors, ` +
      `p50 ${load.p50Ms.toFixed(0)} ms, p95 ${load.p95Ms.toFixed(0)} ms`,
  );
  for (const sample of load.errorSamples) console.log(`    error: ${sample}`);
  for (const [name, peak] of Object.entries(peaks)) {
    console.log(`    ${name.padEnd(13)} RSS before load ${mb(before[name] ?? 0)} MB, highest sample ${mb(peak.sampledRss)} MB, peak (VmHWM) ${mb(peak.hwm)} MB (${peak.samples} samples)`);
  }
}

function facts(before: Record<string, number>, peaks: Record<string, MemoryPeaks>, load: LoadResult, seconds: number): Fact[] {
  const fact = (measure: string, value: number, unit: string, goal: string | null = null, met: boolean | null = null): Fact => ({ case: NAME, measure, value, unit, goal, met });
  const gateway = mb(peaks.gateway?.hwm ?? NaN);
  return [
    fact('gateway peak RSS (VmHWM, own process)', gateway, 'MB', `≤ ${GATEWAY_GOAL_MB} MB`, gateway <= GATEWAY_GOAL_MB),
    fact('gateway RSS before load (started, 2 requests)', mb(before.gateway ?? NaN), 'MB'),
    fact('gateway RSS under load (highest sample)', mb(peaks.gateway?.sampledRss ?? NaN), 'MB'),
    ...SUBGRAPHS.map((name) => fact(`${name} subgraph peak RSS (VmHWM)`, mb(peaks[name]?.hwm ?? NaN), 'MB')),
    fact(`requests completed, ${CLIENTS} clients × ${seconds} s`, load.completed, 'requests'),
    fact('errors under load', load.errors, 'errors', '0', load.errors === 0),
    fact('p95 latency under load (3 monitor : 1 list)', Math.round(load.p95Ms), 'ms'),
  ];
}

/** Drives the load while sampling every process's memory; the sampler stops also when the load fails. */
async function underLoad(pids: Record<string, number>, mix: LoadOperation[], seconds: number): Promise<{ load: LoadResult; peaks: Record<string, MemoryPeaks> }> {
  const sampler = sampleMemory(pids, SAMPLE_INTERVAL_MS);
  let load: LoadResult;
  try {
    load = await drive(mix, CLIENTS, seconds * 1000);
  } catch (error) {
    await sampler.stop();
    throw error;
  }
  return { load, peaks: await sampler.stop() };
}

export function memoryCase(context: BenchContext): FactCase {
  return {
    name: NAME,
    facts: async () => {
      const started: Child[] = [];
      try {
        const stack = await startStack(context, started);
        const mix = await operations(stack.origin, context.largestCovenantId);
        const pids = Object.fromEntries(Object.entries(stack.processes).map(([name, child]) => [name, child.pid]));
        const before = Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, (await readMemory(pid))?.rss ?? NaN] as const)));
        const seconds = context.quick ? 5 : 20;
        const { load, peaks } = await underLoad(pids, mix, seconds);
        const exited = started.filter((child) => !child.alive());
        if (exited.length) throw new Error(`${exited.map((c) => c.name).join(', ')} exited under load; output ends:\n${exited.map((c) => c.tail()).join('\n')}`);
        report(before, peaks, load);
        return facts(before, peaks, load, seconds);
      } finally {
        await Promise.all(started.map((child) => child.stop('SIGTERM', STOP_GRACE_MS)));
      }
    },
  };
}
