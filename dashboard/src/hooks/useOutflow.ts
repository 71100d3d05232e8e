import type { CovenantSummary, IsoDate, OutflowReport, PeriodGranularity } from '../lib/contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';

export const OUTFLOW_QUERY = /* GraphQL */ `
  query DashboardOutflow($covenantId: ID!, $from: Date!, $to: Date!, $granularity: PeriodGranularity!) {
    covenant(id: $covenantId) {
      id
      name
      region
      outflow(from: $from, to: $to, granularity: $granularity) {
        from
        to
        granularity
        dataDate
        periods {
          code
          label
          start
          end
          provisional
        }
        cells {
          periodCode
          targetGroup
          value {
            count
            display
            suppressed
            protected
          }
        }
        periodTotals {
          periodCode
          value {
            count
            display
            suppressed
            protected
          }
        }
        targetGroupTotals {
          targetGroup
          value {
            count
            display
            suppressed
            protected
          }
        }
        total {
          count
          display
          suppressed
          protected
        }
        protectionApplied
      }
    }
  }
`;

export interface OutflowData {
  /** null when the gateway does not know the covenant. */
  covenant: (CovenantSummary & { outflow: OutflowReport }) | null;
}

export interface OutflowParams {
  covenantId: string;
  /** For every role but the beheerder the first day of a period of the granularity. */
  from: IsoDate;
  /** …and the last day of one. */
  to: IsoDate;
  granularity?: PeriodGranularity;
}

/** Pass null while the selection is incomplete or invalid: nothing is fetched. */
export function useOutflow(params: OutflowParams | null): QueryResult<OutflowData> {
  const variables =
    params === null
      ? null
      : { covenantId: params.covenantId, from: params.from, to: params.to, granularity: params.granularity ?? 'QUARTER' };
  return useGraphQLQuery<OutflowData>(OUTFLOW_QUERY, variables);
}
