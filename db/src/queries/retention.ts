// Retention and the data subject's rights for case-level data (DOMAIN.md §5): trajectories are kept
// 5 years after closing when the person was not eligible and 15 years when eligible, then purged;
// a person may ask for everything held under their case code (access, portability) or its erasure.
// Every function takes the day as an ISO date: no clock is read here, so a run can be replayed.
//
// Left alone on purpose:
// - Household visits (VoorzieningenWijzer) have a visit code, not a case code, and are no trajectory
//   of a person leaving an institution: they have no closing day to count from and are out of scope.
// - The audit log keeps its rows: it is a legal record of its own (NEN 7513) with its own term,
//   enforced by purgeAudit; erasing a case would also erase the proof of who saw it.
// - Garantiefonds bookings (fund_ledger) and claim steps are append-only (migration 0006) and the
//   bookkeeping law keeps them 7 years; only the claim's case code, the link to the person, goes.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/audit.ts';
import { fundClaimLines, fundClaims, fundClaimSteps, funds } from '../schema/funding.ts';
import { trajectories, trajectoryEvents, trajectorySteps } from '../schema/trajectories.ts';
import { getAuditLog, type AuditRow } from './audit.ts';
import { chunks, type Tx } from './batches.ts';

type Conn = Db | Tx;

/** A closed trajectory whose retention has run out, with what purging it removes. */
export interface DueTrajectory {
  id: string;
  covenantId: string;
  caseCode: string;
  closedOn: string;
  eligible: boolean | null;
  /** The first day on which it may (and must) be purged. */
  purgeOn: string;
  steps: number;
  events: number;
}

export interface RemovedCounts {
  trajectories: number;
  steps: number;
  events: number;
  fundClaimsPseudonymised: number;
}

/** In a dry run, `removed` holds what a real run would remove now. */
export interface PurgeReport {
  dryRun: boolean;
  today: string;
  trajectories: DueTrajectory[];
  removed: RemovedCounts;
}

export interface EraseResult extends RemovedCounts {
  /** Audit rows naming the case, kept as the legal record they are (NEN 7513). */
  auditRowsKept: number;
}

/** A row with its timestamps as ISO strings, so that it survives JSON unchanged. */
export type Plain<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** Everything held under a case code (right of access and portability, AVG art. 15 and 20). */
export interface CaseExport {
  found: boolean;
  covenantId: string;
  caseCode: string;
  trajectories: (Plain<Omit<typeof trajectories.$inferSelect, 'recordKey'>> & {
    steps: Plain<typeof trajectorySteps.$inferSelect>[];
    events: Plain<typeof trajectoryEvents.$inferSelect>[];
  })[];
  fundClaims: (Plain<typeof fundClaims.$inferSelect> & {
    lines: Plain<typeof fundClaimLines.$inferSelect>[];
    steps: Plain<typeof fundClaimSteps.$inferSelect>[];
  })[];
  auditLog: Plain<typeof auditLog.$inferSelect>[];
}

/** What a pseudonymised claim's case code becomes. */
export const ERASED_PREFIX = 'gewist-';

/**
 * The day retention runs out. Only eligibility known to be false gets the short term: when it was
 * never recorded (null) the 15 years apply. Purging is irreversible, keeping is not — once someone
 * records that the person was not eligible, the next run purges on the 5-year day — and purging an
 * eligible person's file after 5 years would break the covenant's 15 years for the very people the
 * trajectory serves. An interval keeps the calendar day; 29 February ends on 28 February.
 */
const purgeOn = sql`(${trajectories.closedOn} + case when ${trajectories.eligible} is false then interval '5 years' else interval '15 years' end)::date`;

function isoDay(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  return today;
}

function dueQuery(db: Conn, today: string) {
  return db
    .select({
      id: trajectories.id,
      covenantId: trajectories.covenantId,
      caseCode: trajectories.caseCode,
      closedOn: sql<string>`${trajectories.closedOn}::text`,
      eligible: trajectories.eligible,
      purgeOn: sql<string>`${purgeOn}::text`,
      // Spelled out: drizzle leaves columns in a one-table select list unqualified, and a bare "id"
      // inside the subquery would be the event's own.
      steps: sql<number>`(select count(*) from ${trajectorySteps} s where s.trajectory_id = trajectories.trajectories.id)::int`,
      events: sql<number>`(select count(*) from ${trajectoryEvents} e where e.trajectory_id = trajectories.trajectories.id)::int`,
    })
    .from(trajectories)
    // An open trajectory (no closing step, so closed_on null) is never due.
    .where(and(sql`${trajectories.closedOn} is not null`, sql`${purgeOn} <= ${isoDay(today)}::date`))
    .orderBy(asc(trajectories.covenantId), asc(trajectories.caseCode));
}

/** The trajectories whose retention has run out on `today`, by covenant and case code. */
export function retentionDue(db: Conn, today: string): Promise<DueTrajectory[]> {
  return dueQuery(db, today);
}

/**
 * Purges the trajectories due on `today` in the caller's transaction, with their steps and events,
 * and pseudonymises the Garantiefonds claims that name them. A dry run only reports. The due rows
 * are locked first (a step's foreign key check then waits for us), and `removed` counts what the
 * deletes themselves returned.
 */
export async function purgeTrajectories(tx: Tx, today: string, options: { dryRun: boolean }): Promise<PurgeReport> {
  const due = options.dryRun ? await dueQuery(tx, today) : await dueQuery(tx, today).for('update');
  const sum = (key: 'steps' | 'events') => due.reduce((n, d) => n + d[key], 0);
  if (options.dryRun) {
    const fundClaimsPseudonymised = (await claimsOfCases(tx, due)).length;
    return { dryRun: true, today, trajectories: due, removed: { trajectories: due.length, steps: sum('steps'), events: sum('events'), fundClaimsPseudonymised } };
  }
  const removed = await deleteTrajectories(tx, due.map((d) => d.id));
  const fundClaimsPseudonymised = await pseudonymiseClaims(tx, due);
  return { dryRun: false, today, trajectories: due, removed: { ...removed, fundClaimsPseudonymised } };
}

/**
 * Deletes trajectories with their events and steps. The foreign keys cascade, but deleting the
 * children first counts exactly what went; the milestone triggers (migration 0003) then recompute
 * the parents once more before they go, which costs a purge little and keeps them consistent.
 */
async function deleteTrajectories(tx: Tx, ids: readonly string[]): Promise<Omit<RemovedCounts, 'fundClaimsPseudonymised'>> {
  const removed = { trajectories: 0, steps: 0, events: 0 };
  for (const part of chunks(ids)) {
    removed.events += (await tx.delete(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, part)).returning({ id: trajectoryEvents.id })).length;
    removed.steps += (await tx.delete(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, part)).returning({ id: trajectorySteps.trajectoryId })).length;
    removed.trajectories += (await tx.delete(trajectories).where(inArray(trajectories.id, part)).returning({ id: trajectories.id })).length;
  }
  return removed;
}

/** The claims, in funds of the case's covenant, that name one of these case codes. */
async function claimsOfCases(db: Conn, cases: readonly { covenantId: string; caseCode: string }[]): Promise<string[]> {
  const byCovenant = new Map<string, string[]>();
  for (const c of cases) {
    const codes = byCovenant.get(c.covenantId);
    if (codes) codes.push(c.caseCode);
    else byCovenant.set(c.covenantId, [c.caseCode]);
  }
  const ids: string[] = [];
  for (const [covenantId, codes] of byCovenant) {
    const covenantFunds = db.select({ id: funds.id }).from(funds).where(eq(funds.covenantId, covenantId));
    for (const part of chunks(codes)) {
      const rows = await db
        .select({ id: fundClaims.id })
        .from(fundClaims)
        .where(and(inArray(fundClaims.fundId, covenantFunds), inArray(fundClaims.caseCode, part)));
      ids.push(...rows.map((r) => r.id));
    }
  }
  return ids.sort();
}

/**
 * Replaces the case code of these cases' claims by 'gewist-<claim id>'; returns how many. The claim
 * id is random and already how the ledger and steps refer to the claim, so the pseudonym adds no
 * link to the person; a hash of the case code would, since anyone holding the code could recompute
 * it. It stays unique and says why the code is gone. fund_claims has no trigger refusing updates.
 */
async function pseudonymiseClaims(tx: Tx, cases: readonly { covenantId: string; caseCode: string }[]): Promise<number> {
  const ids = await claimsOfCases(tx, cases);
  let changed = 0;
  for (const part of chunks(ids)) {
    const rows = await tx
      .update(fundClaims)
      .set({ caseCode: sql`${ERASED_PREFIX} || ${fundClaims.id}::text` })
      .where(inArray(fundClaims.id, part))
      .returning({ id: fundClaims.id });
    changed += rows.length;
  }
  return changed;
}

/**
 * Audit rows about this case, oldest first, read through audit.read_log (the service role may only
 * append to the log). Household-visit rows carry a visit code in case_code: not this case.
 */
async function auditOfCase(db: Conn, covenantId: string, caseCode: string): Promise<AuditRow[]> {
  const rows = await getAuditLog(db as Db, { caseCode, limit: 100_000 });
  return rows.filter((r) => r.covenantId === covenantId && r.subject !== 'household-visit').reverse();
}

function plain<T extends object>(row: T): Plain<T> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as Plain<T>;
}

/** Everything held under a case code as JSON-able data, in a stable order; `found: false` when nothing. */
export async function exportCase(db: Conn, covenantId: string, caseCode: string): Promise<CaseExport> {
  const rows = await db
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.covenantId, covenantId), eq(trajectories.caseCode, caseCode)))
    .orderBy(asc(trajectories.id));
  const ids = rows.map((r) => r.id);
  const claimIds = await claimsOfCases(db, [{ covenantId, caseCode }]);
  const [steps, events, claims, lines, claimSteps, audit] = await Promise.all([
    ids.length === 0 ? [] : db.select().from(trajectorySteps).where(inArray(trajectorySteps.trajectoryId, ids)).orderBy(asc(trajectorySteps.step)),
    ids.length === 0 ? [] : db.select().from(trajectoryEvents).where(inArray(trajectoryEvents.trajectoryId, ids)).orderBy(asc(trajectoryEvents.occurredOn), asc(trajectoryEvents.kind), asc(trajectoryEvents.id)),
    claimIds.length === 0 ? [] : db.select().from(fundClaims).where(inArray(fundClaims.id, claimIds)).orderBy(asc(fundClaims.submittedOn), asc(fundClaims.id)),
    claimIds.length === 0 ? [] : db.select().from(fundClaimLines).where(inArray(fundClaimLines.claimId, claimIds)).orderBy(asc(fundClaimLines.lineNo)),
    claimIds.length === 0 ? [] : db.select().from(fundClaimSteps).where(inArray(fundClaimSteps.claimId, claimIds)).orderBy(asc(fundClaimSteps.id)),
    auditOfCase(db, covenantId, caseCode),
  ]);
  return {
    found: rows.length + claims.length + audit.length > 0,
    covenantId,
    caseCode,
    // The record key is the disclosure control's secret, not data about the person: never exported.
    trajectories: rows.map(({ recordKey: _secret, ...t }) => ({
      ...plain(t),
      steps: steps.filter((s) => s.trajectoryId === t.id).map(plain),
      events: events.filter((e) => e.trajectoryId === t.id).map(plain),
    })),
    fundClaims: claims.map((c) => ({
      ...plain(c),
      lines: lines.filter((l) => l.claimId === c.id).map(plain),
      steps: claimSteps.filter((s) => s.claimId === c.id).map(plain),
    })),
    auditLog: audit.map(plain),
  };
}

/**
 * Erases a case on the data subject's request (AVG art. 17), in the caller's transaction: the
 * trajectory with its steps and events goes, its Garantiefonds claims lose the case code (see
 * pseudonymiseClaims), and the audit rows stay (see the top of this file) and are counted.
 */
export async function eraseCase(tx: Tx, covenantId: string, caseCode: string): Promise<EraseResult> {
  const rows = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.covenantId, covenantId), eq(trajectories.caseCode, caseCode)))
    .for('update');
  const removed = await deleteTrajectories(tx, rows.map((r) => r.id));
  const fundClaimsPseudonymised = await pseudonymiseClaims(tx, [{ covenantId, caseCode }]);
  const kept = await auditOfCase(tx, covenantId, caseCode);
  return { ...removed, fundClaimsPseudonymised, auditRowsKept: kept.length };
}
