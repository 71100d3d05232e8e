// The Bestuurlijk overleg page's one operation, on its own (no React): the dashboard sends it, and
// the benchmark's KPI case measures exactly this document. `$on` null is each covenant's own data
// date (its default peildatum), and today for the evaluation moments: covenants record up to
// different days, and for a protected viewer one date is accepted only when it is a month's end.
const MOMENT = 'kind periodCode dueOn description source state';
const SHOWN = 'count display suppressed protected';

export const TARGETS_QUERY = /* GraphQL */ `
  query DashboardTargets($on: Date) {
    targets {
      id
      covenant {
        id
        name
        dataDate
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
        realised { ${SHOWN} }
        expectedByNow
        projection
        projectionMethod
        status
        statusLabel
        reliable
        vacanciesPreviousYear
        missingInput
      }
      history(on: $on) { date realised { ${SHOWN} } proRata projection }
    }
  }
`;
