// Per-request DataLoaders for the trajectories subgraph.
import type { Db } from '@uitstroom/db/client';
import * as q from '@uitstroom/db/queries/trajectories';
import { auditLoader, groupedLoader, keyedLoader, type Viewer } from '@uitstroom/subgraph-kit';
import { withClaims } from '@uitstroom/db/claims';
import { caseScope, claimsOf } from './access.ts';
import DataLoader from 'dataloader';
import { EMPTY, type Tally } from '@uitstroom/disclosure';

export function createLoaders(db: Db, viewer: Viewer) {
  // Pages hold only what this viewer may see (a medewerker: trajectories its organisation is involved in).
  const scope = caseScope(viewer);
  const involvedParty = scope.kind === 'involved' ? scope.partyId : null;
  // Every case-level batch runs under the viewer's claims: row-level security checks it once more.
  const claims = claimsOf(viewer);
  const claimed = <T>(read: (tx: Db) => Promise<T>) => withClaims(db, claims, read);
  return {
    trajectory: keyedLoader((ids) => claimed((tx) => q.getTrajectoriesByIds(tx, ids)), (row) => row.id),
    householdVisit: keyedLoader((ids) => claimed((tx) => q.getHouseholdVisitsByIds(tx, ids)), (row) => row.id),
    stepsByTrajectory: groupedLoader((ids) => claimed((tx) => q.getStepsByTrajectoryIds(tx, ids)), (row) => row.trajectoryId),
    eventsByTrajectory: groupedLoader((ids) => claimed((tx) => q.getEventsByTrajectoryIds(tx, ids)), (row) => row.trajectoryId),
    stepLabelsByCovenant: groupedLoader((ids) => q.getStepLabelsByCovenantIds(db, ids), (row) => row.covenantId),
    /** Pages of any covenants, limits and offsets requested together: one statement for all of them. */
    trajectoryPage: new DataLoader<string, q.TrajectoryRow[]>(async (keys) => {
      const pages = keys.map(pageOfKey);
      const rows = await claimed((tx) => q.getTrajectoryPages(tx, pages, involvedParty));
      return pages.map((p) => rows.filter((r) => r.trajectory.covenantId === p.covenantId && r.position > p.offset && r.position <= p.offset + p.limit).map((r) => r.trajectory));
    }),
    /** Audit entries of this request, written in one statement per tick however many cases were read. */
    audit: auditLoader(db),
    trajectoryCount: new DataLoader<string, Tally>(async (ids) => {
      const rows = await q.countTrajectoriesByCovenantIds(db, ids);
      const byId = new Map(rows.map((row) => [row.covenantId, { n: row.count, keySum: row.keySum }]));
      return ids.map((id) => byId.get(id) ?? EMPTY);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function pageKeyOf(covenantId: string, page: { limit: number; offset: number }): string {
  return `${covenantId}|${page.limit}:${page.offset}`;
}

function pageOfKey(key: string): q.TrajectoryPage {
  const at = key.lastIndexOf('|');
  const [limit, offset] = key.slice(at + 1).split(':').map(Number) as [number, number];
  return { covenantId: key.slice(0, at), limit, offset };
}
