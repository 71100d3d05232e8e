// The monitor page's GraphQL operation: outflow per quarter and target group plus the whole
// uitstroommonitor for one covenant and range. Kept apart so the dashboard's own operation can
// take its place once the page exists.

export const MONITOR_PAGE_OPERATION = /* GraphQL */ `
  query BenchMonitorPage($covenantId: ID!, $from: Date!, $to: Date!) {
    covenant(id: $covenantId) {
      id
      name
      outflow(from: $from, to: $to, granularity: QUARTER) {
        periods { code label }
        cells { periodCode targetGroup value { ...Shown } }
        periodTotals { periodCode value { ...Shown } }
        targetGroupTotals { targetGroup value { ...Shown } }
        total { ...Shown }
        protectionApplied
      }
      monitor(from: $from, to: $to) {
        from
        to
        asOf
        dataDate
        provisional
        outflowByFacility { rows { key value { ...Shown } } total { ...Shown } }
        outflowByAgeCategory { rows { key value { ...Shown } } total { ...Shown } }
        woonplaatsbeginsel {
          housed { ...Shown }
          returnedToOrigin { ...Shown }
          shareBasisPoints
          perGemeente { gemeente { id name } housed { ...Shown } returnedToOrigin { ...Shown } shareBasisPoints }
        }
        waitingTime {
          registered { ...Shown }
          housed { ...Shown }
          stillWaiting { ...Shown }
          longerThanNorm { ...Shown }
          normDays
          bands { key label fromDays toDays housed { ...Shown } stillWaiting { ...Shown } }
          medianDays
          p75Days
          p90Days
        }
        afterHome {
          housed { ...Shown }
          temporaryRelapseWithin6Months { ...Shown }
          structuralRelapseWithin6Months { ...Shown }
          temporaryRelapseWithin12Months { ...Shown }
          structuralRelapseWithin12Months { ...Shown }
          omklap { ...Shown }
          omklapShareBasisPoints
          negativeEndings { ...Shown }
        }
        prognosis { months expectedOutflow openTrajectories { ...Shown } }
        signals { pastNorm { ...Shown } relapses { ...Shown } negativeEndings { ...Shown } }
        protectionApplied
      }
    }
  }

  fragment Shown on ShownCount {
    count
    display
    suppressed
    protected
  }
`;

export interface Shown {
  count: number | null;
  display: string;
  suppressed: boolean;
  protected: boolean;
}

/** The part of the answer the bench checks against the raw SQL. */
export interface MonitorPageData {
  covenant: {
    /** total is null for a protected viewer when the range is more than one calendar period. */
    outflow: { cells: { periodCode: string; targetGroup: string; value: Shown }[]; total: Shown | null; protectionApplied: boolean };
    monitor: {
      asOf: string;
      dataDate: string | null;
      protectionApplied: boolean;
      outflowByFacility: { rows: { key: string; value: Shown }[] };
      outflowByAgeCategory: { rows: { key: string; value: Shown }[] };
      woonplaatsbeginsel: { perGemeente: { gemeente: { id: string }; housed: Shown; returnedToOrigin: Shown }[] };
      waitingTime: { registered: Shown; housed: Shown; stillWaiting: Shown; normDays: number };
      afterHome: Record<string, Shown | number | null>;
      prognosis: { openTrajectories: Shown }[];
      signals: { pastNorm: Shown; relapses: Shown; negativeEndings: Shown };
    };
  } | null;
}
