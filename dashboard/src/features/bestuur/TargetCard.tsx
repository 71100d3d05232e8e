// One target on the Bestuurlijk overleg page: what the covenant asks, where it stands (status in
// words, icon and colour), what the covenant says must happen when it is off course, and — folded
// away — the cumulative chart with its table and CSV.
import { useId } from 'react';
import { CsvDownload } from '../../components/CsvDownload.tsx';
import { FigureTable } from '../../components/FigureTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TargetProgressChart } from '../../components/TargetProgressChart.tsx';
import { VacancyForm } from './VacancyForm.tsx';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { IsoDate } from '../../lib/contract.ts';
import type { Target } from '../../lib/target-contract.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { formatDate } from '../../transforms/monitor.ts';
import {
  describeProgressChart,
  hasEnded,
  progressChartRows,
  progressTable,
  showsConsequence,
  statusTone,
  statusWord,
  targetFigures,
} from '../../transforms/targets.ts';

export interface TargetCardProps {
  target: Target;
  peildatum: IsoDate;
  /** After a vacancy count is saved: fetch again. */
  onChanged: () => void;
}

export function TargetCard({ target, peildatum, onChanged }: TargetCardProps) {
  const headingId = useId();
  const p = target.progress;
  return (
    <article className="app-target" aria-labelledby={headingId} data-testid="target" data-target-id={target.id}>
      <Heading level={3} id={headingId} className="app-target__title">
        {target.description}
      </Heading>
      <Paragraph small className="app-target__source">
        {[target.party?.name, `Convenant ${target.source}`].filter((part) => part !== undefined).join(' · ')}
      </Paragraph>
      {hasEnded(target, peildatum) && (
        <Paragraph small>
          Deze afspraak gold van {formatDate(target.validFrom)} tot en met {formatDate(target.validTo ?? peildatum)}; u ziet de cijfers van de laatste periode.
        </Paragraph>
      )}
      <dl className="app-target__figures">
        <div className="app-target__figure" data-figure="status">
          <dt>Status</dt>
          <dd>
            <StatusBadge tone={statusTone(p.status)} word={statusWord(p)} qualifier={p.reliable ? undefined : 'voorlopig'} />
          </dd>
        </div>
        {targetFigures(target).map((figure) => (
          <div key={figure.key} className="app-target__figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {!p.reliable && <Paragraph small>Voorlopig: de periode is net begonnen, dus de prognose zegt nog weinig.</Paragraph>}
      {p.missingInput !== null && <Alert type="warning">Status onbekend: {p.missingInput}.</Alert>}
      {p.missingInput !== null && target.party !== null && (
        <VacancyForm partyId={target.party.id} partyName={target.party.name} year={Number(p.periodStart.slice(0, 4)) - 1} onSaved={onChanged} />
      )}
      {showsConsequence(p.status) && target.consequence !== null && (
        <Alert type={p.status === 'ACHTER' ? 'warning' : 'info'}>
          <strong>Wat het convenant dan vraagt:</strong> {target.consequence}
        </Alert>
      )}
      <ProgressDetails target={target} peildatum={peildatum} />
    </article>
  );
}

function ProgressDetails({ target, peildatum }: Omit<TargetCardProps, 'onChanged'>) {
  const table = progressTable(target);
  return (
    <details className="app-target__details" data-testid="target-history">
      <summary>Verloop per maand</summary>
      <div className="app-target__chart-and-table">
        <TargetProgressChart rows={progressChartRows(target.history)} target={target.progress.target} description={describeProgressChart(target)} />
        <div>
          <FigureTable table={table} testId="target-history-table" />
          <CsvDownload table={table} fileName={csvFileName('bestuurlijk-overleg', target.id, peildatum)} />
        </div>
      </div>
    </details>
  );
}
