// Case "start-up" (issue 7, case 5): `npm start` (gateway/src/platform/start.ts, run with node as
// npm runs it) on a new, empty DATA_DIR — embedded PGlite, created and filled with demo data — until
// the dashboard answers 200; stopped with Ctrl-C (SIGINT), then started again on the same folder
// (warm). Goals: ≤ 30 s on a fresh clone, ≤ 5 s warm. Only the data folder is fresh here: the clone's
// node_modules, and the dashboard's pre-bundled dependencies under dashboard/node_modules/.vite, are not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../support/ports.ts';
import type { BenchContext, Fact, FactCase } from '../support/bench-case.ts';
import { childEnv, spawnNode, waitForHttp, type OutputLine } from './support-processes/processes.ts';

const NAME = 'start-up';
const COLD_GOAL_S = 30;
const WARM_GOAL_S = 5;
const COLD_LIMIT_MS = 180_000;
const WARM_LIMIT_MS = 60_000;
/** After SIGINT the platform stops itself; SIGKILL when it has not after this long. */
const STOP_GRACE_MS = 15_000;
const SERVICES = ['GATEWAY', 'PARTIES', 'TRAJECTORIES', 'FUNDING', 'MONITORING', 'DASHBOARD'] as const;

interface Start {
  /** Milliseconds from the spawn until GET / on the dashboard answered 200. */
  dashboardMs: number;
  /** ... until it printed "Stop with Ctrl-C". */
  readyLineMs: number;
  /** From SIGINT until the process had exited. */
  stopMs: number;
  lines: OutputLine[];
}

async function startOnce(label: string, dataDir: string, limitMs: number): Promise<Start> {
  const ports = await Promise.all(SERVICES.map(() => freePort()));
  const env = childEnv({ DATA_DIR: dataDir, ...Object.fromEntries(SERVICES.map((name, i) => [`${name}_PORT`, String(ports[i])])) });
  const child = spawnNode(`npm start (${label})`, 'gateway/src/platform/start.ts', env);
  try {
    const dashboardMs = await waitForHttp(child, `http://127.0.0.1:${String(ports[5])}/`, limitMs);
    const readyLineMs = await child.waitForLine(/Stop with Ctrl-C/, limitMs);
    const stopping = performance.now();
    const code = await child.stop('SIGINT', STOP_GRACE_MS);
    if (code !== 0) throw new Error(`${child.name} exited with ${String(code)} after SIGINT; its output ends:\n${child.tail()}`);
    return { dashboardMs, readyLineMs, stopMs: performance.now() - stopping, lines: child.lines };
  } finally {
    await child.stop('SIGINT', 5_000);
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Milliseconds since the spawn at which the first line matching `pattern` came (NaN: none). */
function lineAt(lines: readonly OutputLine[], pattern: RegExp): number {
  return lines.find((line) => pattern.test(line.text))?.atMs ?? NaN;
}

/**
 * Where the time went, from the lines the platform prints as it goes: its first line comes once
 * node has loaded every module start.ts imports; then the database; then housekeeping, subgraphs,
 * gateway and dashboard until "draait"; then the dashboard's first answer.
 */
function phases(start: Start): { name: string; ms: number }[] {
  const loaded = start.lines[0]?.atMs ?? NaN;
  const database = lineAt(start.lines, /^(Demo data written|Database ready)/);
  const running = lineAt(start.lines, /draait \(started in/);
  return [
    { name: 'node and its imports (first line)', ms: loaded },
    { name: 'database (open, migrate, demo data)', ms: database - loaded },
    { name: 'housekeeping, services, dashboard', ms: running - database },
    { name: "dashboard's first GET /", ms: Math.max(0, start.dashboardMs - running) },
  ];
}

function report(label: string, start: Start): void {
  console.log(`  ${label}: dashboard 200 after ${s(start.dashboardMs)}, "Stop with Ctrl-C" after ${s(start.readyLineMs)}, stopped ${s(start.stopMs)} after SIGINT`);
  for (const phase of phases(start)) console.log(`    ${phase.name.padEnd(38)} ${s(phase.ms).padStart(7)}`);
  const printed = start.lines.filter((line) => !/^\s|^$|^Uitstroommonitor draait|^Stop with|stopping…|^Stopped/.test(line.text));
  for (const line of printed) console.log(`    [${s(line.atMs).padStart(7)}] ${line.text.slice(0, 120)}`);
}

function facts(cold: Start, warm: Start): Fact[] {
  const fact = (measure: string, ms: number, goalS: number | null = null): Fact => {
    const value = Math.round(ms / 100) / 10;
    return { case: NAME, measure, value, unit: 's', goal: goalS === null ? null : `≤ ${goalS} s`, met: goalS === null ? null : ms / 1000 <= goalS };
  };
  return [
    fact('cold (new DATA_DIR, demo data): dashboard 200', cold.dashboardMs, COLD_GOAL_S),
    fact('cold: "Stop with Ctrl-C" printed', cold.readyLineMs),
    fact('warm (same DATA_DIR): dashboard 200', warm.dashboardMs, WARM_GOAL_S),
    fact('warm: "Stop with Ctrl-C" printed', warm.readyLineMs),
    // Where the warm start's time goes (the last phase, the dashboard's first answer, is in the log).
    ...phases(warm).slice(0, 3).map((phase) => fact(`warm: ${phase.name}`, phase.ms)),
    fact('warm: SIGINT until exited', warm.stopMs),
  ];
}

function explainSlowWarm(warm: Start): void {
  if (warm.dashboardMs / 1000 <= WARM_GOAL_S) return;
  const slowest = [...phases(warm)].sort((a, b) => b.ms - a.ms).slice(0, 2);
  console.log(
    `  warm start over ${WARM_GOAL_S} s (${s(warm.dashboardMs)}): most time in ${slowest.map((p) => `${p.name} (${s(p.ms)})`).join(' and ')}`,
  );
}

/** Needs nothing of the bench's platform or database: it starts its own, as a user does. */
export function startupCase(_context: BenchContext): FactCase {
  return {
    name: NAME,
    facts: async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'um-bench-start-'));
      try {
        const cold = await startOnce('cold', dataDir, COLD_LIMIT_MS);
        report('cold', cold);
        const warm = await startOnce('warm', dataDir, WARM_LIMIT_MS);
        report('warm', warm);
        explainSlowWarm(warm);
        return facts(cold, warm);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
