// Case-level reads with their checks and audit: a page of trajectories, one trajectory, the
// household visits of a period. Refused reads throw FORBIDDEN and leave a "denied" audit row.
import { withClaims } from '@uitstroom/db/claims';
import { getCaseOf, getHouseholdVisits, isPartyOfKind, type TrajectoryRow } from '@uitstroom/db/queries/trajectories';
import { auditRead, caseScope, claimsOf, forbidden, isUuid, mayReadTrajectory } from '../access.ts';
import type { Context } from '../context.ts';
import { pageOf } from '../domain/paging.ts';
import { pageKeyOf } from '../loaders.ts';

const cases = (rows: readonly TrajectoryRow[]) => rows.map((t) => ({ covenantId: t.covenantId, caseCode: t.caseCode }));

export async function trajectoryPage(covenantId: string, args: { limit: number; offset: number }, context: Context): Promise<TrajectoryRow[]> {
  if (caseScope(context.viewer).kind === 'none') {
    await auditRead(context, 'trajectory', 'denied', [{ covenantId, caseCode: null }], 'list of trajectories');
    throw forbidden(context.viewer, `trajectories of ${covenantId}`);
  }
  const rows = await context.loaders.trajectoryPage.load(pageKeyOf(covenantId, pageOf(args)));
  await auditRead(context, 'trajectory', 'allowed', cases(rows));
  return rows;
}

export async function oneTrajectory(id: string, context: Context, options: { quiet: boolean }): Promise<TrajectoryRow | null> {
  const row = await context.loaders.trajectory.load(id);
  if (!row) return refusedOrUnknown(id, context, options);
  if (!mayReadTrajectory(caseScope(context.viewer), row)) {
    await auditRead(context, 'trajectory', 'denied', cases([row]));
    if (options.quiet) return null;
    throw forbidden(context.viewer, 'this trajectory');
  }
  await auditRead(context, 'trajectory', 'allowed', cases([row]));
  return row;
}

/**
 * A trajectory the claims do not show (row-level security) may exist all the same: then the look is
 * refused and audited under its case code, as when the subgraph's own check refuses it.
 */
async function refusedOrUnknown(id: string, context: Context, options: { quiet: boolean }): Promise<null> {
  const known = isUuid(id) ? await getCaseOf(context.db, id) : null;
  if (known === null) return null;
  await auditRead(context, 'trajectory', 'denied', [known]);
  if (options.quiet) return null;
  throw forbidden(context.viewer, 'this trajectory');
}

export async function householdVisits(covenantId: string, args: { from: string; to: string }, context: Context) {
  const scope = caseScope(context.viewer);
  if (scope.kind === 'none') {
    await auditRead(context, 'household-visit', 'denied', [{ covenantId, caseCode: null }], 'household visits');
    throw forbidden(context.viewer, `household visits of ${covenantId}`);
  }
  const all = await withClaims(context.db, claimsOf(context.viewer), (tx) => getHouseholdVisits(tx, { covenantId, ...args }));
  // The gemeente that runs the visits sees them all; a corporation only its own tenants'.
  const wholeCovenant = scope.kind === 'all' || (await isPartyOfKind(context.db, covenantId, scope.partyId, 'gemeente'));
  const visits = wholeCovenant ? all : all.filter((v) => scope.kind === 'involved' && v.tenantOfPartyId === scope.partyId);
  await auditRead(context, 'household-visit', 'allowed', visits.map((v) => ({ covenantId, caseCode: v.visitCode })));
  return visits;
}

/** Another subgraph's reference to a visit: null (and a denied audit row) where the viewer may not see it. */
export async function oneVisit(id: string, context: Context) {
  const visit = await context.loaders.householdVisit.load(id);
  if (!visit) return null;
  const scope = caseScope(context.viewer);
  const allowed =
    scope.kind === 'all' ||
    (scope.kind === 'involved' && (visit.tenantOfPartyId === scope.partyId || (await isPartyOfKind(context.db, visit.covenantId, scope.partyId, 'gemeente'))));
  await auditRead(context, 'household-visit', allowed ? 'allowed' : 'denied', [{ covenantId: visit.covenantId, caseCode: visit.visitCode }]);
  return allowed ? visit : null;
}
