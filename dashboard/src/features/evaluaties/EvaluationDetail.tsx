// Container for one evaluation: loads it, then shows its facts, notes, status controls, actions and
// frozen figures; every change goes through useEvaluationEditing.
import { useEffect, useRef, useState } from 'react';
import { Alert, Heading, Link, Paragraph } from '../../components/utrecht/index.ts';
import { useEvaluation } from '../../hooks/useEvaluations.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { disclosureStatement } from '../../transforms/evaluation-figures.ts';
import { evaluationTitle, formatTimestamp, isEvaluationId } from '../../transforms/evaluations.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { ActionsPanel } from './ActionsPanel.tsx';
import { EvaluationFacts, Notes, StatusControls } from './EvaluationParts.tsx';
import { FrozenFigures } from './FrozenFigures.tsx';
import { PageLink } from './parts.tsx';
import { useEvaluationEditing } from './useEvaluationEditing.ts';
import { PdfDownload } from '../../components/PdfDownload.tsx';

export interface EvaluationViewLinks {
  /** Back to the covenant's calendar. */
  back: (covenantId: string | null) => { href: string; onNavigate: () => void };
  printHref: string;
  pdfHref: string;
}

export interface EvaluationDetailProps {
  id: string;
  subRegionName: (covenantId: string, subRegionId: string | null) => string;
  links: EvaluationViewLinks;
}

export function EvaluationDetail({ id, subRegionName, links }: EvaluationDetailProps) {
  const query = useEvaluation(isEvaluationId(id) ? id : null);
  const loaded = query.status === 'success' ? query.data.evaluation : null;
  const notFound = !isEvaluationId(id) || (query.status === 'success' && loaded === null);
  const back = links.back(loaded?.covenant.id ?? null);
  return (
    <div className="app-evaluation" data-testid="evaluation-detail" aria-busy={query.status === 'loading'}>
      <Paragraph>
        <PageLink href={back.href} onNavigate={back.onNavigate}>
          ← Alle evaluaties{loaded === null ? '' : ` van ${loaded.covenant.name}`}
        </PageLink>
      </Paragraph>
      <div role="status" className="app-result__status">
        {query.status === 'loading' && <Paragraph>Evaluatie laden…</Paragraph>}
      </div>
      {query.status === 'error' && <LoadError message={query.error.message} onRetry={query.retry} />}
      {notFound && <Alert type="warning">Deze evaluatie bestaat niet (meer). Kies een evaluatie uit de lijst.</Alert>}
      {loaded !== null && <EvaluationView key={loaded.id} loaded={loaded} subRegionName={subRegionName(loaded.covenant.id, loaded.subRegionId)} links={links} />}
    </div>
  );
}

function EvaluationView({ loaded, subRegionName, links }: { loaded: Evaluation; subRegionName: string; links: EvaluationViewLinks }) {
  const editing = useEvaluationEditing(loaded);
  const { evaluation } = editing;
  const [draft, setDraft] = useState(evaluation.notes);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening an evaluation replaces the calendar in place: start reading at its title, as after a page change.
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, []);
  const concept = evaluation.status === 'CONCEPT';
  const fileScope = [evaluation.covenant.id, evaluation.subRegionId ?? ''].filter((p) => p !== '').join('-');
  return (
    <>
      <Heading level={1} ref={heading} tabIndex={-1} className="app-evaluation__title">
        {evaluationTitle(evaluation)} — {evaluation.covenant.name}
      </Heading>
      <EvaluationFacts evaluation={evaluation} subRegionName={subRegionName} />
      <div className="app-button-row app-evaluation__links">
        <Link href={links.printHref}>Afdrukweergave</Link>
        <PdfDownload href={links.pdfHref} />
      </div>
      <StatusControls
        evaluation={evaluation}
        busy={editing.busy}
        notesUnsaved={concept && draft !== evaluation.notes}
        feedback={editing.feedback}
        onRefresh={() => void editing.refreshFigures()}
        onAdopt={() => void editing.adopt()}
      />
      <Notes notes={evaluation.notes} draft={draft} onDraftChange={setDraft} editable={concept} busy={editing.busy} feedback={editing.feedback} onSave={(notes) => void editing.saveNotes(notes)} />
      <ActionsPanel actions={evaluation.actions} busy={editing.busy} feedback={editing.feedback} onAdd={editing.addAction} onToggle={(actionId, done) => void editing.setActionDone(actionId, done)} />
      <section className="app-evaluation-part" aria-label="Vastgelegde cijfers">
        <Heading level={2}>Vastgelegde cijfers</Heading>
        <Paragraph data-testid="evaluation-frozen-at">
          De cijfers zijn vastgelegd op {formatTimestamp(evaluation.frozenAt)}, zoals de werkgroep ze ziet. Latere imports veranderen ze niet
          {concept ? '; met ‘Cijfers opnieuw vastleggen’ neemt u de cijfers van nu over.' : '.'}
        </Paragraph>
        <Paragraph small data-testid="evaluation-disclosure">
          {disclosureStatement(evaluation.figures)}
        </Paragraph>
        <FrozenFigures evaluation={evaluation} fileScope={fileScope} />
      </section>
    </>
  );
}
