// The daily housekeeping: audit rows past AUDIT_RETENTION_MONTHS and trajectories past their
// retention term (RETENTION_PURGE: dry-run by default). It runs where the data is served — inside
// `npm start`, and in every standalone trajectories process (production) — at start and then once a
// day. With replicas each runs it: the work is idempotent (what one replica removed, the other finds
// gone; a purged case is audited by the replica that removed it).
import type { Database } from '@uitstroom/db/client';
import type { DatabaseConfig } from '@uitstroom/db/config';
import { purgeAudit } from '@uitstroom/db/queries/audit';
import { retentionJob } from './retention.ts';

const DAY_MS = 24 * 3600 * 1000;

export type HousekeepingConfig = Pick<DatabaseConfig, 'auditRetentionMonths' | 'retentionPurge'>;

/** One run; what it did, as lines for the log (none when there was nothing to do). */
export async function runHousekeeping(database: Database, config: HousekeepingConfig): Promise<string[]> {
  const lines: string[] = [];
  const removed = await purgeAudit(database.db, config.auditRetentionMonths);
  if (removed > 0) lines.push(`Audit log: ${removed} entries older than ${config.auditRetentionMonths} months removed`);
  const retention = await retentionJob(database.db, config.retentionPurge);
  if (retention) lines.push(retention);
  return lines;
}

/** Runs now, then every day while the process lives; a failed run is reported and tried again the next day. */
export async function scheduleHousekeeping(database: Database, config: HousekeepingConfig, report: { done(line: string): void; failed(error: unknown): void }): Promise<() => void> {
  const run = async () => {
    try {
      for (const line of await runHousekeeping(database, config)) report.done(line);
    } catch (error) {
      report.failed(error);
    }
  };
  await run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
