// Per-request DataLoaders for the funding subgraph.
import type { Db } from '@uitstroom/db/client';
import * as f from '@uitstroom/db/queries/fund';
import * as q from '@uitstroom/db/queries/funding';
import { auditLoader, groupedLoader, keyedLoader } from '@uitstroom/subgraph-kit';

export function createLoaders(db: Db) {
  return {
    costAgreement: keyedLoader((ids) => q.getCostAgreementsByIds(db, ids), (row) => row.id),
    fund: keyedLoader((ids) => q.getFundsByIds(db, ids), (row) => row.id),
    costAgreementsByCovenant: groupedLoader((ids) => q.getCostAgreementsByCovenantIds(db, ids), (row) => row.covenantId),
    fundsByCovenant: groupedLoader((ids) => q.getFundsByCovenantIds(db, ids), (row) => row.covenantId),
    sharesByAgreement: groupedLoader((ids) => q.getCostSharesByAgreementIds(db, ids), (row) => row.agreementId),
    rulesByFund: groupedLoader((ids) => q.getContributionRulesByFundIds(db, ids), (row) => row.fundId),
    // The Garantiefonds.
    membersByFund: groupedLoader((ids) => f.getFundMembers(db, ids), (row) => row.fundId),
    weightsByFund: groupedLoader((ids) => f.getFundWeights(db, ids), (row) => row.fundId),
    ledgerByFund: groupedLoader((ids) => f.getFundLedger(db, ids), (row) => row.fundId),
    roundsByFund: groupedLoader((ids) => f.getFundRounds(db, ids), (row) => row.fundId),
    round: keyedLoader((ids) => f.getFundRoundsByIds(db, ids), (row) => row.id),
    partsByRound: groupedLoader((ids) => f.getRoundParts(db, ids), (row) => row.roundId),
    claimsByFund: groupedLoader((ids) => f.getFundClaims(db, ids), (row) => row.fundId),
    claim: keyedLoader((ids) => f.getFundClaimsByIds(db, ids), (row) => row.id),
    linesByClaim: groupedLoader((ids) => f.getClaimLines(db, ids), (row) => row.claimId),
    stepsByClaim: groupedLoader((ids) => f.getClaimSteps(db, ids), (row) => row.claimId),
    /** Audit entries of this request, written in one statement per tick. */
    audit: auditLoader(db),
    partyKind: keyedLoader(async (ids) => [...(await q.getPartyKinds(db, ids))].map(([partyId, kind]) => ({ partyId, kind })), (row) => row.partyId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
