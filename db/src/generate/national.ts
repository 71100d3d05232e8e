// The national data set (issue 7): the 342 gemeenten in 40 regions, each region a covenant with
// its corporations, providers and Garantiefonds; trajectories with steps and events, VoorzieningenWijzer
// visits and the funds' ledgers, bulk-loaded with COPY into a migrated database that holds the
// reference data (prepareDatabase). The five real covenants are left alone. Deterministic per seed.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import * as schema from '../schema/index.ts';
import { simulateFund, type FundPlan } from './ledger.ts';
import { loadBooks, loadTrajectories, loadVisits, type FundLoad, type Progress, type Timer, type TrajectoryLoad } from './load.ts';
import { NATIONAL_GEMEENTEN, nationalRegions, type Region } from './regions.ts';
import { FUND_MODEL, cashierOf, fundIdOf, nationalDataPresent, writeRegionalReference, type GeneratorDb } from './reference.ts';
import { createWorld, type Period, type World } from './trajectories.ts';
import { ID_KIND, dayOf, streamFor } from './values.ts';
import { VISITS_FROM } from './visits.ts';

export const DEFAULT_SEED = 20_260_701;

/** Aanmelding from 2014 to the reference day; nothing after the reference day has happened. */
export const NATIONAL_PERIOD = { from: '2014-01-01', to: '2026-10-31', asOf: '2026-10-31' } as const;

export interface NationalOptions {
  trajectories: number;
  /** Household visits; default half the trajectories. */
  visits?: number;
  seed?: number;
  /** Chunks loaded at once, each on its own connection (default 2). */
  parallel?: number;
  onProgress?: (line: string) => void;
}

export type NationalTable =
  | 'parties' | 'covenants' | 'memberships' | 'trajectories' | 'trajectory_steps' | 'trajectory_events' | 'household_visits'
  | 'funds' | 'fund_rounds' | 'fund_round_parts' | 'fund_claims' | 'fund_claim_lines' | 'fund_claim_steps' | 'fund_ledger';

export interface NationalSummary {
  seed: number;
  period: { from: string; to: string; asOf: string };
  regions: number;
  gemeenten: number;
  /** The region covenant with the most trajectories (the bench's monitor case). */
  largestCovenantId: string;
  /** Rows written per table (parties: the synthetic ones added). */
  rows: Record<NationalTable, number>;
  /** Wall-clock seconds per phase, in order: reference, trajectories (with steps and events), visits, ledger, vacuum. */
  seconds: Record<string, number>;
  /**
   * Seconds spent per table's COPY statements (with their triggers and checks), added up over the
   * parallel connections, and 'generate' for building the rows in JS (overlapping the loads).
   */
  busySeconds: Record<string, number>;
  /** Connections that loaded trajectory chunks at once. */
  parallel: number;
  totalSeconds: number;
}

function createTimer(): Timer & { phases: Record<string, number>; busySeconds: Record<string, number> } {
  const phases: Record<string, number> = {};
  const busySeconds: Record<string, number> = {};
  const timed = (into: Record<string, number>) =>
    async function <T>(name: string, fn: () => Promise<T> | T): Promise<T> {
      const started = performance.now();
      try {
        return await fn();
      } finally {
        into[name] = (into[name] ?? 0) + (performance.now() - started) / 1000;
      }
    };
  return { phases, busySeconds, phase: timed(phases), busy: timed(busySeconds) };
}

function checkOptions(options: NationalOptions): { trajectories: number; visits: number; seed: number; parallel: number } {
  const trajectories = options.trajectories;
  const parallel = options.parallel ?? 2;
  if (!Number.isSafeInteger(parallel) || parallel < 1 || parallel > 16) throw new Error(`parallel must be a whole number from 1 to 16, got ${parallel}`);
  const visits = options.visits ?? Math.floor(trajectories / 2);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(trajectories) || trajectories < 1) throw new Error(`trajectories must be a whole number of at least 1, got ${trajectories}`);
  if (!Number.isSafeInteger(visits) || visits < 0) throw new Error(`visits must be a whole number of at least 0, got ${visits}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  return { trajectories, visits, seed, parallel };
}

/** Refuses a database that is not ready: not migrated, no reference data, a role RLS applies to, national data already there. */
async function preflight(sql: Sql, db: GeneratorDb): Promise<void> {
  const [state] = await sql<{ migrated: boolean; bypass: boolean }[]>`
    select to_regclass('trajectories.trajectory_steps') is not null and to_regclass('funding.fund_ledger') is not null as migrated,
      (select rolsuper or rolbypassrls from pg_catalog.pg_roles where rolname = current_user) as bypass`;
  if (!state?.migrated) throw new Error('the database is not migrated: run prepareDatabase first (npm run generate does)');
  const [woonkans] = await sql`select 1 from parties.covenants where id = 'woonkans'`;
  if (!woonkans) throw new Error('the database has no reference data (covenant woonkans): run prepareDatabase first (npm run generate does)');
  if (!state.bypass) throw new Error('COPY FROM needs a role that bypasses row-level security (superuser or BYPASSRLS), such as the owner login that runs the migrations');
  if (await nationalDataPresent(db)) throw new Error('the database already holds national data (regio-01 … regio-40): generate into a fresh database');
}

function periodDays(): Period {
  return { from: dayOf(NATIONAL_PERIOD.from), to: dayOf(NATIONAL_PERIOD.to), asOf: dayOf(NATIONAL_PERIOD.asOf) };
}

/** Targets per region from the sizes generated: the region's share of homes and visits per year. */
function targetSizes(regions: readonly Region[], trajectories: number, visits: number, period: Period) {
  const population = regions.reduce((s, r) => s + r.population, 0);
  const years = (period.to - period.from + 1) / 365.25;
  const share = (r: Region) => r.population / population;
  return {
    homesPerYear: (r: Region) => Math.max(1, Math.round((trajectories * share(r) * 0.85) / years)),
    visitsPerYear: (r: Region) => Math.max(1, Math.round((visits * share(r)) / Math.max(1, (period.asOf - Math.max(VISITS_FROM, period.from)) / 365.25))),
  };
}

function fundPlans(world: World, load: TrajectoryLoad): { plan: FundPlan; region: Region }[] {
  const { period, pools } = world;
  return pools.map(({ region }, index) => ({
    region,
    plan: {
      fundId: fundIdOf(region),
      cashierId: cashierOf(region),
      chairId: region.chair.id,
      startDay: period.from,
      asOf: period.asOf,
      thresholdCents: FUND_MODEL.topUpThresholdCents,
      rules: FUND_MODEL.contributionRules.map((r) => ({ partyKind: r.partyKind, groupTotalCents: r.groupTotalCents ?? null, perPartyCents: r.perPartyCents ?? null })),
      members: [...region.gemeenten, ...region.corporations, ...region.providers].map((p) => ({ partyId: p.id, kind: p.kind, weight: p.weight })),
      eligibleCostTypes: FUND_MODEL.eligibleCostTypes,
      negativeEnds: load.negativeEnds.filter((e) => e.regionIndex === index),
      roundId: (n) => world.id(ID_KIND.round, region.number * 1_000_000 + n),
      claimId: (n) => world.id(ID_KIND.claim, region.number * 1_000_000 + n),
    },
  }));
}

function simulateFunds(world: World, load: TrajectoryLoad): FundLoad[] {
  return fundPlans(world, load).map(({ plan, region }) => ({
    fundId: plan.fundId,
    cashierId: plan.cashierId,
    books: simulateFund(plan, streamFor(world.seed, 0xf0d, region.number)),
  }));
}

function largestRegion(world: World, load: TrajectoryLoad): string {
  let best = 0;
  load.perRegion.forEach((n, i) => {
    if (n > (load.perRegion[best] ?? 0)) best = i;
  });
  return (world.pools[best] as World['pools'][number]).region.covenantId;
}

/**
 * The steps' trigger rewrote every trajectory once (an UPDATE that changes indexed columns cannot
 * stay on its page), leaving the table and its indexes twice their size: VACUUM FULL rewrites them
 * compactly (seconds per 100,000 trajectories); the plain VACUUM after it sets the visibility map,
 * which a rewrite leaves empty. The other tables were only appended to.
 */
async function vacuum(sql: Sql): Promise<void> {
  await sql`vacuum (full) trajectories.trajectories`;
  await sql.unsafe(`vacuum (analyze) trajectories.trajectories, trajectories.trajectory_steps, trajectories.trajectory_events,
    trajectories.household_visits, funding.fund_ledger, funding.fund_rounds, funding.fund_round_parts, funding.fund_claims,
    funding.fund_claim_lines, funding.fund_claim_steps, parties.parties, parties.memberships`);
}

function countRows(regions: readonly Region[], load: TrajectoryLoad, visits: number, funds: readonly FundLoad[]): Record<NationalTable, number> {
  const sum = (pick: (f: FundLoad) => number) => funds.reduce((s, f) => s + pick(f), 0);
  const synthetic = new Set(regions.flatMap((r) => [...r.gemeenten, ...r.corporations, ...r.providers, r.chair]).filter((p) => p.synthetic).map((p) => p.id));
  return {
    parties: synthetic.size,
    covenants: regions.length,
    memberships: regions.reduce((s, r) => s + r.gemeenten.length + r.corporations.length + r.providers.length + 3, 0),
    trajectories: load.trajectories,
    trajectory_steps: load.steps,
    trajectory_events: load.events,
    household_visits: visits,
    funds: funds.length,
    fund_rounds: sum((f) => f.books.rounds.length),
    fund_round_parts: sum((f) => f.books.parts.length),
    fund_claims: sum((f) => f.books.claims.length),
    fund_claim_lines: sum((f) => f.books.claimLines.length),
    fund_claim_steps: sum((f) => f.books.claimSteps.length),
    fund_ledger: sum((f) => f.books.ledger.length),
  };
}

export async function generateNational(url: string, options: NationalOptions): Promise<NationalSummary> {
  const { trajectories, visits, seed, parallel } = checkOptions(options);
  const progress: Progress = options.onProgress ?? (() => {});
  const timer = createTimer();
  const started = performance.now();
  const sql = postgres(url, { max: parallel, onnotice: () => {}, connection: { application_name: 'uitstroom-generate', jit: 'off' } });
  try {
    const db = drizzle({ client: sql, schema });
    await preflight(sql, db);
    const regions = nationalRegions();
    const period = periodDays();
    const world = createWorld(regions, seed, period);
    await timer.phase('reference', () => writeRegionalReference(db, regions, period.from, targetSizes(regions, trajectories, visits, period)));
    progress(`reference data: ${regions.length} regions, ${NATIONAL_GEMEENTEN} gemeenten`);
    const load = await timer.phase('trajectories', () => loadTrajectories(sql, world, trajectories, parallel, timer, progress));
    await timer.phase('visits', () => loadVisits(sql, world, visits, timer, progress));
    const funds = await timer.phase('ledger', async () => {
      const simulated = simulateFunds(world, load);
      await loadBooks(sql, simulated);
      return simulated;
    });
    progress(`Garantiefonds ledgers: ${funds.length} funds, ${funds.reduce((s, f) => s + f.books.ledger.length, 0).toLocaleString('en')} bookings`);
    await timer.phase('vacuum', () => vacuum(sql));
    progress('vacuum (analyze) done');
    return {
      seed,
      period: { ...NATIONAL_PERIOD },
      regions: regions.length,
      gemeenten: regions.reduce((s, r) => s + r.gemeenten.length, 0),
      largestCovenantId: largestRegion(world, load),
      rows: countRows(regions, load, visits, funds),
      seconds: timer.phases,
      busySeconds: timer.busySeconds,
      parallel,
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
