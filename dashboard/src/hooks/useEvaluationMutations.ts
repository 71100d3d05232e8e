// The evaluations page's changes, one hook per mutation. Every answer but the first is the whole
// evaluation, so the page shows the server's state after each change without loading it again.
import type { CreateEvaluationInput, Evaluation } from '../lib/evaluation-contract.ts';
import { EVALUATION_FRAGMENT } from './useEvaluations.ts';
import { useGraphQLMutation, type Mutation } from './useGraphQLMutation.ts';

const withFields = (operation: string) => `${operation}\n${EVALUATION_FRAGMENT}`;

export const CREATE_EVALUATION_MUTATION = /* GraphQL */ `
  mutation DashboardCreateEvaluation($input: CreateEvaluationInput!) {
    createEvaluation(input: $input) { id }
  }
`;

export function useCreateEvaluation(): Mutation<{ createEvaluation: { id: string } }, { input: CreateEvaluationInput }> {
  return useGraphQLMutation(CREATE_EVALUATION_MUTATION);
}

export const UPDATE_EVALUATION_NOTES_MUTATION = withFields(/* GraphQL */ `
  mutation DashboardUpdateEvaluationNotes($id: ID!, $notes: String!) {
    updateEvaluationNotes(id: $id, notes: $notes) { ...EvaluationFields }
  }
`);

export function useUpdateEvaluationNotes(): Mutation<{ updateEvaluationNotes: Evaluation }, { id: string; notes: string }> {
  return useGraphQLMutation(UPDATE_EVALUATION_NOTES_MUTATION);
}

export const REFRESH_EVALUATION_FIGURES_MUTATION = withFields(/* GraphQL */ `
  mutation DashboardRefreshEvaluationFigures($id: ID!) {
    refreshEvaluationFigures(id: $id) { ...EvaluationFields }
  }
`);

export function useRefreshEvaluationFigures(): Mutation<{ refreshEvaluationFigures: Evaluation }, { id: string }> {
  return useGraphQLMutation(REFRESH_EVALUATION_FIGURES_MUTATION);
}

export const ADOPT_EVALUATION_MUTATION = withFields(/* GraphQL */ `
  mutation DashboardAdoptEvaluation($id: ID!) {
    adoptEvaluation(id: $id) { ...EvaluationFields }
  }
`);

export function useAdoptEvaluation(): Mutation<{ adoptEvaluation: Evaluation }, { id: string }> {
  return useGraphQLMutation(ADOPT_EVALUATION_MUTATION);
}

export const ADD_EVALUATION_ACTION_MUTATION = withFields(/* GraphQL */ `
  mutation DashboardAddEvaluationAction($evaluationId: ID!, $description: String!, $owner: String!, $dueOn: Date!) {
    addEvaluationAction(evaluationId: $evaluationId, description: $description, owner: $owner, dueOn: $dueOn) { ...EvaluationFields }
  }
`);

export function useAddEvaluationAction(): Mutation<{ addEvaluationAction: Evaluation }, { evaluationId: string; description: string; owner: string; dueOn: string }> {
  return useGraphQLMutation(ADD_EVALUATION_ACTION_MUTATION);
}

export const SET_EVALUATION_ACTION_DONE_MUTATION = withFields(/* GraphQL */ `
  mutation DashboardSetEvaluationActionDone($actionId: ID!, $done: Boolean!) {
    setEvaluationActionDone(actionId: $actionId, done: $done) { ...EvaluationFields }
  }
`);

export function useSetEvaluationActionDone(): Mutation<{ setEvaluationActionDone: Evaluation }, { actionId: string; done: boolean }> {
  return useGraphQLMutation(SET_EVALUATION_ACTION_DONE_MUTATION);
}
