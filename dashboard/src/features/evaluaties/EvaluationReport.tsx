// The evaluation as a report the werkgroep sends round: the print view (`afdruk=1`), without the
// app's header and footer, laid out for A4; the dashboard server prints this same view to PDF.
import { useEffect } from 'react';
import { Alert, Button, Heading, Paragraph, Table, TableBody, TableCell, TableHeaderCell, TableRow } from '../../components/utrecht/index.ts';
import { useEvaluation } from '../../hooks/useEvaluations.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { disclosureStatement, reportFilters } from '../../transforms/evaluation-figures.ts';
import { evaluationTitle, formatTimestamp, isEvaluationId, periodName, reportFileName } from '../../transforms/evaluations.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { FrozenFigures } from './FrozenFigures.tsx';
import { ActionsTableHead, PageLink, StateBadge } from './parts.tsx';
import { PdfDownload } from '../../components/PdfDownload.tsx';

/** On <body> while the print view is shown: evaluaties.css hides the app frame with it. */
export const PRINT_VIEW_CLASS = 'app-print-view';

export interface EvaluationReportProps {
  id: string;
  subRegionName: (covenantId: string, subRegionId: string | null) => string;
  detail: { href: string; onNavigate: () => void };
  pdfHref: string;
}

export function EvaluationReport({ id, subRegionName, detail, pdfHref }: EvaluationReportProps) {
  const query = useEvaluation(isEvaluationId(id) ? id : null);
  const evaluation = query.status === 'success' ? query.data.evaluation : null;
  useEffect(() => {
    document.body.classList.add(PRINT_VIEW_CLASS);
    return () => document.body.classList.remove(PRINT_VIEW_CLASS);
  }, []);
  const missing = !isEvaluationId(id) || (query.status === 'success' && evaluation === null);
  return (
    <div className="app-report" data-testid="evaluation-report" data-state={evaluation !== null ? 'ready' : missing ? 'missing' : query.status === 'error' ? 'failed' : 'loading'} data-file-name={evaluation === null ? undefined : reportFileName(evaluation)}>
      <div className="app-report__toolbar">
        <Button appearance="primary-action" onClick={() => window.print()} disabled={evaluation === null}>
          Afdrukken
        </Button>
        <PdfDownload href={pdfHref} />
        <PageLink href={detail.href} onNavigate={detail.onNavigate}>
          Terug naar de evaluatie
        </PageLink>
      </div>
      <div role="status">{query.status === 'loading' && <Paragraph>Rapport laden…</Paragraph>}</div>
      {query.status === 'error' && <LoadError message={query.error.message} onRetry={query.retry} />}
      {missing && <Alert type="warning">Deze evaluatie bestaat niet (meer).</Alert>}
      {evaluation !== null && <ReportDocument evaluation={evaluation} subRegionName={subRegionName(evaluation.covenant.id, evaluation.subRegionId)} />}
    </div>
  );
}

function ReportDocument({ evaluation, subRegionName }: { evaluation: Evaluation; subRegionName: string }) {
  const filters = reportFilters({ covenantName: evaluation.covenant.name, subRegionName: evaluation.subRegionId === null ? null : subRegionName, periodName: periodName(evaluation.periodCode), periodFrom: evaluation.periodFrom, periodTo: evaluation.periodTo });
  useEffect(() => {
    const before = document.title;
    document.title = `${evaluationTitle(evaluation)} — ${evaluation.covenant.name}`;
    return () => {
      document.title = before;
    };
  }, [evaluation]);
  return (
    <article className="app-report__document">
      <header className="app-report__cover">
        <p className="app-brand">Uitstroommonitor</p>
        <Heading level={1}>{evaluationTitle(evaluation)}</Heading>
        <Paragraph lead>{evaluation.covenant.name}</Paragraph>
        <dl className="app-facts" data-testid="report-filters">
          {filters.map((f) => (
            <div key={f.label} className="app-facts__item">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
          <div className="app-facts__item">
            <dt>Status</dt>
            <dd>
              <StateBadge state={evaluation.status} data-testid="report-status" />
              {evaluation.adoptedAt === null ? ' — nog niet vastgesteld' : ` op ${formatTimestamp(evaluation.adoptedAt)}`}
            </dd>
          </div>
          <div className="app-facts__item">
            <dt>Cijfers</dt>
            <dd>vastgelegd op {formatTimestamp(evaluation.frozenAt)}; peildatum {formatDate(evaluation.figures.monitor.asOf)}</dd>
          </div>
        </dl>
        <Paragraph className="app-report__disclosure" data-testid="report-disclosure">
          {disclosureStatement(evaluation.figures)}
        </Paragraph>
      </header>
      <section className="app-report__part" aria-label="Cijfers">
        <FrozenFigures evaluation={evaluation} fileScope={evaluation.covenant.id} />
      </section>
      <ReportNotesAndActions evaluation={evaluation} />
    </article>
  );
}

function ReportNotesAndActions({ evaluation }: { evaluation: Evaluation }) {
  return (
    <section className="app-report__part app-report__part--new-page" aria-label="Notities en acties">
      <Heading level={2}>Notities</Heading>
      <div className="app-notes-text" data-testid="report-notes">
        <Paragraph>{evaluation.notes.trim() === '' ? 'Geen notities.' : evaluation.notes}</Paragraph>
      </div>
      <Heading level={2}>Afgesproken acties</Heading>
      {evaluation.actions.length === 0 ? (
        <Paragraph>Er zijn geen acties afgesproken.</Paragraph>
      ) : (
        <Table data-testid="report-actions">
          <ActionsTableHead />
          <TableBody>
            {evaluation.actions.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">{a.description}</TableHeaderCell>
                <TableCell>{a.owner}</TableCell>
                <TableCell>{formatDate(a.dueOn)}</TableCell>
                <TableCell>{a.done ? 'ja' : 'nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
