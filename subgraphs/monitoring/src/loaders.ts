// Per-request DataLoaders for the monitoring subgraph: targets and evaluations by id, actions per evaluation.
import type { Db } from '@uitstroom/db/client';
import { getActionsByEvaluationIds, getEvaluationsByIds } from '@uitstroom/db/queries/evaluations';
import { getTargetsByIds } from '@uitstroom/db/queries/targets';
import { groupedLoader, keyedLoader } from '@uitstroom/subgraph-kit';

export function createLoaders(db: Db) {
  return {
    target: keyedLoader((ids: readonly string[]) => getTargetsByIds(db, ids), (row) => row.id),
    evaluation: keyedLoader((ids: readonly string[]) => getEvaluationsByIds(db, ids), (row) => row.id),
    evaluationActions: groupedLoader((ids: readonly string[]) => getActionsByEvaluationIds(db, ids), (row) => row.evaluationId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
