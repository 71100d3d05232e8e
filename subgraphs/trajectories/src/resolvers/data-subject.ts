// The data subject's rights and the retention term (DOMAIN.md §5), for the beheerder: export
// everything held under a case code, erase it, and purge trajectories whose term has run out (5
// years after closing when not eligible, 15 when eligible). The rules and the statements are in
// @uitstroom/db/queries/retention; erasure and purge touch the Garantiefonds claims too (their case
// code is replaced by a pseudonym), in the same transaction, so a case is erased everywhere or not
// at all. Every export, erasure and purge is audited in the transaction that does it.
import { withClaims } from '@uitstroom/db/claims';
import { writeAudit } from '@uitstroom/db/queries/audit';
import { eraseCase, exportCase, purgeTrajectories, type PurgeReport } from '@uitstroom/db/queries/retention';
import { purgeDue } from '../retention.ts';
import { auditEntries, todayInNetherlands, type Viewer } from '@uitstroom/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';

function requireBeheerder(viewer: Viewer, what: string): void {
  if (viewer.role !== 'beheerder') throw new GraphQLError(`${what} is for the beheerder only`, { extensions: { code: 'FORBIDDEN' } });
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function dayOf(on: string | null | undefined): string {
  const today = todayInNetherlands();
  if (on && on > today) throw badInput(`on (${on}) lies in the future; retention is counted up to today (${today}) at the latest`);
  return on ?? today;
}

const shape = (report: PurgeReport) => ({
  dryRun: report.dryRun,
  on: report.today,
  cases: report.trajectories.map((t) => ({ ...t, covenant: { id: t.covenantId } })),
  ...report.removed,
});

export const DataSubjectQuery = {
  caseExport: async (_: unknown, args: { covenantId: string; caseCode: string }, { db, viewer }: Context) => {
    requireBeheerder(viewer, 'a case export');
    return withClaims(db, { scope: 'all' }, async (tx) => {
      const data = await exportCase(tx, args.covenantId, args.caseCode);
      await writeAudit(tx, auditEntries(viewer, { action: 'export', subject: 'trajectory', outcome: 'allowed' }, [args]));
      return { found: data.found, data };
    });
  },
  retentionReport: async (_: unknown, args: { on?: string | null }, { db, viewer }: Context) => {
    requireBeheerder(viewer, 'the retention report');
    return shape(await withClaims(db, { scope: 'all' }, (tx) => purgeTrajectories(tx, dayOf(args.on), { dryRun: true })));
  },
};

export const DataSubjectMutation = {
  eraseCase: async (_: unknown, args: { covenantId: string; caseCode: string; confirmCaseCode: string }, { db, viewer }: Context) => {
    requireBeheerder(viewer, 'erasing a case');
    if (args.confirmCaseCode !== args.caseCode) throw badInput(`confirmCaseCode must repeat the case code "${args.caseCode}" exactly`);
    return withClaims(db, { scope: 'all' }, async (tx) => {
      const erased = await eraseCase(tx, args.covenantId, args.caseCode);
      if (erased.trajectories + erased.fundClaimsPseudonymised === 0) throw badInput(`nothing is held under case code "${args.caseCode}" in covenant "${args.covenantId}"`);
      await writeAudit(tx, auditEntries(viewer, { action: 'erase', subject: 'trajectory', outcome: 'allowed' }, [args]));
      return { covenantId: args.covenantId, caseCode: args.caseCode, ...erased };
    });
  },
  purgeRetention: async (_: unknown, args: { on?: string | null }, { db, viewer }: Context) => {
    requireBeheerder(viewer, 'the retention purge');
    return shape(await purgeDue(db, dayOf(args.on), viewer));
  },
};
