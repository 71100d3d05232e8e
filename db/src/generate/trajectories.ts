// Trajectories with their steps and events, as COPY text, one chunk at a time. Each block of 1,000
// trajectories draws from its own random stream (seed, block number): the data depend on the seed
// only, not on how the load is cut into chunks. Steps follow the canonical order with dates that
// never go back along it; a step or event after the reference day (asOf) has not happened yet.
import type { ContractFormCode } from '../queries/trajectory-records.ts';
import type { Random } from '../seed/random.ts';
import type { Region } from './regions.ts';
import { AGE, CONTRACT_FORMS, FACILITIES, TARGET_GROUPS, waitingDays } from './vocabulary.ts';
import { ID_KIND, isoOf, makeCaseCodes, makeIds, noonOf, sampler, streamFor, type Sampler } from './values.ts';

export const BLOCK = 1_000;

export const TRAJECTORY_COLUMNS = [
  'id', 'covenant_id', 'sub_region_id', 'case_code', 'target_group', 'facility', 'provider_id', 'origin_municipality_id',
  'placement_municipality_id', 'age_category', 'landlord_id', 'contract_form', 'eligible', 'source', 'created_at', 'updated_at',
] as const;
export const STEP_COLUMNS = ['trajectory_id', 'step', 'occurred_on'] as const;
export const EVENT_COLUMNS = ['id', 'trajectory_id', 'kind', 'relapse_kind', 'occurred_on'] as const;

/** The canonical steps in their order (trajectories.canonical_step). */
export const CANONICAL_STEPS = [
  'aanmelding', 'toegang', 'bemiddeling', 'ondersteuningsplan', 'woning_aangeboden',
  'sleuteloverdracht', 'evaluatie', 'omklap', 'waakvlam', 'afgesloten',
] as const;
const HOUSED = 5;
const CLOSED = 9;

export interface Period {
  /** First day of aanmelding (day number). */
  from: number;
  /** Last day of aanmelding. */
  to: number;
  /** The reference day: nothing after it has happened. */
  asOf: number;
}

interface RegionPool {
  region: Region;
  gemeenten: Sampler<string>;
  gemeenteIds: readonly string[];
  corporations: Sampler<string>;
  providers: Sampler<string>;
}

export interface World {
  seed: number;
  period: Period;
  pools: RegionPool[];
  regionOf: Sampler<number>;
  id: (kind: number, n: number) => string;
  caseCode: (n: number, regionCode: string) => string;
}

export function createWorld(regions: readonly Region[], seed: number, period: Period): World {
  const pools = regions.map((region) => ({
    region,
    gemeenten: sampler(region.gemeenten.map((g) => [g.id, g.weight] as const)),
    gemeenteIds: region.gemeenten.map((g) => g.id),
    corporations: sampler(region.corporations.map((c) => [c.id, c.weight] as const)),
    providers: sampler(region.providers.map((p) => [p.id, p.weight] as const)),
  }));
  const ids = regions.flatMap((r) => [...r.gemeenten, ...r.corporations, ...r.providers].map((p) => p.id));
  // Lines are written without escaping: every value must be free of COPY's special characters.
  const unsafe = [...ids, ...Object.values(FACILITIES).flat()].find((v) => /[\\\t\n\r]/.test(v));
  if (unsafe !== undefined) throw new Error(`"${unsafe}" cannot be written unescaped`);
  return { seed, period, pools, regionOf: sampler(regions.map((r, i) => [i, r.population] as const)), id: makeIds(seed), caseCode: makeCaseCodes(seed) };
}

/** A trajectory that ended negatively with a landlord: the material of Garantiefonds claims. */
export interface NegativeEnd {
  regionIndex: number;
  caseCode: string;
  landlordId: string;
  day: number;
}

export interface TrajectoryChunk {
  trajectories: string[];
  steps: string[];
  events: string[];
  counts: { trajectories: number; steps: number; events: number };
  perRegion: number[];
  negativeEnds: NegativeEnd[];
  /** The number the next chunk's first event takes. */
  nextEvent: number;
}

/** The day of each canonical step (null: skipped), before cutting at asOf. */
function stepDays(random: Random, period: Period, form: ContractFormCode): (number | null)[] {
  const registered = period.from + random.int(0, period.to - period.from);
  const toegang = registered + random.int(2, 14);
  const bemiddeling = random.chance(0.98) ? toegang + random.int(7, 35) : null;
  const plan = random.chance(0.98) ? (bemiddeling ?? toegang) + random.int(5, 30) : null;
  const offered = Math.max(plan ?? bemiddeling ?? toegang, registered + waitingDays(random) - random.int(7, 13));
  const housed = offered + random.int(7, 13);
  const evaluatie = housed + random.int(90, 180);
  const omklap = form !== 'regulier' && random.chance(0.92) ? evaluatie + random.int(120, 540) : null;
  const waakvlam = random.chance(0.95) ? (omklap ?? evaluatie) + random.int(30, 240) : null;
  const closed = random.chance(0.96) ? (waakvlam ?? omklap ?? evaluatie) + random.int(60, 420) : null;
  return [registered, toegang, bemiddeling, plan, offered, housed, evaluatie, omklap, waakvlam, closed];
}

type Event = readonly [kind: 'terugval' | 'negatief_einde' | 'huurachterstand', relapseKind: 'tijdelijk' | 'structureel' | null, day: number];

/** Relapse, rent arrears and negative end after the home; a negative end closes the trajectory that day. */
function eventsAfterHome(random: Random, days: (number | null)[], asOf: number): Event[] {
  const housed = days[HOUSED] as number;
  const events: Event[] = [];
  if (random.chance(0.04)) {
    const negative = housed + random.int(60, 500);
    for (let s = HOUSED + 1; s < CLOSED; s++) if ((days[s] ?? 0) > negative) days[s] = null;
    days[CLOSED] = negative;
    if (negative <= asOf) events.push(['negatief_einde', null, negative]);
  }
  const until = Math.min(asOf, days[CLOSED] ?? asOf);
  if (random.chance(0.12)) {
    const on = housed + random.int(30, 400);
    const kind = random.next() < 1 / 3 ? 'structureel' : 'tijdelijk';
    if (on <= until) events.push(['terugval', kind, on]);
  }
  if (random.chance(0.08)) {
    const on = housed + random.int(30, 600);
    if (on <= until) events.push(['huurachterstand', null, on]);
  }
  return events;
}

interface Writer {
  chunk: TrajectoryChunk;
  trajectoryText: string[];
  stepText: string[];
  eventText: string[];
}

function writeTrajectory(world: World, random: Random, n: number, out: Writer): void {
  const { period } = world;
  const regionIndex = world.regionOf.pick(random);
  const pool = world.pools[regionIndex] as RegionPool;
  const targetGroup = random.weighted(TARGET_GROUPS);
  const form = random.weighted(CONTRACT_FORMS);
  const days = stepDays(random, period, form);
  const housed = (days[HOUSED] as number) <= period.asOf;
  const events = housed ? eventsAfterHome(random, days, period.asOf) : [];
  const origin = pool.gemeenten.pick(random);
  const landlord = housed ? pool.corporations.pick(random) : null;
  const placement = housed ? (random.chance(0.8) ? origin : random.pick(pool.gemeenteIds)) : null;
  const id = world.id(ID_KIND.trajectory, n);
  const caseCode = world.caseCode(n, pool.region.code);
  let last = days[0] as number;
  for (let s = 0; s < CANONICAL_STEPS.length; s++) {
    const day = days[s];
    if (day === null || day === undefined || day > period.asOf) continue;
    out.stepText.push(`${id}\t${CANONICAL_STEPS[s]}\t${isoOf(day)}\n`);
    out.chunk.counts.steps++;
    last = day;
  }
  for (const [kind, relapseKind, day] of events) {
    out.eventText.push(`${world.id(ID_KIND.event, out.chunk.nextEvent++)}\t${id}\t${kind}\t${relapseKind ?? '\\N'}\t${isoOf(day)}\n`);
    out.chunk.counts.events++;
    if (kind === 'negatief_einde' && landlord !== null) out.chunk.negativeEnds.push({ regionIndex, caseCode, landlordId: landlord, day });
  }
  const facility = random.pick(FACILITIES[targetGroup]);
  const age = targetGroup === 'JZ' ? '18-22' : random.weighted(AGE);
  out.trajectoryText.push(
    `${id}\t${pool.region.covenantId}\t\\N\t${caseCode}\t${targetGroup}\t${facility}\t${pool.providers.pick(random)}\t${origin}\t` +
    `${placement ?? '\\N'}\t${age}\t${landlord ?? '\\N'}\t${housed ? form : '\\N'}\tt\tdemo\t${noonOf(days[0] as number)}\t${noonOf(last)}\n`);
  out.chunk.counts.trajectories++;
  out.chunk.perRegion[regionIndex] = (out.chunk.perRegion[regionIndex] ?? 0) + 1;
}

/** Lets the event loop run (streams of other chunks keep flowing while one is generated). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Trajectories first..first+count-1 (numbered from 1; first-1 a multiple of BLOCK) as COPY text in
 * blocks of BLOCK trajectories. Events are numbered on from firstEvent.
 */
export async function generateChunk(world: World, first: number, count: number, firstEvent: number): Promise<TrajectoryChunk> {
  if ((first - 1) % BLOCK !== 0) throw new Error(`a chunk starts at a block boundary, not at trajectory ${first}`);
  const chunk: TrajectoryChunk = {
    trajectories: [],
    steps: [],
    events: [],
    counts: { trajectories: 0, steps: 0, events: 0 },
    perRegion: world.pools.map(() => 0),
    negativeEnds: [],
    nextEvent: firstEvent,
  };
  for (let start = first; start < first + count; start += BLOCK) {
    const out: Writer = { chunk, trajectoryText: [], stepText: [], eventText: [] };
    const random = streamFor(world.seed, 0x7a, (start - 1) / BLOCK);
    for (let n = start; n < Math.min(start + BLOCK, first + count); n++) writeTrajectory(world, random, n, out);
    chunk.trajectories.push(out.trajectoryText.join(''));
    chunk.steps.push(out.stepText.join(''));
    if (out.eventText.length > 0) chunk.events.push(out.eventText.join(''));
    await breathe();
  }
  return chunk;
}
