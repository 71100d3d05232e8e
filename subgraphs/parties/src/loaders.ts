// Per-request DataLoaders for the parties subgraph.
import type { Db } from '@uitstroom/db/client';
import * as q from '@uitstroom/db/queries/parties';
import { groupedLoader, keyedLoader } from '@uitstroom/subgraph-kit';

export function createLoaders(db: Db) {
  return {
    covenant: keyedLoader((ids) => q.getCovenantsByIds(db, ids), (row) => row.id),
    party: keyedLoader((ids) => q.getPartiesByIds(db, ids), (row) => row.id),
    subRegion: keyedLoader((ids) => q.getSubRegionsByIds(db, ids), (row) => row.id),
    membershipsByCovenant: groupedLoader((ids) => q.getMembershipsByCovenantIds(db, ids), (row) => row.covenantId),
    membershipsByParty: groupedLoader((ids) => q.getMembershipsByPartyIds(db, ids), (row) => row.partyId),
    subRegionsByCovenant: groupedLoader((ids) => q.getSubRegionsByCovenantIds(db, ids), (row) => row.covenantId),
    bodiesByCovenant: groupedLoader((ids) => q.getBodiesByCovenantIds(db, ids), (row) => row.covenantId),
    evaluationRulesByCovenant: groupedLoader((ids) => q.getEvaluationRulesByCovenantIds(db, ids), (row) => row.covenantId),
    normsByCovenant: groupedLoader((ids) => q.getNormsByCovenantIds(db, ids), (row) => row.covenantId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
