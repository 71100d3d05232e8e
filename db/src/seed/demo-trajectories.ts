// Deterministic synthetic trajectories for the four uitstroom covenants, 2023–2026.
// Clearly labelled: case codes start with DEMO- and every row has source 'demo'.
import type { AgeCategoryCode, ContractFormCode, TargetGroupCode, TrajectoryRecord } from '../queries/trajectory-records.ts';
import type { CanonicalStep, ReferenceMembership, ReferenceParty } from './reference/types.ts';
import { addDays } from './dates.ts';
import { createRandom, type Random } from './random.ts';

/** Demo trajectories are written exactly as imported ones are. */
export type DemoTrajectory = TrajectoryRecord;

interface Stream {
  covenantId: string;
  subRegionId: string | null;
  prefix: string;
  perYear: number;
  targetGroups: readonly (readonly [TargetGroupCode, number])[];
  contractForms: readonly (readonly [ContractFormCode, number])[];
}

/** Volumes and mixes per (sub-)region; plausible, not real. */
const STREAMS: Stream[] = [
  { covenantId: 'walcheren', subRegionId: null, prefix: 'WTW', perYear: 45, targetGroups: [['BW', 4], ['MO', 3], ['VO', 1], ['JZ', 1], ['OVERIG', 1]], contractForms: [['tijdelijk', 8], ['intermediair', 2]] },
  { covenantId: 'woonkans', subRegionId: 'woonkans-noord', prefix: 'WKN', perYear: 130, targetGroups: [['BW', 5], ['MO', 3], ['VO', 1], ['JZ', 1]], contractForms: [['driepartijen', 6], ['intermediair', 3], ['regulier', 1]] },
  { covenantId: 'woonkans', subRegionId: 'woonkans-midden', prefix: 'WKM', perYear: 110, targetGroups: [['BW', 5], ['MO', 3], ['VO', 1], ['JZ', 1]], contractForms: [['driepartijen', 6], ['intermediair', 3], ['regulier', 1]] },
  { covenantId: 'noord-veluwe', subRegionId: null, prefix: 'NV', perYear: 60, targetGroups: [['BW', 4], ['MO', 4], ['VO', 1], ['JZ', 1]], contractForms: [['intermediair', 5], ['regulier', 3], ['tijdelijk', 2]] },
  { covenantId: 'noordoostpolder', subRegionId: null, prefix: 'NOP', perYear: 25, targetGroups: [['BW', 3], ['MO', 2], ['DET', 1], ['GGZ', 2], ['WLZ', 1], ['JZ', 1]], contractForms: [['driepartijen', 1]] },
];

/** The facilities a person of each target group leaves, by name (also the national generator's). */
export const FACILITIES: Readonly<Record<TargetGroupCode, readonly string[]>> = {
  BW: ['Beschermd wonen', 'Beschermd wonen (groep)', 'Beschermd wonen (individueel)'],
  MO: ['Maatschappelijke opvang', 'Sociaal pension', 'Nachtopvang'],
  VO: ['Vrouwenopvang'],
  JZ: ['Jeugdzorg met verblijf', 'Residentiële jeugdgroep'],
  DET: ['Penitentiaire inrichting'],
  GGZ: ['GGZ-kliniek'],
  WLZ: ['Wlz-woonvorm'],
  OVERIG: ['Overige voorziening'],
};

const AGE: readonly (readonly [AgeCategoryCode, number])[] = [['18-22', 2], ['23-27', 3], ['28-49', 6], ['50-64', 3], ['65+', 1]];

export const DEMO_PERIOD = { from: '2023-01-01', to: '2026-10-31', asOf: '2026-11-01' } as const;

/** Waiting days from aanmelding to a home: mostly 2–8 months, a long tail past a year. */
function waitingDays(random: Random): number {
  const roll = random.next();
  if (roll < 0.15) return random.int(14, 60);
  if (roll < 0.75) return random.int(61, 240);
  if (roll < 0.93) return random.int(241, 400);
  return random.int(401, 560);
}

function membersOf(memberships: ReferenceMembership[], parties: Map<string, ReferenceParty>, stream: Stream, kind: ReferenceParty['kind']): string[] {
  const ids = memberships
    .filter((m) => m.covenantId === stream.covenantId && parties.get(m.partyId)?.kind === kind)
    .filter((m) => stream.subRegionId === null || m.subRegionId === undefined || m.subRegionId === stream.subRegionId)
    .map((m) => m.partyId);
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) throw new Error(`no ${kind} in covenant ${stream.covenantId}${stream.subRegionId ? `/${stream.subRegionId}` : ''}`);
  return unique;
}

export interface GenerateOptions {
  /** Random seed; the same seed gives the same trajectories. */
  seed?: number;
  /** Multiplies every stream's yearly volume (1 = the demo's 1,418 trajectories; 8 ≈ 11,000; 71 ≈ 100,000). */
  scale?: number;
}

export function generateDemoTrajectories(partyList: ReferenceParty[], memberships: ReferenceMembership[], options: GenerateOptions = {}): DemoTrajectory[] {
  const random = createRandom(options.seed ?? 20260101);
  const scale = options.scale ?? 1;
  const parties = new Map(partyList.map((p) => [p.id, p]));
  const result: DemoTrajectory[] = [];
  const totalDays = 365 * 3 + 304;
  for (const stream of STREAMS) {
    const gemeenten = membersOf(memberships, parties, stream, 'gemeente');
    const corporations = membersOf(memberships, parties, stream, 'woningcorporatie');
    const providers = membersOf(memberships, parties, stream, 'zorgaanbieder');
    const count = Math.round((stream.perYear * scale * totalDays) / 365);
    for (let n = 1; n <= count; n++) {
      result.push(makeTrajectory(random, stream, n, { gemeenten, corporations, providers }, totalDays));
    }
  }
  return result;
}

function makeTrajectory(
  random: Random,
  stream: Stream,
  n: number,
  pool: { gemeenten: string[]; corporations: string[]; providers: string[] },
  totalDays: number,
): DemoTrajectory {
  const asOf = DEMO_PERIOD.asOf;
  const targetGroup = random.weighted(stream.targetGroups);
  const origin = random.pick(pool.gemeenten);
  const registeredOn = addDays(DEMO_PERIOD.from, random.int(0, totalDays - 1));
  const housedOn = addDays(registeredOn, waitingDays(random));
  const housed = housedOn <= asOf;
  const steps: DemoTrajectory['steps'] = [];
  const events: DemoTrajectory['events'] = [];
  const add = (step: CanonicalStep, on: string) => {
    if (on <= asOf) steps.push({ step, occurredOn: on });
  };
  add('aanmelding', registeredOn);
  const toegang = addDays(registeredOn, random.int(2, 14));
  add('toegang', toegang < housedOn ? toegang : registeredOn);
  const bemiddeling = addDays(registeredOn, random.int(15, 45));
  if (bemiddeling < housedOn) add('bemiddeling', bemiddeling);
  const plan = addDays(registeredOn, random.int(46, 70));
  if (plan < housedOn) add('ondersteuningsplan', plan);
  add('woning_aangeboden', addDays(housedOn, -random.int(7, 13)));
  add('sleuteloverdracht', housedOn);
  if (housed) {
    add('evaluatie', addDays(housedOn, random.int(90, 180)));
    if (random.chance(0.4)) add('omklap', addDays(housedOn, random.int(365, 730)));
    if (random.chance(0.3)) add('waakvlam', addDays(housedOn, random.int(181, 300)));
    const relapse = random.next();
    if (relapse < 0.12) {
      const on = addDays(housedOn, random.int(30, 400));
      if (on <= asOf) events.push({ kind: 'terugval', relapseKind: relapse < 0.04 ? 'structureel' : 'tijdelijk', occurredOn: on });
    }
    if (random.chance(0.04)) {
      const on = addDays(housedOn, random.int(60, 500));
      if (on <= asOf) {
        events.push({ kind: 'negatief_einde', relapseKind: null, occurredOn: on });
        add('afgesloten', on);
      }
    } else if (random.chance(0.5)) {
      add('afgesloten', addDays(housedOn, random.int(365, 900)));
    }
  }
  return {
    covenantId: stream.covenantId,
    subRegionId: stream.subRegionId,
    caseCode: `DEMO-${stream.prefix}-${String(n).padStart(4, '0')}`,
    targetGroup,
    facility: random.pick(FACILITIES[targetGroup]),
    providerId: random.pick(pool.providers),
    originMunicipalityId: origin,
    placementMunicipalityId: housed ? (random.chance(0.8) ? origin : random.pick(pool.gemeenten)) : null,
    ageCategory: targetGroup === 'JZ' ? '18-22' : random.weighted(AGE),
    landlordId: housed ? random.pick(pool.corporations) : null,
    contractForm: housed ? random.weighted(stream.contractForms) : null,
    steps,
    events,
  };
}
