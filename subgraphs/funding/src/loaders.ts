// Per-request DataLoaders for the funding subgraph.
import type { Db } from '@uitstroom/db/client';
import * as q from '@uitstroom/db/queries/funding';
import { groupedLoader, keyedLoader } from '@uitstroom/subgraph-kit';

export function createLoaders(db: Db) {
  return {
    costAgreement: keyedLoader((ids) => q.getCostAgreementsByIds(db, ids), (row) => row.id),
    fund: keyedLoader((ids) => q.getFundsByIds(db, ids), (row) => row.id),
    costAgreementsByCovenant: groupedLoader((ids) => q.getCostAgreementsByCovenantIds(db, ids), (row) => row.covenantId),
    fundsByCovenant: groupedLoader((ids) => q.getFundsByCovenantIds(db, ids), (row) => row.covenantId),
    sharesByAgreement: groupedLoader((ids) => q.getCostSharesByAgreementIds(db, ids), (row) => row.agreementId),
    rulesByFund: groupedLoader((ids) => q.getContributionRulesByFundIds(db, ids), (row) => row.fundId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
