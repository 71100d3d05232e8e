// The bulk loads of the national data set, each through COPY FROM STDIN.
//
// Milestones: trajectories carry milestone columns that only the statement-level triggers of
// migration 0003 may write. The load keeps those triggers on and lets them do exactly that, cheaply:
// per chunk (one transaction) it copies the chunk's trajectories (without milestones, so the guard
// on insert has nothing to refresh), then all of the chunk's steps in one COPY, whose one trigger
// call sets registered/housed/closed/omklap on the chunk's trajectories in one UPDATE, then its
// events in one COPY, whose trigger recomputes the few trajectories with an event. Each trajectory
// is thus updated once or twice, and a chunk costs three trigger calls whatever its size. Measured
// on 450,000 steps: the milestone trigger adds ~0.4 s to an 8.4 s COPY, the foreign-key checks
// ~4 s; switching triggers off would save little and bypass the one place milestones come from.
import type { Sql, TransactionSql } from 'postgres';
import { copyInto, inBlocks } from './copy.ts';
import type { FundBooks } from './ledger.ts';
import { EVENT_COLUMNS, STEP_COLUMNS, TRAJECTORY_COLUMNS, generateChunk, type NegativeEnd, type TrajectoryChunk, type World } from './trajectories.ts';
import { line, noonOf, isoOf } from './values.ts';
import { VISIT_COLUMNS, generateVisits } from './visits.ts';

/** Trajectories per chunk: ~450,000 steps per COPY, some 50 MB of text. */
export const CHUNK = 50_000;

/** Seconds spent, added up per name: `phase` for wall-clock phases, `busy` for work that may overlap. */
export interface Timer {
  phase<T>(name: string, fn: () => Promise<T> | T): Promise<T>;
  busy<T>(name: string, fn: () => Promise<T> | T): Promise<T>;
}

export type Progress = (line: string) => void;

/** Settings for one load transaction: no wait for the WAL flush per commit, room for the triggers' joins. */
async function loadSettings(tx: TransactionSql): Promise<void> {
  await tx`set local synchronous_commit = off`;
  await tx`set local work_mem = '256MB'`;
}

export interface TrajectoryLoad {
  trajectories: number;
  steps: number;
  events: number;
  perRegion: number[];
  negativeEnds: NegativeEnd[];
}

/** One chunk in one transaction: trajectories, then steps, then events (see the milestones above). */
async function loadChunk(sql: Sql, chunk: TrajectoryChunk, timer: Timer): Promise<void> {
  await sql.begin(async (tx) => {
    await loadSettings(tx);
    await timer.busy('trajectories', () => copyInto(tx, 'trajectories.trajectories', TRAJECTORY_COLUMNS, chunk.trajectories));
    await timer.busy('trajectory_steps', () => copyInto(tx, 'trajectories.trajectory_steps', STEP_COLUMNS, chunk.steps));
    await timer.busy('trajectory_events', () => copyInto(tx, 'trajectories.trajectory_events', EVENT_COLUMNS, chunk.events));
  });
}

function addUp(load: TrajectoryLoad, chunk: TrajectoryChunk): void {
  load.trajectories += chunk.counts.trajectories;
  load.steps += chunk.counts.steps;
  load.events += chunk.counts.events;
  chunk.perRegion.forEach((n, i) => (load.perRegion[i] = (load.perRegion[i] ?? 0) + n));
  load.negativeEnds.push(...chunk.negativeEnds);
}

/**
 * Generates chunk after chunk (in order: event numbers run on) and loads up to `parallel` of them
 * at once, each on its own connection: a COPY keeps one server process busy, and its triggers and
 * foreign-key checks only touch the chunk's own trajectories. The first failure stops the load.
 */
export async function loadTrajectories(sql: Sql, world: World, total: number, parallel: number, timer: Timer, progress: Progress): Promise<TrajectoryLoad> {
  const load: TrajectoryLoad = { trajectories: 0, steps: 0, events: 0, perRegion: world.pools.map(() => 0), negativeEnds: [] };
  const started = performance.now();
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  let loaded = 0;
  let nextEvent = 1;
  for (let first = 1; first <= total && failure === null; first += CHUNK) {
    const chunk = await timer.busy('generate', () => generateChunk(world, first, Math.min(CHUNK, total - first + 1), nextEvent));
    nextEvent = chunk.nextEvent;
    addUp(load, chunk);
    const job: Promise<void> = loadChunk(sql, chunk, timer)
      .then(() => {
        loaded += chunk.counts.trajectories;
        const seconds = (performance.now() - started) / 1000;
        progress(`trajectories ${loaded.toLocaleString('en')}/${total.toLocaleString('en')} with their steps and events in ${seconds.toFixed(1)} s`);
      })
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => running.delete(job));
    running.add(job);
    while (running.size >= parallel) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== null) {
    const { error } = failure as { error: unknown };
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason} (${loaded.toLocaleString('en')} trajectories were committed: generate into a fresh database)`, { cause: error });
  }
  return load;
}

/** Visits per COPY statement. */
const VISIT_CHUNK = 100_000;

export async function loadVisits(sql: Sql, world: World, total: number, timer: Timer, progress: Progress): Promise<number> {
  for (let first = 1; first <= total; first += VISIT_CHUNK) {
    const count = Math.min(VISIT_CHUNK, total - first + 1);
    const blocks = await timer.busy('generate', () => generateVisits(world, first, count));
    await timer.busy('household_visits', () =>
      sql.begin(async (tx) => {
        await loadSettings(tx);
        await copyInto(tx, 'trajectories.household_visits', VISIT_COLUMNS, blocks);
      }),
    );
    progress(`household visits ${(first + count - 1).toLocaleString('en')}/${total.toLocaleString('en')}`);
  }
  return total;
}

const ACTOR = ['medewerker', 'generator'] as const;

/** The funds' books as COPY lines per table, in an order the foreign keys accept. */
export interface FundLoad {
  fundId: string;
  cashierId: string;
  books: FundBooks;
}

function booksAsLines(funds: readonly FundLoad[]) {
  const lines = { rounds: [] as string[], parts: [] as string[], claims: [] as string[], claimLines: [] as string[], claimSteps: [] as string[], ledger: [] as string[] };
  for (const { fundId, cashierId: cashier, books } of funds) {
    for (const r of books.rounds) lines.rounds.push(line([r.id, fundId, r.number, r.kind, isoOf(r.day), r.balanceCents, r.reason, cashier, ...ACTOR, noonOf(r.day)]));
    for (const p of books.parts) lines.parts.push(line([p.roundId, p.partyId, p.owedCents]));
    for (const c of books.claims) lines.claims.push(line([c.id, fundId, c.caseCode, c.claimantId, isoOf(c.submittedDay), isoOf(c.negativeEndDay), c.depositCents]));
    for (const l of books.claimLines) lines.claimLines.push(line([l.claimId, l.lineNo, l.costType, l.cents, null]));
    for (const s of books.claimSteps) lines.claimSteps.push(line([s.claimId, s.status, isoOf(s.day), s.note, s.refusalRule, s.by, ...ACTOR, noonOf(s.day)]));
    // The ledger's ids follow this order: per fund, by day, as bookings are made.
    for (const b of books.ledger) lines.ledger.push(line([fundId, isoOf(b.day), b.kind, b.partyId, b.cents, b.roundId, b.claimId, b.by, ...ACTOR, noonOf(b.day)]));
  }
  return lines;
}

const BY = ['by_organisation', 'by_role', 'by_user', 'recorded_at'] as const;

export async function loadBooks(sql: Sql, funds: readonly FundLoad[]): Promise<void> {
  const all = booksAsLines(funds);
  const lines = Object.fromEntries(Object.entries(all).map(([table, rows]) => [table, [...inBlocks(rows)]])) as typeof all;
  await sql.begin(async (tx) => {
    await loadSettings(tx);
    await copyInto(tx, 'funding.fund_rounds', ['id', 'fund_id', 'number', 'kind', 'raised_on', 'balance_at_raise_cents', 'reason', ...BY], lines.rounds);
    await copyInto(tx, 'funding.fund_round_parts', ['round_id', 'party_id', 'owed_cents'], lines.parts);
    await copyInto(tx, 'funding.fund_claims', ['id', 'fund_id', 'case_code', 'claimant_party_id', 'submitted_on', 'negative_end_on', 'deposit_cents'], lines.claims);
    await copyInto(tx, 'funding.fund_claim_lines', ['claim_id', 'line_no', 'cost_type', 'cents', 'description'], lines.claimLines);
    await copyInto(tx, 'funding.fund_claim_steps', ['claim_id', 'status', '"on"', 'note', 'refusal_rule', ...BY], lines.claimSteps);
    await copyInto(tx, 'funding.fund_ledger', ['fund_id', 'booked_on', 'kind', 'party_id', 'cents', 'round_id', 'claim_id', ...BY], lines.ledger);
  });
}
