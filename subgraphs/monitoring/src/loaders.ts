// Per-request DataLoaders for the monitoring subgraph: targets and evaluations by id, actions per
// evaluation, and each covenant's data date (asked by every figure of a page, read once).
import DataLoader from 'dataloader';
import type { Db } from '@uitstroom/db/client';
import { getActionsByEvaluationIds, getEvaluationsByIds } from '@uitstroom/db/queries/evaluations';
import { getDataDate } from '@uitstroom/db/queries/monitoring';
import { getTargetsByIds } from '@uitstroom/db/queries/targets';
import { groupedLoader, keyedLoader, todayInNetherlands } from '@uitstroom/subgraph-kit';

export function createLoaders(db: Db) {
  return {
    target: keyedLoader((ids: readonly string[]) => getTargetsByIds(db, ids), (row) => row.id),
    evaluation: keyedLoader((ids: readonly string[]) => getEvaluationsByIds(db, ids), (row) => row.id),
    evaluationActions: groupedLoader((ids: readonly string[]) => getActionsByEvaluationIds(db, ids), (row) => row.evaluationId),
    dataDate: new DataLoader<string, string | null>((covenantIds) => Promise.all(covenantIds.map((id) => getDataDate(db, id, todayInNetherlands())))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
