// The shape in which VoorzieningenWijzer home visits are written (imports), and the write itself.
import { writeAudit, type AuditEntry } from './audit.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { householdVisits } from '../schema/trajectories.ts';
import type { WriteSummary } from './trajectory-records.ts';
import { chunks, type Tx } from './batches.ts';

/** Toeleiding: who referred the household. */
export type ReferralChannelCode = (typeof householdVisits.$inferInsert)['referralChannel'];
export const REFERRAL_CHANNELS: readonly ReferralChannelCode[] = householdVisits.referralChannel.enumValues;

/** One home visit, as one unit of writing; money in euro cents, time in minutes. */
export interface VisitRecord {
  covenantId: string;
  visitCode: string;
  visitedOn: string;
  referralChannel: ReferralChannelCode;
  reason: string;
  tenantOfPartyId: string | null;
  minutesSpent: number;
  financialRoomCents: number;
  provisionsApplied: number;
}


const keyOf = (r: { covenantId: string; visitCode: string }) => `${r.covenantId}/${r.visitCode}`;

/** The columns a write may set, named one by one: never the secret record key, the id or the source. */
function writableFields(r: VisitRecord): VisitRecord {
  return {
    covenantId: r.covenantId,
    visitCode: r.visitCode,
    visitedOn: r.visitedOn,
    referralChannel: r.referralChannel,
    reason: r.reason,
    tenantOfPartyId: r.tenantOfPartyId,
    minutesSpent: r.minutesSpent,
    financialRoomCents: r.financialRoomCents,
    provisionsApplied: r.provisionsApplied,
  };
}

function sameVisit(a: VisitRecord, b: VisitRecord): boolean {
  return (
    a.visitedOn === b.visitedOn &&
    a.referralChannel === b.referralChannel &&
    a.reason === b.reason &&
    a.tenantOfPartyId === b.tenantOfPartyId &&
    a.minutesSpent === b.minutesSpent &&
    a.financialRoomCents === b.financialRoomCents &&
    a.provisionsApplied === b.provisionsApplied
  );
}

/** The stored visits with these keys, with their ids. */
async function loadExisting(tx: Tx, records: readonly VisitRecord[]): Promise<Map<string, { id: string; record: VisitRecord }>> {
  const wanted = new Set(records.map(keyOf));
  const found = new Map<string, { id: string; record: VisitRecord }>();
  for (const part of chunks(records)) {
    const rows = await tx
      .select()
      .from(householdVisits)
      .where(and(inArray(householdVisits.covenantId, [...new Set(part.map((r) => r.covenantId))]), inArray(householdVisits.visitCode, part.map((r) => r.visitCode))));
    for (const { id, source: _source, recordKey: _key, createdByPartyId: _creator, ...record } of rows) if (wanted.has(keyOf(record))) found.set(keyOf(record), { id, record });
  }
  return found;
}

/**
 * Writes visits in one transaction: new ones are inserted, changed ones updated, identical ones
 * left untouched — so writing the same file twice changes nothing. Keyed by covenant and visit code.
 */
export async function writeVisits(
  db: Db,
  records: readonly VisitRecord[],
  source: 'demo' | 'import' | 'invoer',
  /** Who writes: an audit row per created or changed visit (its visit code), in the same transaction. */
  audit?: Omit<AuditEntry, 'covenantId' | 'caseCode'>,
): Promise<WriteSummary> {
  return db.transaction(async (tx) => {
    const existing = await loadExisting(tx, records);
    const fresh = records.filter((r) => !existing.has(keyOf(r)));
    const changed = records.flatMap((r) => {
      const old = existing.get(keyOf(r));
      return old && !sameVisit(old.record, r) ? [{ id: old.id, record: r }] : [];
    });
    // The importer's organisation (the audit's actor) creates the new ones: it may change them later.
    const createdByPartyId = audit?.organisationId ?? null;
    for (const part of chunks(fresh)) await tx.insert(householdVisits).values(part.map((r) => ({ ...writableFields(r), source, createdByPartyId })));
    for (const { id, record } of changed) await tx.update(householdVisits).set({ ...writableFields(record), source }).where(eq(householdVisits.id, id));
    if (audit) {
      const changedRecords = new Set(changed.map((c) => c.record));
      const unchanged = records.filter((r) => existing.has(keyOf(r)) && !changedRecords.has(r));
      await writeAudit(tx, [
        ...[...fresh, ...changed.map((c) => c.record)].map((r) => ({ ...audit, covenantId: r.covenantId, caseCode: r.visitCode })),
        ...unchanged.map((r) => ({ ...audit, covenantId: r.covenantId, caseCode: r.visitCode, detail: `${audit.detail ?? ''} (ongewijzigd)`.trim() })),
      ]);
    }
    return { created: fresh.length, updated: changed.length, unchanged: records.length - fresh.length - changed.length };
  });
}
