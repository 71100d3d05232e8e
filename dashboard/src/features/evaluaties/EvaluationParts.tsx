// Parts of one evaluation's view: its facts as a description list, a change's outcome, the notes
// and the status controls. Props only.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, FormField, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { dateRangeText, formatTimestamp, kindLabel, periodName } from '../../transforms/evaluations.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { StateBadge, Textarea } from './parts.tsx';
import type { EditFeedback, EditTopic } from './useEvaluationEditing.ts';

export function EvaluationFacts({ evaluation, subRegionName }: { evaluation: Evaluation; subRegionName: string }) {
  const facts: [string, ReactNode][] = [
    ['Convenant', evaluation.covenant.name],
    ['Deelregio', subRegionName],
    ['Soort', kindLabel(evaluation.kind)],
    ['Periode', `${periodName(evaluation.periodCode)} (${dateRangeText(evaluation.periodFrom, evaluation.periodTo)})`],
    ['Uiterlijk', formatDate(evaluation.dueOn)],
    ['Status', <StateBadge key="status" state={evaluation.status} data-testid="evaluation-status" />],
    ['Cijfers', `vastgelegd op ${formatTimestamp(evaluation.frozenAt)}`],
    ['Gemaakt', `${formatTimestamp(evaluation.createdAt)} door ${evaluation.createdBy}`],
  ];
  if (evaluation.adoptedAt !== null) facts.push(['Vastgesteld', `${formatTimestamp(evaluation.adoptedAt)}${evaluation.adoptedBy === null ? '' : ` door ${evaluation.adoptedBy}`}`]);
  return (
    <dl className="app-facts" data-testid="evaluation-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="app-facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The outcome of the last change, when it belongs to this part of the page. */
export function Feedback({ feedback, topic }: { feedback: EditFeedback | null; topic: EditTopic }) {
  if (feedback === null || feedback.topic !== topic) return null;
  return feedback.type === 'ok' ? (
    <Alert type="ok" role="status">
      {feedback.text}
    </Alert>
  ) : (
    <Alert type="error" role="alert">
      {feedback.text}
    </Alert>
  );
}

export interface NotesProps {
  notes: string;
  /** What the textarea holds; kept by the page, so adopting can warn about unsaved notes. */
  draft: string;
  onDraftChange: (draft: string) => void;
  editable: boolean;
  busy: boolean;
  feedback: EditFeedback | null;
  onSave: (notes: string) => void;
}

export function Notes({ notes, draft, onDraftChange, editable, busy, feedback, onSave }: NotesProps) {
  const id = useId();
  const changed = draft !== notes;
  return (
    <section aria-labelledby={`${id}-kop`} className="app-evaluation-part" data-testid="evaluation-notes">
      <Heading level={2} id={`${id}-kop`}>
        Notities
      </Heading>
      {editable ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) onSave(draft);
          }}
        >
          <FormField inputId={`${id}-notities`} label="Kwalitatieve toelichting en bespreekpunten">
            <Textarea id={`${id}-notities`} rows={6} value={draft} onChange={(e) => onDraftChange(e.target.value)} />
          </FormField>
          <div className="app-button-row">
            <Button type="submit" disabled={busy || !changed}>
              Notities opslaan
            </Button>
            {changed && <Paragraph small>Er zijn niet-opgeslagen wijzigingen.</Paragraph>}
          </div>
        </form>
      ) : (
        <>
          <div className="app-notes-text">{notes.trim() === '' ? <Paragraph>Geen notities.</Paragraph> : <Paragraph>{notes}</Paragraph>}</div>
          <Paragraph small>Deze evaluatie is vastgesteld: de notities kunnen niet meer worden gewijzigd.</Paragraph>
        </>
      )}
      <Feedback feedback={feedback} topic="notes" />
    </section>
  );
}

export interface StatusControlsProps {
  evaluation: Evaluation;
  busy: boolean;
  /** The notes have changes that adopting would throw away. */
  notesUnsaved: boolean;
  feedback: EditFeedback | null;
  onRefresh: () => void;
  onAdopt: () => void;
}

/** Refresh and adopt while concept; adopting asks first, because it cannot be undone. */
export function StatusControls({ evaluation, busy, notesUnsaved, feedback, onRefresh, onAdopt }: StatusControlsProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  if (evaluation.status === 'VASTGESTELD') return <Feedback feedback={feedback} topic="status" />;
  return (
    <div className="app-status-controls">
      <div className="app-button-row">
        <Button onClick={onRefresh} disabled={busy || confirming}>
          Cijfers opnieuw vastleggen
        </Button>
        <Button appearance="primary-action" onClick={() => setConfirming(true)} disabled={busy || confirming}>
          Vaststellen
        </Button>
      </div>
      {confirming && (
        <div role="group" aria-labelledby={`${id}-vraag`} className="app-confirm">
          <Paragraph id={`${id}-vraag`}>
            Wilt u deze evaluatie vaststellen? Daarna veranderen de cijfers en de notities niet meer. Acties kunt u blijven toevoegen en afvinken.
          </Paragraph>
          {notesUnsaved && <Alert type="warning">De notities hebben wijzigingen die nog niet zijn opgeslagen. Sla ze eerst op, anders gaan ze verloren.</Alert>}
          <div className="app-button-row">
            <Button ref={confirmButton} appearance="primary-action" disabled={busy} onClick={() => { setConfirming(false); onAdopt(); }}>
              Ja, vaststellen
            </Button>
            <Button disabled={busy} onClick={() => setConfirming(false)}>
              Annuleren
            </Button>
          </div>
        </div>
      )}
      <Feedback feedback={feedback} topic="status" />
    </div>
  );
}
