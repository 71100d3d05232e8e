// The retention purge (DOMAIN.md §5: trajectories go 5 years after closing when the person was not
// eligible, 15 when eligible): the one path both the beheerder's purgeRetention and the platform's
// daily job take. Each purged case leaves an audit row, in the purge's own transaction.
import { withClaims } from '@uitstroom/db/claims';
import type { Db } from '@uitstroom/db/client';
import { writeAudit } from '@uitstroom/db/queries/audit';
import { purgeTrajectories, type PurgeReport } from '@uitstroom/db/queries/retention';
import { auditEntries, todayInNetherlands, type Viewer } from '@uitstroom/subgraph-kit';

/** Purges what is due on `day` and audits each case, in one transaction. */
export function purgeDue(db: Db, day: string, actor: Viewer): Promise<PurgeReport> {
  return withClaims(db, { scope: 'all' }, async (tx) => {
    const report = await purgeTrajectories(tx, day, { dryRun: false });
    await writeAudit(tx, auditEntries(actor, { action: 'purge', subject: 'trajectory', outcome: 'allowed', detail: `bewaartermijn verstreken (${day})` }, report.trajectories));
    return report;
  });
}

export type RetentionMode = 'on' | 'dry-run' | 'off';

/** Who the daily job is in the audit log. */
const JOB: Viewer = { role: 'beheerder', organisationId: null, user: 'Bewaartermijn (dagelijkse taak)' };

/** The daily job: purge (on), or only report what is due (dry-run); a line for the log, or null when there is nothing to say. */
export async function retentionJob(db: Db, mode: RetentionMode, day: string = todayInNetherlands()): Promise<string | null> {
  if (mode === 'off') return null;
  if (mode === 'dry-run') {
    const report = await withClaims(db, { scope: 'all' }, (tx) => purgeTrajectories(tx, day, { dryRun: true }));
    const { trajectories, steps, events } = report.removed;
    return trajectories === 0 ? null : `Retention (dry run): ${trajectories} trajectories (${steps} steps, ${events} events) are past their term; RETENTION_PURGE=on removes them`;
  }
  const report = await purgeDue(db, day, JOB);
  return report.removed.trajectories === 0 ? null : `Retention: ${report.removed.trajectories} trajectories past their term removed (${report.removed.fundClaimsPseudonymised} Garantiefonds claims pseudonymised)`;
}
