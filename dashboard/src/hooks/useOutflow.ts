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
        periods {
          code
          label
          start
          end
        }
        cells {
          periodCode
          targetGroup
          value {
            count
            display
            suppressed
          }
        }
        periodTotals {
          periodCode
          value {
            count
            display
            suppressed
          }
        }
        targetGroupTotals {
          targetGroup
          value {
            count
            display
            suppressed
          }
        }
        total {
          count
          display
          suppressed
        }
        suppressionApplied
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
  from: IsoDate;
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
