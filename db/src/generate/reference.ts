// The national regions' reference data: synthetic parties, one covenant per region with its
// memberships, bodies, evaluation rules, norm and targets, and one Garantiefonds per region after
// the Woonkans fund (same contribution rules, threshold and claimable costs). The five real
// covenants are left as they are. Small (about 2,000 rows): written with ordinary inserts.
import { inArray, like, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { chunks } from '../queries/batches.ts';
import type { Schema } from '../client.ts';
import * as s from '../schema/index.ts';
import { referenceFunds } from '../seed/reference/index.ts';
import type { Region } from './regions.ts';
import { isoOf } from './values.ts';

export type GeneratorDb = PostgresJsDatabase<Schema>;
type Tx = Parameters<Parameters<GeneratorDb['transaction']>[0]>[0];

const REFERENCE_FUND = referenceFunds.find((f) => f.id === 'woonkans-garantiefonds');
if (!REFERENCE_FUND) throw new Error('the reference data lost the Garantiefonds Woonkans');
export const FUND_MODEL = REFERENCE_FUND;

export const SOURCE = 'synthetisch: nationale dataset (db/src/generate)';

export const fundIdOf = (region: Region) => `${region.covenantId}-garantiefonds`;
/** The centrumgemeente keeps the fund's cash (kassier); the regional Zorg- en Veiligheidshuis chairs. */
export const cashierOf = (region: Region) => (region.gemeenten[0] as { id: string }).id;

/** Yearly figures the targets are set at, from the sizes being generated. */
export interface TargetSizes {
  homesPerYear: (region: Region) => number;
  visitsPerYear: (region: Region) => number;
}

function memberships(region: Region): (typeof s.memberships.$inferInsert)[] {
  const covenantId = region.covenantId;
  const partners = [...region.gemeenten, ...region.corporations, ...region.providers].map((p) => ({ covenantId, partyId: p.id, role: 'partner' }));
  return [
    ...partners,
    { covenantId, partyId: cashierOf(region), role: 'centrumgemeente' },
    { covenantId, partyId: cashierOf(region), role: 'kassier' },
    { covenantId, partyId: region.chair.id, role: 'voorzitter regionaal overleg' },
  ];
}

function covenantRow(region: Region, startsOn: string): typeof s.covenants.$inferInsert {
  return {
    id: region.covenantId,
    name: `Regionaal convenant uitstroom ${region.name}`,
    region: `${region.name} (${region.province})`,
    seedFile: SOURCE,
    startsOn,
    endsOn: null,
    initialTermMonths: 48,
    tacitRenewal: true,
    renewalMonths: 12,
    noticeMonths: 6,
    partyLeaveNoticeMonths: 2,
  };
}

function covenantDetails(region: Region, startsOn: string, sizes: TargetSizes) {
  const covenantId = region.covenantId;
  return {
    bodies: [
      { covenantId, name: 'Werkgroep uitstroom', description: `Regionale werkgroep ${region.name}: bespreekt de halfjaarlijkse uitstroommonitor` },
      { covenantId, name: 'Regionaal uitstroomoverleg', description: 'Bemiddelt woningen en bespreekt claims op het Garantiefonds; voorgezeten door het Zorg- en Veiligheidshuis' },
      { covenantId, name: 'Bestuurlijk overleg', description: 'Bekijkt de kerncijfers en stuurt bij als streefaantallen uit koers raken' },
    ],
    rules: [
      { covenantId, rhythm: 'halfjaar' as const, description: 'Alle partijen worden twee keer per jaar geïnformeerd over de uitstroommonitor', month: null, monthsAfterStart: null, source: SOURCE },
      { covenantId, rhythm: 'jaar' as const, description: 'Jaarlijkse evaluatie in oktober', month: 10, monthsAfterStart: null, source: SOURCE },
    ],
    norms: [{ covenantId, code: 'woning-binnen-6-maanden', description: 'Passende woning binnen 6 maanden na aanmelding', source: SOURCE }],
    targets: [
      { id: `${covenantId}-woningen`, covenantId, metric: 'woningen' as const, kind: 'aantal' as const, amount: sizes.homesPerYear(region), period: 'jaar' as const, validFrom: startsOn, description: `Woningen per jaar voor uitstromers in ${region.name}`, source: SOURCE },
      { id: `${covenantId}-bezoeken`, covenantId, metric: 'bezoeken' as const, kind: 'aantal' as const, amount: sizes.visitsPerYear(region), period: 'jaar' as const, validFrom: startsOn, description: `Huishoudens per jaar bezocht met de VoorzieningenWijzer in ${region.name}`, source: SOURCE },
    ],
  };
}

function fundRows(region: Region, startsOn: string) {
  const fundId = fundIdOf(region);
  const fund: typeof s.funds.$inferInsert = {
    id: fundId,
    covenantId: region.covenantId,
    name: `Garantiefonds ${region.name}`,
    cashierPartyId: cashierOf(region),
    chairPartyId: region.chair.id,
    topUpThresholdCents: FUND_MODEL.topUpThresholdCents,
    eligibleCostTypes: [...FUND_MODEL.eligibleCostTypes],
    source: `${SOURCE}; naar het Garantiefonds Woonkans (${FUND_MODEL.source})`,
    terminatedOn: null,
  };
  const rules = FUND_MODEL.contributionRules.map((r) => ({ fundId, partyKind: r.partyKind, groupTotalCents: r.groupTotalCents ?? null, perPartyCents: r.perPartyCents ?? null, distributionKey: r.key }));
  const contributing = [...region.gemeenten, ...region.corporations, ...region.providers];
  const members = contributing.map((p) => ({ fundId, partyId: p.id, joinedOn: startsOn }));
  const weights = [...region.gemeenten, ...region.corporations].map((p) => ({ fundId, partyId: p.id, validFrom: startsOn, weight: p.weight, source: SOURCE }));
  return { fund, rules, members, weights };
}

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (const part of chunks(rows)) await tx.insert(table).values(part);
}

async function writeParties(tx: Tx, regions: readonly Region[]): Promise<void> {
  const synthetic = regions.flatMap((r) => [...r.gemeenten, ...r.corporations, ...r.providers, r.chair]).filter((p) => p.synthetic);
  const rows = [...new Map(synthetic.map((p) => [p.id, { id: p.id, name: p.name, kind: p.kind, description: p.description }])).values()];
  for (const part of chunks(rows)) {
    await tx.insert(s.parties).values(part).onConflictDoUpdate({ target: s.parties.id, set: { name: sql`excluded.name`, kind: sql`excluded.kind`, description: sql`excluded.description` } });
  }
}

/** Writes (or rewrites) the regions' reference data in one transaction. */
export async function writeRegionalReference(db: GeneratorDb, regions: readonly Region[], startDay: number, sizes: TargetSizes): Promise<void> {
  const startsOn = isoOf(startDay);
  const covenantIds = regions.map((r) => r.covenantId);
  const fundIds = regions.map(fundIdOf);
  await db.transaction(async (tx) => {
    await writeParties(tx, regions);
    for (const covenant of regions.map((r) => covenantRow(r, startsOn))) {
      await tx.insert(s.covenants).values(covenant).onConflictDoUpdate({ target: s.covenants.id, set: { ...covenant, id: undefined } });
    }
    for (const table of [s.memberships, s.bodies, s.evaluationRules, s.norms, s.targets]) await tx.delete(table).where(inArray(table.covenantId, covenantIds));
    const details = regions.map((r) => covenantDetails(r, startsOn, sizes));
    await insertAll(tx, s.memberships, regions.flatMap(memberships));
    await insertAll(tx, s.bodies, details.flatMap((d) => d.bodies));
    await insertAll(tx, s.evaluationRules, details.flatMap((d) => d.rules));
    await insertAll(tx, s.norms, details.flatMap((d) => d.norms));
    await insertAll(tx, s.targets, details.flatMap((d) => d.targets));
    for (const table of [s.fundContributionRules, s.fundMembers, s.fundWeights]) await tx.delete(table).where(inArray(table.fundId, fundIds));
    const funds = regions.map((r) => fundRows(r, startsOn));
    for (const { fund } of funds) await tx.insert(s.funds).values(fund).onConflictDoUpdate({ target: s.funds.id, set: { ...fund, id: undefined } });
    await insertAll(tx, s.fundContributionRules, funds.flatMap((f) => f.rules));
    await insertAll(tx, s.fundMembers, funds.flatMap((f) => f.members));
    await insertAll(tx, s.fundWeights, funds.flatMap((f) => f.weights));
  });
}

/** Whether trajectories or fund bookings of the national regions are already there. */
export async function nationalDataPresent(db: GeneratorDb): Promise<boolean> {
  const [trajectory] = await db.select({ id: s.trajectories.id }).from(s.trajectories).where(like(s.trajectories.covenantId, 'regio-%')).limit(1);
  const [booking] = await db.select({ id: s.fundLedger.id }).from(s.fundLedger).where(like(s.fundLedger.fundId, 'regio-%')).limit(1);
  return trajectory !== undefined || booking !== undefined;
}
