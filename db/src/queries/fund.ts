// SQL for the Garantiefonds (funding subgraph): members and weights, rounds, claims and the ledger.
// Reads take many funds or claims at once (for DataLoaders); writes take a transaction in which the
// fund row is locked first, so two cashiers can never book against the same balance at once.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  fundClaimLines,
  fundClaims,
  fundClaimSteps,
  fundLedger,
  fundMembers,
  fundRoundParts,
  fundRounds,
  funds,
  fundWeights,
} from '../schema/funding.ts';
import { fundClaimCases } from '../schema/trajectories.ts';
import type { Tx } from './batches.ts';

export type FundMemberRow = typeof fundMembers.$inferSelect;
export type FundWeightRow = typeof fundWeights.$inferSelect;
export type FundRoundRow = typeof fundRounds.$inferSelect;
export type FundRoundPartRow = typeof fundRoundParts.$inferSelect;
export type FundClaimRow = typeof fundClaims.$inferSelect;
export type FundClaimLineRow = typeof fundClaimLines.$inferSelect;
export type FundClaimStepRow = typeof fundClaimSteps.$inferSelect;
export type FundLedgerRow = typeof fundLedger.$inferSelect;
export type ClaimStatusValue = FundClaimStepRow['status'];
export type LedgerKindValue = FundLedgerRow['kind'];

/** Who did something: the viewer as the gateway identified it. */
export interface ActorValues {
  byOrganisation: string | null;
  byRole: string;
  byUser: string | null;
}

export function getFundMembers(db: Db, fundIds: readonly string[]): Promise<FundMemberRow[]> {
  return db.select().from(fundMembers).where(inArray(fundMembers.fundId, [...fundIds])).orderBy(asc(fundMembers.partyId));
}

export function getFundWeights(db: Db, fundIds: readonly string[]): Promise<FundWeightRow[]> {
  return db.select().from(fundWeights).where(inArray(fundWeights.fundId, [...fundIds])).orderBy(asc(fundWeights.partyId), asc(fundWeights.validFrom));
}

/** Every booking of the funds, oldest first (by day, then booking number). */
export function getFundLedger(db: Db, fundIds: readonly string[]): Promise<FundLedgerRow[]> {
  return db.select().from(fundLedger).where(inArray(fundLedger.fundId, [...fundIds])).orderBy(asc(fundLedger.bookedOn), asc(fundLedger.id));
}

export function getFundRounds(db: Db, fundIds: readonly string[]): Promise<FundRoundRow[]> {
  return db.select().from(fundRounds).where(inArray(fundRounds.fundId, [...fundIds])).orderBy(desc(fundRounds.number));
}

export function getFundRoundsByIds(db: Db, ids: readonly string[]): Promise<FundRoundRow[]> {
  return db.select().from(fundRounds).where(inArray(fundRounds.id, [...ids]));
}

export function getRoundParts(db: Db, roundIds: readonly string[]): Promise<FundRoundPartRow[]> {
  return db.select().from(fundRoundParts).where(inArray(fundRoundParts.roundId, [...roundIds])).orderBy(asc(fundRoundParts.partyId));
}

export function getFundClaims(db: Db, fundIds: readonly string[]): Promise<FundClaimRow[]> {
  return db
    .select()
    .from(fundClaims)
    .where(inArray(fundClaims.fundId, [...fundIds]))
    .orderBy(desc(fundClaims.submittedOn), asc(fundClaims.id));
}

export function getFundClaimsByIds(db: Db, ids: readonly string[]): Promise<FundClaimRow[]> {
  return db.select().from(fundClaims).where(inArray(fundClaims.id, [...ids]));
}

export function getClaimLines(db: Db, claimIds: readonly string[]): Promise<FundClaimLineRow[]> {
  return db.select().from(fundClaimLines).where(inArray(fundClaimLines.claimId, [...claimIds])).orderBy(asc(fundClaimLines.lineNo));
}

export function getClaimSteps(db: Db, claimIds: readonly string[]): Promise<FundClaimStepRow[]> {
  return db.select().from(fundClaimSteps).where(inArray(fundClaimSteps.claimId, [...claimIds])).orderBy(asc(fundClaimSteps.id));
}

/** A trajectory that ended negatively, from the trajectories subgraph's published view; null when none. */
export async function getClaimCase(db: Db | Tx, covenantId: string, caseCode: string) {
  const [row] = await db
    .select()
    .from(fundClaimCases)
    .where(and(eq(fundClaimCases.covenantId, covenantId), eq(fundClaimCases.caseCode, caseCode)));
  return row ?? null;
}

/** Negatively ended trajectories of a covenant with a landlord (the demo scenario picks its claims from them). */
export function getClaimCases(db: Db, covenantId: string) {
  return db
    .select()
    .from(fundClaimCases)
    .where(and(eq(fundClaimCases.covenantId, covenantId), sql`${fundClaimCases.landlordId} is not null`))
    .orderBy(asc(fundClaimCases.negativeEndOn), asc(fundClaimCases.caseCode));
}

/** Locks the fund's row for the rest of the transaction and returns it; null when there is none. */
export async function lockFund(tx: Tx, fundId: string) {
  const [row] = await tx.select().from(funds).where(eq(funds.id, fundId)).for('update');
  return row ?? null;
}

/** Everything a booking decision needs, read inside the locked transaction. */
export async function readFundState(tx: Tx, fundId: string) {
  const [ledger, rounds, members, weights] = await Promise.all([
    tx.select().from(fundLedger).where(eq(fundLedger.fundId, fundId)).orderBy(asc(fundLedger.bookedOn), asc(fundLedger.id)),
    tx.select().from(fundRounds).where(eq(fundRounds.fundId, fundId)).orderBy(asc(fundRounds.number)),
    tx.select().from(fundMembers).where(eq(fundMembers.fundId, fundId)),
    tx.select().from(fundWeights).where(eq(fundWeights.fundId, fundId)).orderBy(asc(fundWeights.validFrom)),
  ]);
  const parts = rounds.length === 0 ? [] : await tx.select().from(fundRoundParts).where(inArray(fundRoundParts.roundId, rounds.map((r) => r.id)));
  return { ledger, rounds, members, weights, parts };
}

export async function insertClaim(tx: Tx, claim: typeof fundClaims.$inferInsert, lines: Omit<typeof fundClaimLines.$inferInsert, 'claimId'>[]) {
  const [row] = await tx.insert(fundClaims).values(claim).returning();
  const saved = row as FundClaimRow;
  await tx.insert(fundClaimLines).values(lines.map((l) => ({ ...l, claimId: saved.id })));
  return saved;
}

export async function lockClaim(tx: Tx, claimId: string) {
  const [row] = await tx.select().from(fundClaims).where(eq(fundClaims.id, claimId)).for('update');
  if (!row) return null;
  const [lines, steps] = await Promise.all([
    tx.select().from(fundClaimLines).where(eq(fundClaimLines.claimId, claimId)).orderBy(asc(fundClaimLines.lineNo)),
    tx.select().from(fundClaimSteps).where(eq(fundClaimSteps.claimId, claimId)).orderBy(asc(fundClaimSteps.id)),
  ]);
  return { claim: row, lines, steps };
}

export async function insertClaimStep(tx: Tx, step: typeof fundClaimSteps.$inferInsert): Promise<void> {
  await tx.insert(fundClaimSteps).values(step);
}

export async function insertLedger(tx: Tx, entries: (typeof fundLedger.$inferInsert)[]): Promise<void> {
  if (entries.length > 0) await tx.insert(fundLedger).values(entries);
}

export async function insertRound(tx: Tx, round: typeof fundRounds.$inferInsert, parts: { partyId: string; owedCents: number }[]) {
  const [row] = await tx.insert(fundRounds).values(round).returning();
  const saved = row as FundRoundRow;
  await tx.insert(fundRoundParts).values(parts.map((p) => ({ ...p, roundId: saved.id })));
  return saved;
}

export async function insertMember(tx: Tx, member: typeof fundMembers.$inferInsert): Promise<void> {
  await tx.insert(fundMembers).values(member);
}

export async function setMemberNotice(tx: Tx, fundId: string, partyId: string, noticeOn: string, leftOn: string): Promise<void> {
  await tx
    .update(fundMembers)
    .set({ noticeOn, leftOn })
    .where(and(eq(fundMembers.fundId, fundId), eq(fundMembers.partyId, partyId)));
}

export async function upsertWeight(tx: Tx, weight: typeof fundWeights.$inferInsert): Promise<void> {
  await tx
    .insert(fundWeights)
    .values(weight)
    .onConflictDoUpdate({ target: [fundWeights.fundId, fundWeights.partyId, fundWeights.validFrom], set: { weight: weight.weight, source: weight.source } });
}

export async function setFundTerminated(tx: Tx, fundId: string, on: string): Promise<void> {
  await tx.update(funds).set({ terminatedOn: on }).where(eq(funds.id, fundId));
}
