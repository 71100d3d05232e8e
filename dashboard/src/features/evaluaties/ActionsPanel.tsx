// The actions agreed at an evaluation: a table with a "done" checkbox per action and a form to add
// one. Both stay available after adoption, because actions are followed up. Props only.
import { useId, useState } from 'react';
import { Alert, Button, FormField, Heading, Paragraph, Table, TableBody, TableCell, TableHeaderCell, TableRow } from '../../components/utrecht/index.ts';
import type { EvaluationAction } from '../../lib/evaluation-contract.ts';
import { actionFormProblem } from '../../transforms/evaluations.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { Feedback } from './EvaluationParts.tsx';
import { ActionsTableHead, Checkbox, Textbox } from './parts.tsx';
import type { EditFeedback } from './useEvaluationEditing.ts';

export interface ActionsPanelProps {
  actions: readonly EvaluationAction[];
  busy: boolean;
  feedback: EditFeedback | null;
  onAdd: (input: { description: string; owner: string; dueOn: string }) => Promise<boolean>;
  onToggle: (actionId: string, done: boolean) => void;
}

export function ActionsPanel({ actions, busy, feedback, onAdd, onToggle }: ActionsPanelProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-kop`} className="app-evaluation-part" data-testid="evaluation-actions">
      <Heading level={2} id={`${id}-kop`}>
        Afgesproken acties
      </Heading>
      {actions.length === 0 ? <Paragraph>Er zijn nog geen acties afgesproken.</Paragraph> : <ActionsTable actions={actions} busy={busy} onToggle={onToggle} />}
      <Feedback feedback={feedback} topic="actions" />
      <AddActionForm busy={busy} onAdd={onAdd} />
    </section>
  );
}

function ActionsTable({ actions, busy, onToggle }: Pick<ActionsPanelProps, 'actions' | 'busy' | 'onToggle'>) {
  return (
    <div className="utrecht-table__container app-table-scroll" role="region" aria-label="Afgesproken acties" tabIndex={0}>
      <Table data-testid="evaluation-actions-table">
        <ActionsTableHead />
        <TableBody>
          {actions.map((action) => (
            <TableRow key={action.id} data-row={action.id} className={action.done ? 'app-action--done' : undefined}>
              <TableHeaderCell scope="row">{action.description}</TableHeaderCell>
              <TableCell>{action.owner}</TableCell>
              <TableCell className="app-nowrap">{formatDate(action.dueOn)}</TableCell>
              <TableCell>
                <label className="app-checkbox-label">
                  <Checkbox checked={action.done} disabled={busy} onChange={(e) => onToggle(action.id, e.target.checked)} />
                  <span>{action.done ? 'Gedaan' : 'Open'}</span>
                  <span className="app-visually-hidden">: {action.description}</span>
                </label>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

const EMPTY = { description: '', owner: '', dueOn: '' };

function AddActionForm({ busy, onAdd }: Pick<ActionsPanelProps, 'busy' | 'onAdd'>) {
  const id = useId();
  const [fields, setFields] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  async function submit() {
    const found = actionFormProblem(fields);
    setProblem(found);
    if (found !== null || busy) return;
    if (await onAdd({ description: fields.description.trim(), owner: fields.owner.trim(), dueOn: fields.dueOn })) setFields(EMPTY);
  }
  return (
    <form className="app-action-form" aria-labelledby={`${id}-kop`} noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Heading level={3} id={`${id}-kop`}>
        Actie toevoegen
      </Heading>
      <div className="app-action-form__fields">
        <FormField inputId={`${id}-omschrijving`} label="Omschrijving" className="app-action-form__description">
          <Textbox id={`${id}-omschrijving`} value={fields.description} onChange={set('description')} />
        </FormField>
        <FormField inputId={`${id}-eigenaar`} label="Eigenaar (partij of rol)">
          <Textbox id={`${id}-eigenaar`} value={fields.owner} onChange={set('owner')} />
        </FormField>
        <FormField inputId={`${id}-datum`} label="Uiterlijk">
          <Textbox id={`${id}-datum`} type="date" value={fields.dueOn} onChange={set('dueOn')} />
        </FormField>
      </div>
      {problem !== null && (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      )}
      <Button type="submit" disabled={busy}>
        Actie toevoegen
      </Button>
    </form>
  );
}
