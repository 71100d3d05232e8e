// The uitstroommonitor page's one operation: the chosen period and the one before it, side by side,
// and outflow per quarter over both.
import type { CovenantSummary, IsoDate, OutflowReport, TargetGroup } from '../lib/contract.ts';
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

export const SHOWN = 'count display suppressed protected';

/** Every figure of one monitor; the evaluations page reads the frozen monitor with the same fields. */
export const MONITOR_FIGURES_FRAGMENT = /* GraphQL */ `
  fragment MonitorFigures on UitstroomMonitor {
    from
    to
    asOf
    dataDate
    provisional
    protectionApplied
    outflowByFacility { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    outflowByAgeCategory { rows { key value { ${SHOWN} } } total { ${SHOWN} } }
    woonplaatsbeginsel {
      housed { ${SHOWN} }
      returnedToOrigin { ${SHOWN} }
      shareBasisPoints
      perGemeente { gemeente { id name } housed { ${SHOWN} } returnedToOrigin { ${SHOWN} } shareBasisPoints }
    }
    waitingTime {
      registered { ${SHOWN} }
      housed { ${SHOWN} }
      stillWaiting { ${SHOWN} }
      longerThanNorm { ${SHOWN} }
      registeredLongerThanNorm { ${SHOWN} }
      normDays
      medianDays
      p75Days
      p90Days
      quantiles { percent days status note }
      bands { key label fromDays toDays housed { ${SHOWN} } stillWaiting { ${SHOWN} } }
    }
    afterHome {
      housed { ${SHOWN} }
      temporaryRelapseWithin6Months { ${SHOWN} }
      structuralRelapseWithin6Months { ${SHOWN} }
      temporaryRelapseWithin12Months { ${SHOWN} }
      structuralRelapseWithin12Months { ${SHOWN} }
      omklap { ${SHOWN} }
      omklapShareBasisPoints
      negativeEndings { ${SHOWN} }
      within6MonthsObserved
      within12MonthsObserved
      observedUntil
    }
    prognosis { months expectedOutflow note openTrajectories { ${SHOWN} } }
    signals { pastNorm { ${SHOWN} } relapses { ${SHOWN} } negativeEndings { ${SHOWN} } }
  }
`;

export const MONITOR_QUERY = /* GraphQL */ `
  query DashboardMonitor(
    $covenantId: ID!
    $from: Date!
    $to: Date!
    $previousFrom: Date!
    $previousTo: Date!
    $subRegionId: ID
    $targetGroup: TargetGroup
  ) {
    covenant(id: $covenantId) {
      id
      name
      region
      outflow(from: $previousFrom, to: $to, granularity: QUARTER, subRegionId: $subRegionId, targetGroup: $targetGroup) {
        from
        to
        granularity
        dataDate
        periods { code label start end provisional }
        cells { periodCode targetGroup value { ${SHOWN} } }
        periodTotals { periodCode value { ${SHOWN} } }
        targetGroupTotals { targetGroup value { ${SHOWN} } }
        total { ${SHOWN} }
        protectionApplied
      }
      current: monitor(from: $from, to: $to, subRegionId: $subRegionId, targetGroup: $targetGroup) { ...MonitorFigures }
      previous: monitor(from: $previousFrom, to: $previousTo, subRegionId: $subRegionId, targetGroup: $targetGroup) { ...MonitorFigures }
    }
  }

  ${MONITOR_FIGURES_FRAGMENT}
`;

export interface MonitorData {
  covenant: (CovenantSummary & { outflow: OutflowReport; current: UitstroomMonitor; previous: UitstroomMonitor }) | null;
}

export interface MonitorParams {
  covenantId: string;
  from: IsoDate;
  to: IsoDate;
  previousFrom: IsoDate;
  previousTo: IsoDate;
  subRegionId: string | null;
  targetGroup: TargetGroup | null;
}

/** Pass null while the selection is incomplete: nothing is fetched. */
export function useMonitor(params: MonitorParams | null): QueryResult<MonitorData> {
  return useGraphQLQuery<MonitorData>(MONITOR_QUERY, params === null ? null : { ...params });
}
