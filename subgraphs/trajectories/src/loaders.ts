// Per-request DataLoaders for the trajectories subgraph.
import type { Db } from '@uitstroom/db/client';
import * as q from '@uitstroom/db/queries/trajectories';
import { groupedLoader, keyedLoader } from '@uitstroom/subgraph-kit';
import DataLoader from 'dataloader';

export function createLoaders(db: Db) {
  return {
    trajectory: keyedLoader((ids) => q.getTrajectoriesByIds(db, ids), (row) => row.id),
    householdVisit: keyedLoader((ids) => q.getHouseholdVisitsByIds(db, ids), (row) => row.id),
    stepsByTrajectory: groupedLoader((ids) => q.getStepsByTrajectoryIds(db, ids), (row) => row.trajectoryId),
    eventsByTrajectory: groupedLoader((ids) => q.getEventsByTrajectoryIds(db, ids), (row) => row.trajectoryId),
    stepLabelsByCovenant: groupedLoader((ids) => q.getStepLabelsByCovenantIds(db, ids), (row) => row.covenantId),
    trajectoryCount: new DataLoader<string, number>(async (ids) => {
      const rows = await q.countTrajectoriesByCovenantIds(db, ids);
      const byId = new Map(rows.map((row) => [row.covenantId, row.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
