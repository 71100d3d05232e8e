// The shape in which whole trajectories are written (imports, demo data), and the write itself.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { trajectories, trajectoryEvents, trajectorySteps } from '../schema/trajectories.ts';
import type { CanonicalStep } from '../seed/reference/types.ts';
import { chunks, type Tx } from './batches.ts';
import { writeAudit, type AuditEntry } from './audit.ts';

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

/** The stored records with these keys, with their ids. */
async function loadExisting(tx: Tx, records: readonly TrajectoryRecord[]): Promise<Map<string, { id: string; record: TrajectoryRecord }>> {
  const wanted = new Set(records.map(keyOf));
  const found = new Map<string, { id: string; record: TrajectoryRecord }>();
  for (const part of chunks(records)) {
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

async function insertChildren(tx: Tx, items: { id: string; record: TrajectoryRecord }[]): Promise<void> {
  const steps = items.flatMap(({ id, record }) => record.steps.map((s) => ({ trajectoryId: id, ...s })));
  for (const part of chunks(steps)) await tx.insert(trajectorySteps).values(part);
  const events = items.flatMap(({ id, record }) => record.events.map((e) => ({ trajectoryId: id, ...e })));
  for (const part of chunks(events)) await tx.insert(trajectoryEvents).values(part);
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
    for (const part of chunks(fresh)) {
      const inserted = await tx
        .insert(trajectories)
        .values(part.map(({ steps: _s, events: _e, ...fields }) => ({ ...fields, source })))
        .returning({ id: trajectories.id, covenantId: trajectories.covenantId, caseCode: trajectories.caseCode });
      const idOf = new Map(inserted.map((row) => [keyOf(row), row.id]));
      await insertChildren(tx, part.map((record) => ({ id: idOf.get(keyOf(record)) as string, record })));
    }
    for (const { id, record } of changed) {
      const { steps: _s, events: _e, ...fields } = record;
      await tx.update(trajectories).set({ ...fields, source, updatedAt: sql`now()` }).where(eq(trajectories.id, id));
    }
    const changedIds = changed.map((c) => c.id);
    for (const part of chunks(changedIds)) {
      await tx.delete(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, part));
      await tx.delete(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, part));
    }
    await insertChildren(tx, changed);
    if (audit) await writeAudit(tx, [...fresh, ...changed.map((c) => c.record)].map((r) => ({ ...audit, covenantId: r.covenantId, caseCode: r.caseCode })));
    return { created: fresh.length, updated: changed.length, unchanged: records.length - fresh.length - changed.length };
  });
}
