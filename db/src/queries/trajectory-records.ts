// The shape in which whole trajectories are written (imports, demo data), and the write itself.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { trajectories, trajectoryEvents, trajectorySteps } from '../schema/trajectories.ts';
import type { CanonicalStep } from '../seed/reference/types.ts';
import { chunks, type Tx } from './batches.ts';
import { writeAudit, type AuditEntry } from './audit.ts';
import { BULK_ROWS, insertEventRows, insertStepRows, insertTrajectoryRows } from './bulk-rows.ts';

export type TargetGroupCode = 'BW' | 'MO' | 'VO' | 'JZ' | 'DET' | 'GGZ' | 'WLZ' | 'OVERIG';
export type AgeCategoryCode = '18-22' | '23-27' | '28-49' | '50-64' | '65+';
export type ContractFormCode = 'tijdelijk' | 'intermediair' | 'driepartijen' | 'regulier';

export const TARGET_GROUPS: readonly TargetGroupCode[] = ['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG'];
export const AGE_CATEGORIES: readonly AgeCategoryCode[] = ['18-22', '23-27', '28-49', '50-64', '65+'];
export const CONTRACT_FORMS: readonly ContractFormCode[] = ['tijdelijk', 'intermediair', 'driepartijen', 'regulier'];

/** A whole trajectory with its steps and events, as one unit of writing. */
export interface TrajectoryRecord {
  covenantId: string;
  subRegionId: string | null;
  caseCode: string;
  targetGroup: TargetGroupCode;
  facility: string;
  providerId: string;
  originMunicipalityId: string;
  placementMunicipalityId: string | null;
  ageCategory: AgeCategoryCode;
  landlordId: string | null;
  contractForm: ContractFormCode | null;
  steps: { step: CanonicalStep; occurredOn: string }[];
  events: { kind: 'terugval' | 'negatief_einde'; relapseKind: 'tijdelijk' | 'structureel' | null; occurredOn: string }[];
}

export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
}


const keyOf = (r: { covenantId: string; caseCode: string }) => `${r.covenantId}/${r.caseCode}`;

/** Canonical text of a record, so an unchanged row can be recognised (steps and events in a fixed order). */
function fingerprint(r: TrajectoryRecord): string {
  const { steps, events, ...fields } = r;
  const sortedSteps = [...steps].sort((a, b) => a.step.localeCompare(b.step));
  const sortedEvents = [...events].sort((a, b) => `${a.kind}${a.occurredOn}`.localeCompare(`${b.kind}${b.occurredOn}`));
  return JSON.stringify([Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)), sortedSteps, sortedEvents]);
}

/**
 * The columns a write may set, named one by one: whatever else a record object carries (the
 * secret record key, the id, timestamps) is never copied into the row.
 */
function writableFields(r: TrajectoryRecord) {
  return {
    covenantId: r.covenantId,
    subRegionId: r.subRegionId,
    caseCode: r.caseCode,
    targetGroup: r.targetGroup,
    facility: r.facility,
    providerId: r.providerId,
    originMunicipalityId: r.originMunicipalityId,
    placementMunicipalityId: r.placementMunicipalityId,
    ageCategory: r.ageCategory,
    landlordId: r.landlordId,
    contractForm: r.contractForm,
  };
}

/** Keys looked up per statement: case codes are one parameter each. */
const LOOKUP_ROWS = 5_000;

/** The stored records with these keys, with their ids. */
async function loadExisting(tx: Tx, records: readonly TrajectoryRecord[]): Promise<Map<string, { id: string; record: TrajectoryRecord }>> {
  const wanted = new Set(records.map(keyOf));
  const found = new Map<string, { id: string; record: TrajectoryRecord }>();
  for (const part of chunks(records, LOOKUP_ROWS)) {
    const rows = await tx
      .select()
      .from(trajectories)
      .where(and(inArray(trajectories.covenantId, [...new Set(part.map((r) => r.covenantId))]), inArray(trajectories.caseCode, part.map((r) => r.caseCode))));
    const mine = rows.filter((row) => wanted.has(keyOf(row)));
    if (mine.length === 0) continue;
    const ids = mine.map((row) => row.id);
    const steps = await tx.select().from(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, ids));
    const events = await tx.select().from(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, ids));
    for (const row of mine) {
      found.set(keyOf(row), {
        id: row.id,
        record: {
          covenantId: row.covenantId,
          subRegionId: row.subRegionId,
          caseCode: row.caseCode,
          targetGroup: row.targetGroup,
          facility: row.facility,
          providerId: row.providerId,
          originMunicipalityId: row.originMunicipalityId,
          placementMunicipalityId: row.placementMunicipalityId,
          ageCategory: row.ageCategory,
          landlordId: row.landlordId,
          contractForm: row.contractForm,
          steps: steps.filter((s) => s.trajectoryId === row.id).map((s) => ({ step: s.step, occurredOn: s.occurredOn })),
          events: events
            .filter((e) => e.trajectoryId === row.id)
            .map((e) => ({ kind: e.kind as 'terugval' | 'negatief_einde', relapseKind: e.relapseKind, occurredOn: e.occurredOn })),
        },
      });
    }
  }
  return found;
}

/** Steps and events of these trajectories: one statement per table for up to BULK_ROWS trajectories. */
async function insertChildren(tx: Tx, items: { id: string; record: TrajectoryRecord }[]): Promise<void> {
  for (const part of chunks(items, BULK_ROWS)) {
    await insertStepRows(tx, part.flatMap(({ id, record }) => record.steps.map((s) => ({ trajectory_id: id, step: s.step, occurred_on: s.occurredOn }))));
    await insertEventRows(tx, part.flatMap(({ id, record }) => record.events.map((e) => ({ trajectory_id: id, kind: e.kind, relapse_kind: e.relapseKind, occurred_on: e.occurredOn }))));
  }
}

/** New trajectories with their steps and events: three statements per BULK_ROWS of them. */
async function insertFresh(tx: Tx, fresh: readonly TrajectoryRecord[], source: 'demo' | 'import' | 'invoer', createdBy: string | null): Promise<void> {
  for (const part of chunks(fresh, BULK_ROWS)) {
    const inserted = await insertTrajectoryRows(
      tx,
      part.map((r) => ({
        covenant_id: r.covenantId,
        sub_region_id: r.subRegionId,
        case_code: r.caseCode,
        target_group: r.targetGroup,
        facility: r.facility,
        provider_id: r.providerId,
        origin_municipality_id: r.originMunicipalityId,
        placement_municipality_id: r.placementMunicipalityId,
        age_category: r.ageCategory,
        landlord_id: r.landlordId,
        contract_form: r.contractForm,
        source,
        created_by_party_id: createdBy,
      })),
    );
    const idOf = new Map(inserted.map((row) => [keyOf(row), row.id]));
    await insertChildren(tx, part.map((record) => ({ id: idOf.get(keyOf(record)) as string, record })));
  }
}

/**
 * Writes whole trajectories in one transaction: new ones are inserted, changed ones replaced
 * (fields, steps and events), identical ones left untouched — so writing the same file twice
 * changes nothing. Keyed by covenant and case code.
 */
export async function writeTrajectories(
  db: Db,
  records: readonly TrajectoryRecord[],
  source: 'demo' | 'import' | 'invoer',
  /** Who writes: an audit row per created or changed trajectory, in the same transaction. */
  audit?: Omit<AuditEntry, 'covenantId' | 'caseCode'>,
): Promise<WriteSummary> {
  return db.transaction(async (tx) => {
    const existing = await loadExisting(tx, records);
    const fresh = records.filter((r) => !existing.has(keyOf(r)));
    const changed = records.flatMap((r) => {
      const old = existing.get(keyOf(r));
      return old && fingerprint(old.record) !== fingerprint(r) ? [{ id: old.id, record: r }] : [];
    });
    // The writer's organisation (the audit's actor) creates the new ones: it may change them later.
    await insertFresh(tx, fresh, source, audit?.organisationId ?? null);
    for (const { id, record } of changed) await tx.update(trajectories).set({ ...writableFields(record), source, updatedAt: sql`now()` }).where(eq(trajectories.id, id));
    const changedIds = changed.map((c) => c.id);
    for (const part of chunks(changedIds)) {
      await tx.delete(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, part));
      await tx.delete(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, part));
    }
    await insertChildren(tx, changed);
    if (audit) {
      // Unchanged rows too: writing a stored case identically still shows that its writer knew it.
      const changedRecords = new Set(changed.map((c) => c.record));
      const unchanged = records.filter((r) => existing.has(keyOf(r)) && !changedRecords.has(r));
      await writeAudit(tx, [
        ...[...fresh, ...changed.map((c) => c.record)].map((r) => ({ ...audit, covenantId: r.covenantId, caseCode: r.caseCode })),
        ...unchanged.map((r) => ({ ...audit, covenantId: r.covenantId, caseCode: r.caseCode, detail: `${audit.detail ?? ''} (ongewijzigd)`.trim() })),
      ]);
    }
    return { created: fresh.length, updated: changed.length, unchanged: records.length - fresh.length - changed.length };
  });
}
