// The evaluations page's two reads: a covenant's calendar with the evaluations made, and one
// evaluation with its frozen figures.
import type { Evaluation, EvaluationMoment, EvaluationSummary } from '../lib/evaluation-contract.ts';
import { useGraphQLQuery, type QueryResult } from './useGraphQLQuery.ts';
import { MONITOR_FIGURES_FRAGMENT, SHOWN } from './useMonitor.ts';

const SUMMARY_FIELDS = 'id subRegionId kind periodCode periodFrom periodTo dueOn status frozenAt adoptedAt';

/** Everything the detail view, the print view and every mutation's answer show. */
export const EVALUATION_FRAGMENT = /* GraphQL */ `
  fragment EvaluationFields on Evaluation {
    ${SUMMARY_FIELDS}
    covenant { id name }
    notes
    createdAt
    createdBy
    adoptedBy
    actions { id description owner dueOn done }
    figures {
      disclosure
      monitor { ...MonitorFigures }
      targets {
        targetId
        description
        progress { periodStart periodEnd asOf target realised { ${SHOWN} } expectedByNow projection status statusLabel reliable }
      }
    }
  }

  ${MONITOR_FIGURES_FRAGMENT}
`;

export const EVALUATION_CALENDAR_QUERY = /* GraphQL */ `
  query DashboardEvaluationCalendar($covenantId: ID!) {
    covenant(id: $covenantId) {
      id
      name
      evaluationCalendar {
        kind
        periodCode
        periodFrom
        periodTo
        dueOn
        description
        source
        state
        evaluation { id }
      }
      evaluations { ${SUMMARY_FIELDS} }
    }
  }
`;

export interface EvaluationCalendarData {
  covenant: { id: string; name: string; evaluationCalendar: EvaluationMoment[]; evaluations: EvaluationSummary[] } | null;
}

/** Pass null while no covenant is chosen: nothing is fetched. */
export function useEvaluationCalendar(covenantId: string | null): QueryResult<EvaluationCalendarData> {
  return useGraphQLQuery<EvaluationCalendarData>(EVALUATION_CALENDAR_QUERY, covenantId === null ? null : { covenantId });
}

export const EVALUATION_QUERY = /* GraphQL */ `
  query DashboardEvaluation($id: ID!) {
    evaluation(id: $id) { ...EvaluationFields }
  }

  ${EVALUATION_FRAGMENT}
`;

export interface EvaluationData {
  /** null when there is no evaluation with this id. */
  evaluation: Evaluation | null;
}

/** Pass null for an id that cannot be one: nothing is fetched. */
export function useEvaluation(id: string | null): QueryResult<EvaluationData> {
  return useGraphQLQuery<EvaluationData>(EVALUATION_QUERY, id === null ? null : { id });
}
