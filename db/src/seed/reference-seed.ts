// Writes the public reference data (organisations, covenants, numbers) — idempotent, run at every start.
// Reference rows are upserted by id; only the child rows of reference rows are replaced, so rows that
// users add later (their own targets, fund ledgers) are never touched by a restart.
import { getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import * as s from '../schema/index.ts';
import {
  referenceCostAgreements,
  referenceCovenants,
  referenceFunds,
  referenceMemberships,
  referenceParties,
  referenceTargets,
} from './reference/index.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** `set` for ON CONFLICT (id) DO UPDATE: every column but the key takes the incoming value. */
function allColumnsFromExcluded(table: PgTable): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, column]) => !column.primary)
      .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
}

async function upsertById<T extends PgTable & { id: PgColumn }>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(table).values(rows).onConflictDoUpdate({ target: table.id, set: allColumnsFromExcluded(table) });
}

async function insertIfAny<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length > 0) await tx.insert(table).values(rows);
}

export async function seedReference(db: Db): Promise<void> {
  const covenantIds = referenceCovenants.map((c) => c.id);
  await db.transaction(async (tx) => {
    await upsertById(tx, s.parties, referenceParties.map((p) => ({ ...p, description: p.description ?? null })));
    await upsertById(
      tx,
      s.covenants,
      referenceCovenants.map((c) => ({
        id: c.id,
        name: c.name,
        region: c.region,
        seedFile: c.seedFile,
        startsOn: c.startsOn,
        endsOn: c.endsOn ?? null,
        initialTermMonths: c.initialTermMonths ?? null,
        tacitRenewal: c.tacitRenewal,
        renewalMonths: c.renewalMonths ?? null,
        noticeMonths: c.noticeMonths ?? null,
        partyLeaveNoticeMonths: c.partyLeaveNoticeMonths ?? null,
      })),
    );
    await upsertById(tx, s.subRegions, referenceCovenants.flatMap((c) => c.subRegions.map((r) => ({ id: r.id, covenantId: c.id, name: r.name }))));
    // Child rows of the reference covenants are replaced whole: nothing refers to them.
    await tx.delete(s.memberships).where(inArray(s.memberships.covenantId, covenantIds));
    await insertIfAny(tx, s.memberships, referenceMemberships.map((m) => ({ ...m, subRegionId: m.subRegionId ?? null })));
    await tx.delete(s.bodies).where(inArray(s.bodies.covenantId, covenantIds));
    await insertIfAny(tx, s.bodies, referenceCovenants.flatMap((c) => c.bodies.map((b) => ({ covenantId: c.id, ...b }))));
    await tx.delete(s.evaluationRules).where(inArray(s.evaluationRules.covenantId, covenantIds));
    await insertIfAny(
      tx,
      s.evaluationRules,
      referenceCovenants.flatMap((c) =>
        c.evaluationRules.map((r) => ({ covenantId: c.id, rhythm: r.rhythm, description: r.description, month: r.month ?? null, monthsAfterStart: r.monthsAfterStart ?? null, source: r.source })),
      ),
    );
    await tx.delete(s.norms).where(inArray(s.norms.covenantId, covenantIds));
    await insertIfAny(tx, s.norms, referenceCovenants.flatMap((c) => c.norms.map((n) => ({ covenantId: c.id, ...n }))));
    await tx.delete(s.stepLabels).where(inArray(s.stepLabels.covenantId, covenantIds));
    await insertIfAny(tx, s.stepLabels, referenceCovenants.flatMap((c) => c.stepLabels.map((l) => ({ covenantId: c.id, ...l }))));
    await seedFigures(tx);
  });
}

/** A projection within 10% of the target counts as op koers, unless a target says otherwise. */
const DEFAULT_TOLERANCE_BASIS_POINTS = 1000;

async function seedFigures(tx: Tx): Promise<void> {
  await upsertById(
    tx,
    s.targets,
    referenceTargets.map((t) => ({
      ...t,
      subRegionId: t.subRegionId ?? null,
      partyId: t.partyId ?? null,
      amount: t.amount ?? null,
      basisPoints: t.basisPoints ?? null,
      validTo: t.validTo ?? null,
      toleranceBasisPoints: t.toleranceBasisPoints ?? DEFAULT_TOLERANCE_BASIS_POINTS,
      consequence: t.consequence ?? null,
    })),
  );
  await upsertById(
    tx,
    s.costAgreements,
    referenceCostAgreements.map(({ shares: _shares, ...a }) => ({
      ...a,
      amountCents: a.amountCents ?? null,
      hourlyRateCents: a.hourlyRateCents ?? null,
      hoursPerUnit: a.hoursPerUnit ?? null,
      budgetUnits: a.budgetUnits ?? null,
    })),
  );
  await tx.delete(s.costShares).where(inArray(s.costShares.agreementId, referenceCostAgreements.map((a) => a.id)));
  await insertIfAny(tx, s.costShares, referenceCostAgreements.flatMap((a) => a.shares.map((share) => ({ agreementId: a.id, ...share }))));
  await upsertById(
    tx,
    s.funds,
    referenceFunds.map((f) => ({
      id: f.id,
      covenantId: f.covenantId,
      name: f.name,
      cashierPartyId: f.cashierPartyId,
      chairPartyId: f.chairPartyId,
      topUpThresholdCents: f.topUpThresholdCents,
      eligibleCostTypes: f.eligibleCostTypes,
      source: f.source,
    })),
  );
  await tx.delete(s.fundContributionRules).where(inArray(s.fundContributionRules.fundId, referenceFunds.map((f) => f.id)));
  await insertIfAny(
    tx,
    s.fundContributionRules,
    referenceFunds.flatMap((f) =>
      f.contributionRules.map((r) => ({ fundId: f.id, partyKind: r.partyKind, groupTotalCents: r.groupTotalCents ?? null, perPartyCents: r.perPartyCents ?? null, distributionKey: r.key })),
    ),
  );  // Members change through the API (joining, notice) once the fund runs: only add missing ones.
  const members = referenceFunds.flatMap((f) => f.memberPartyIds.map((partyId) => ({ fundId: f.id, partyId, joinedOn: f.membersJoinedOn })));
  if (members.length > 0) await tx.insert(s.fundMembers).values(members).onConflictDoNothing();
}
