// Every change to one evaluation, with what the page says afterwards. Each mutation answers with the
// whole evaluation; that answer replaces what was loaded, so the page shows the server's state.
import { useState } from 'react';
import {
  useAddEvaluationAction,
  useAdoptEvaluation,
  useRefreshEvaluationFigures,
  useSetEvaluationActionDone,
  useUpdateEvaluationNotes,
} from '../../hooks/useEvaluationMutations.ts';
import type { MutationOutcome } from '../../hooks/useGraphQLMutation.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { evaluationErrorMessage } from '../../transforms/evaluations.ts';

/** Which part of the page a message belongs to, so it is shown next to the control that caused it. */
export type EditTopic = 'notes' | 'status' | 'actions';

export interface EditFeedback {
  topic: EditTopic;
  type: 'ok' | 'error';
  text: string;
}

export interface EvaluationEditing {
  evaluation: Evaluation;
  busy: boolean;
  feedback: EditFeedback | null;
  saveNotes: (notes: string) => Promise<boolean>;
  refreshFigures: () => Promise<boolean>;
  adopt: () => Promise<boolean>;
  addAction: (input: { description: string; owner: string; dueOn: string }) => Promise<boolean>;
  setActionDone: (actionId: string, done: boolean) => Promise<boolean>;
}

export function useEvaluationEditing(loaded: Evaluation): EvaluationEditing {
  const [latest, setLatest] = useState<Evaluation | null>(null);
  const [feedback, setFeedback] = useState<EditFeedback | null>(null);
  const mutations = [useUpdateEvaluationNotes(), useRefreshEvaluationFigures(), useAdoptEvaluation(), useAddEvaluationAction(), useSetEvaluationActionDone()] as const;
  const [notes, refresh, adoption, action, done] = mutations;
  const evaluation = latest !== null && latest.id === loaded.id ? latest : loaded;

  async function apply<T>(topic: EditTopic, pending: Promise<MutationOutcome<T>>, pick: (data: T) => Evaluation, ok: string, leadIn: string): Promise<boolean> {
    setFeedback(null);
    const outcome = await pending;
    if (outcome.status === 'success') {
      setLatest(pick(outcome.data));
      setFeedback({ topic, type: 'ok', text: ok });
    }
    if (outcome.status === 'error') setFeedback({ topic, type: 'error', text: evaluationErrorMessage(outcome.messages, leadIn) });
    return outcome.status === 'success';
  }

  const id = evaluation.id;
  return {
    evaluation,
    busy: mutations.some((m) => m.state.status === 'running'),
    feedback,
    saveNotes: (text) => apply('notes', notes.run({ id, notes: text }), (d) => d.updateEvaluationNotes, 'De notities zijn opgeslagen.', 'De notities zijn niet opgeslagen'),
    refreshFigures: () => apply('status', refresh.run({ id }), (d) => d.refreshEvaluationFigures, 'De cijfers zijn opnieuw vastgelegd.', 'De cijfers zijn niet opnieuw vastgelegd'),
    adopt: () => apply('status', adoption.run({ id }), (d) => d.adoptEvaluation, 'De evaluatie is vastgesteld.', 'De evaluatie is niet vastgesteld'),
    addAction: (input) => apply('actions', action.run({ evaluationId: id, ...input }), (d) => d.addEvaluationAction, 'De actie is toegevoegd.', 'De actie is niet toegevoegd'),
    setActionDone: async (actionId, value) => {
      // The box follows the click at once; when the server refuses, it goes back.
      const before = evaluation;
      setLatest({ ...evaluation, actions: evaluation.actions.map((a) => (a.id === actionId ? { ...a, done: value } : a)) });
      const ok = await apply('actions', done.run({ actionId, done: value }), (d) => d.setEvaluationActionDone, value ? 'De actie is afgevinkt.' : 'De actie staat weer open.', 'De actie is niet bijgewerkt');
      if (!ok) setLatest(before);
      return ok;
    },
  };
}
