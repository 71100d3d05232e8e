// The Bestuurlijk overleg page's one operation: every covenant's targets with their progress and
// monthly history on the peildatum, and each covenant's next and overdue evaluation moments.
import type { IsoDate } from '../lib/contract.ts';
import type { Target } from '../lib/target-contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

const MOMENT = 'kind periodCode dueOn description source state';

export const TARGETS_QUERY = /* GraphQL */ `
  query DashboardTargets($on: Date!) {
    targets {
      id
      covenant {
        id
        name
        nextEvaluation(on: $on) { ${MOMENT} }
        overdueEvaluations(on: $on) { ${MOMENT} }
      }
      subRegionId
      party { id name }
      metric
      kind
      amount
      basisPoints
      period
      validFrom
      validTo
      description
      source
      toleranceBasisPoints
      consequence
      progress(on: $on) {
        periodStart
        periodEnd
        asOf
        elapsedDays
        totalDays
        target
        realised
        expectedByNow
        projection
        projectionMethod
        status
        statusLabel
        reliable
        vacanciesPreviousYear
        missingInput
      }
      history(on: $on) { date realised proRata projection }
    }
  }
`;

export interface TargetsData {
  targets: Target[];
}

export function useTargets(on: IsoDate): QueryResult<TargetsData> {
  return useGraphQLQuery<TargetsData>(TARGETS_QUERY, { on });
}
