// Who may see case-level rows (DOMAIN.md §5: only parties directly involved see a case). The
// beheerder sees every trajectory; a medewerker only those in which its organisation is the
// provider, the gemeente of origin or of placement, or the landlord — and household visits of its
// gemeente's covenant or its own tenants. Every other role sees aggregates only. Each look is
// audited, allowed or denied.
import type { Claims } from '@uitstroom/db/claims';
import type { AuditEntry } from '@uitstroom/db/queries/audit';
import type { TrajectoryRow } from '@uitstroom/db/queries/trajectories';
import { auditEntries, type Viewer } from '@uitstroom/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';

/** Who did something, for the audit log. */
export type AuditActor = Pick<AuditEntry, 'userName' | 'organisationId' | 'role'>;

export function actorOf(viewer: Viewer): AuditActor {
  return { userName: viewer.user ?? null, organisationId: viewer.organisationId, role: viewer.role };
}

export type CaseScope = { kind: 'all' } | { kind: 'involved'; partyId: string } | { kind: 'none' };

export function caseScope(viewer: Viewer): CaseScope {
  if (viewer.role === 'beheerder') return { kind: 'all' };
  if (viewer.role === 'medewerker' && viewer.organisationId !== null) return { kind: 'involved', partyId: viewer.organisationId };
  return { kind: 'none' };
}

/** The same scope as claims for PostgreSQL's row-level security (@uitstroom/db/claims): checked twice. */
export function claimsOf(viewer: Viewer): Claims {
  const scope = caseScope(viewer);
  return scope.kind === 'involved' ? { scope: 'involved', partyId: scope.partyId } : { scope: scope.kind };
}

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export function involvedIn(partyId: string, t: Pick<TrajectoryRow, 'providerId' | 'originMunicipalityId' | 'placementMunicipalityId' | 'landlordId'>): boolean {
  return [t.providerId, t.originMunicipalityId, t.placementMunicipalityId, t.landlordId].includes(partyId);
}

export function mayReadTrajectory(scope: CaseScope, t: TrajectoryRow): boolean {
  return scope.kind === 'all' || (scope.kind === 'involved' && involvedIn(scope.partyId, t));
}

export function forbidden(viewer: Viewer, what: string): GraphQLError {
  const why =
    viewer.role === 'medewerker'
      ? `${what}: your organisation is not involved`
      : `${what}: role "${viewer.role}" sees aggregates only; case-level rows need the beheerder or a medewerker of an organisation involved`;
  return new GraphQLError(why, { extensions: { code: 'FORBIDDEN' } });
}

/** Records a look at case-level rows (one entry per case), or a refused one. */
export function auditRead(context: Context, subject: 'trajectory' | 'household-visit', outcome: 'allowed' | 'denied', cases: readonly { covenantId: string | null; caseCode: string | null }[], detail?: string) {
  return Promise.all(auditEntries(context.viewer, { action: 'read', subject, outcome, detail }, cases).map((entry) => context.loaders.audit.load(entry)));
}
