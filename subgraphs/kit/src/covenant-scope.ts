// Which covenants a viewer's figures may come from. The beheerder and the analist look across the
// platform (the analist through suppressed aggregates only); the werkgroep, the bestuurder and a
// medewerker see the covenants named in their token's `covenants` claim; an anonymous viewer none.
// Directory facts (covenant names, parties, memberships) are public in the covenant texts and are
// not scoped; figures, targets, evaluations, funds and case data are, in every subgraph entry point.
import { GraphQLError } from 'graphql';
import type { Viewer } from './viewer.ts';

export function seesEveryCovenant(viewer: Viewer): boolean {
  return viewer.role === 'beheerder' || viewer.role === 'analist';
}

export function mayViewCovenant(viewer: Viewer, covenantId: string): boolean {
  return seesEveryCovenant(viewer) || (viewer.covenants ?? []).includes(covenantId);
}

export function covenantForbidden(viewer: Viewer, covenantId: string): GraphQLError {
  const why =
    viewer.role === 'anoniem'
      ? `covenant "${covenantId}": sign in first`
      : `covenant "${covenantId}" is not among the covenants of your token (${(viewer.covenants ?? []).join(', ') || 'none'})`;
  return new GraphQLError(why, { extensions: { code: 'FORBIDDEN' } });
}

/** Throws FORBIDDEN unless the viewer may see this covenant's figures. */
export function requireCovenant(viewer: Viewer, covenantId: string): void {
  if (!mayViewCovenant(viewer, covenantId)) throw covenantForbidden(viewer, covenantId);
}

/** The rows of covenants the viewer may see. */
export function ofVisibleCovenants<T extends { covenantId: string }>(viewer: Viewer, rows: readonly T[]): T[] {
  return seesEveryCovenant(viewer) ? [...rows] : rows.filter((r) => mayViewCovenant(viewer, r.covenantId));
}

/** A row of a covenant the viewer may see, or FORBIDDEN; null stays null. */
export function visibleOrForbidden<T extends { covenantId: string }>(viewer: Viewer, row: T | null | undefined): T | null {
  if (row === null || row === undefined) return null;
  requireCovenant(viewer, row.covenantId);
  return row;
}
