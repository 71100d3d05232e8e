// Writes the public reference data (organisations, covenants, numbers) — idempotent, run at every start.
import { inArray, sql } from 'drizzle-orm';
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

const excluded = (column: string) => sql.raw(`excluded.${column}`);

export async function seedReference(db: Db): Promise<void> {
  const covenantIds = referenceCovenants.map((c) => c.id);
  await db.transaction(async (tx) => {
    await tx
      .insert(s.parties)
      .values(referenceParties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, description: p.description ?? null })))
      .onConflictDoUpdate({ target: s.parties.id, set: { name: excluded('name'), kind: excluded('kind'), description: excluded('description') } });
    await tx
      .insert(s.covenants)
      .values(
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
      )
      .onConflictDoUpdate({
        target: s.covenants.id,
        set: Object.fromEntries(
          ['name', 'region', 'seed_file', 'starts_on', 'ends_on', 'initial_term_months', 'tacit_renewal', 'renewal_months', 'notice_months', 'party_leave_notice_months'].map(
            (column) => [camel(column), excluded(column)],
          ),
        ),
      });
    const subRegions = referenceCovenants.flatMap((c) => c.subRegions.map((r) => ({ id: r.id, covenantId: c.id, name: r.name })));
    if (subRegions.length > 0) {
      await tx.insert(s.subRegions).values(subRegions).onConflictDoUpdate({ target: s.subRegions.id, set: { name: excluded('name') } });
    }
    // Child rows are replaced whole: they have no identity of their own that anything refers to.
    await tx.delete(s.memberships).where(inArray(s.memberships.covenantId, covenantIds));
    await tx.insert(s.memberships).values(referenceMemberships.map((m) => ({ ...m, subRegionId: m.subRegionId ?? null })));
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

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function insertIfAny<T extends Parameters<Tx['insert']>[0]>(tx: Tx, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length > 0) await tx.insert(table).values(rows);
}

async function seedFigures(tx: Tx): Promise<void> {
  await tx.delete(s.targets);
  await insertIfAny(
    tx,
    s.targets,
    referenceTargets.map((t) => ({
      ...t,
      subRegionId: t.subRegionId ?? null,
      partyId: t.partyId ?? null,
      amount: t.amount ?? null,
      basisPoints: t.basisPoints ?? null,
      validTo: t.validTo ?? null,
    })),
  );
  await tx.delete(s.costShares);
  await tx.delete(s.costAgreements);
  await insertIfAny(
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
  await insertIfAny(tx, s.costShares, referenceCostAgreements.flatMap((a) => a.shares.map((share) => ({ agreementId: a.id, ...share }))));
  await tx.delete(s.fundContributionRules);
  await tx.delete(s.funds);
  await insertIfAny(
    tx,
    s.funds,
    referenceFunds.map((f) => ({
      id: f.id,
      covenantId: f.covenantId,
      name: f.name,
      cashierPartyId: f.cashierPartyId,
      topUpThresholdCents: f.topUpThresholdCents,
      eligibleCostTypes: f.eligibleCostTypes,
      source: f.source,
    })),
  );
  await insertIfAny(
    tx,
    s.fundContributionRules,
    referenceFunds.flatMap((f) =>
      f.contributionRules.map((r) => ({
        fundId: f.id,
        partyKind: r.partyKind,
        groupTotalCents: r.groupTotalCents ?? null,
        perPartyCents: r.perPartyCents ?? null,
        distributionKey: r.key,
      })),
    ),
  );
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
