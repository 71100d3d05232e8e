// Per-request DataLoaders for the trajectories subgraph.
import type { Db } from '@uitstroom/db/client';
import * as q from '@uitstroom/db/queries/trajectories';
import { auditLoader, groupedLoader, keyedLoader, type Viewer } from '@uitstroom/subgraph-kit';
import { withClaims } from '@uitstroom/db/claims';
import { caseScope, claimsOf } from './access.ts';
import DataLoader from 'dataloader';

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
    /** Pages of several covenants at once; the key carries the page so equal pages share a batch. */
    trajectoryPage: new DataLoader<string, q.TrajectoryRow[]>(async (keys) => {
      const byPage = new Map<string, string[]>();
      for (const key of keys) {
        const [covenantId, pageKey] = splitPageKey(key);
        byPage.set(pageKey, [...(byPage.get(pageKey) ?? []), covenantId]);
      }
      const results = new Map<string, q.TrajectoryRow[]>();
      for (const [pageKey, covenantIds] of byPage) {
        const [limit, offset] = pageKey.split(':').map(Number) as [number, number];
        const rows = await claimed((tx) => q.getTrajectoryPagesByCovenantIds(tx, covenantIds, { limit, offset }, involvedParty));
        for (const id of covenantIds) results.set(pageKeyOf(id, { limit, offset }), rows.filter((row) => row.covenantId === id));
      }
      return keys.map((key) => results.get(key) ?? []);
    }),
    /** Audit entries of this request, written in one statement per tick however many cases were read. */
    audit: auditLoader(db),
    trajectoryCount: new DataLoader<string, number>(async (ids) => {
      const rows = await q.countTrajectoriesByCovenantIds(db, ids);
      const byId = new Map(rows.map((row) => [row.covenantId, row.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function pageKeyOf(covenantId: string, page: { limit: number; offset: number }): string {
  return `${covenantId}|${page.limit}:${page.offset}`;
}

function splitPageKey(key: string): [string, string] {
  const at = key.lastIndexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
}
