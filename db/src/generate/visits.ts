// VoorzieningenWijzer household visits in every region, as COPY text, after seed/demo-visits.ts:
// referred by a corporation (always its tenant), the gemeente or WMW itself; about two hours each.
import type { Random } from '../seed/random.ts';
import { BLOCK, type World } from './trajectories.ts';
import { REFERRAL_REASONS } from './vocabulary.ts';
import { ID_KIND, dayOf, isoOf, streamFor } from './values.ts';

export const VISIT_COLUMNS = [
  'id', 'covenant_id', 'visit_code', 'visited_on', 'referral_channel', 'reason', 'tenant_of_party_id',
  'minutes_spent', 'financial_room_cents', 'provisions_applied', 'source',
] as const;

/** Regions run the VoorzieningenWijzer from 2020 on (or from the period's start when later). */
export const VISITS_FROM = dayOf('2020-01-01');

const CHANNELS = [['corporatie', 45], ['gemeente', 35], ['wmw', 20]] as const;
const MINUTES = [[120, 8], [150, 1], [90, 1]] as const;

function visitLine(world: World, random: Random, n: number): string {
  const pool = world.pools[world.regionOf.pick(random)];
  if (!pool) throw new Error('no region drawn');
  const from = Math.max(VISITS_FROM, world.period.from);
  const day = from + random.int(0, world.period.asOf - from);
  const channel = random.weighted(CHANNELS);
  const tenantOf = channel === 'corporatie' || random.chance(0.45) ? pool.corporations.pick(random) : '\\N';
  const room = random.chance(0.2) ? 0 : random.int(50, 3000) * 100 + random.int(0, 99);
  return (
    `${world.id(ID_KIND.visit, n)}\t${pool.region.covenantId}\tDEMO-VZW-R${pool.region.code}-${String(n).padStart(7, '0')}\t${isoOf(day)}\t` +
    `${channel}\t${random.pick(REFERRAL_REASONS[channel])}\t${tenantOf}\t${random.weighted(MINUTES)}\t${room}\t${random.int(0, 4)}\tdemo\n`
  );
}

/** Visits first..first+count-1 (numbered from 1, first-1 a multiple of BLOCK) in blocks of BLOCK lines. */
export function generateVisits(world: World, first: number, count: number): string[] {
  if ((first - 1) % BLOCK !== 0) throw new Error(`a chunk starts at a block boundary, not at visit ${first}`);
  const blocks: string[] = [];
  for (let start = first; start < first + count; start += BLOCK) {
    const random = streamFor(world.seed, 0x715, (start - 1) / BLOCK);
    let text = '';
    for (let n = start; n < Math.min(start + BLOCK, first + count); n++) text += visitLine(world, random, n);
    blocks.push(text);
  }
  return blocks;
}
