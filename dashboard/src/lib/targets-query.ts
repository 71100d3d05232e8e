// The Bestuurlijk overleg page's one operation, on its own (no React): the dashboard sends it, and
// the benchmark's KPI case measures exactly this document.
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
