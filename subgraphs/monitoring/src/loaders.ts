// Per-request DataLoaders for the monitoring subgraph. Its figures are one GROUP BY each, so none yet.
import type { Db } from '@uitstroom/db/client';

export function createLoaders(_db: Db) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
