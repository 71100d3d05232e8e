// One target on the Bestuurlijk overleg page: what the covenant asks, where it stands (status in
// words, icon and colour), what the covenant says must happen when it is off course, and — folded
// away — the cumulative chart with its table and CSV.
import { useId } from 'react';
import { CsvDownload } from '../../components/CsvDownload.tsx';
import { FigureTable } from '../../components/FigureTable.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableLegend } from '../../components/TableLegend.tsx';
import { TargetProgressChart } from '../../components/TargetProgressChart.tsx';
import { VacancyForm } from './VacancyForm.tsx';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { IsoDate } from '../../lib/contract.ts';
import type { Target } from '../../lib/target-contract.ts';
import { csvFileName, tableLegend } from '../../transforms/figure-table.ts';
import { formatDate } from '../../transforms/monitor.ts';
import {
  describeProgressChart,
  hasEnded,
  progressTable,
  showsConsequence,
  statusTone,
  statusWord,
  targetFigures,
} from '../../transforms/targets.ts';

export interface TargetCardProps {
  target: Target;
  /** null: the covenant's data date. */
  peildatum: IsoDate | null;
  today: IsoDate;
  /** After a vacancy count is saved: fetch again. */
  onChanged: () => void;
}

export function TargetCard({ target, peildatum, today, onChanged }: TargetCardProps) {
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
      {hasEnded(target, peildatum, today) && target.validTo !== null && (
        <Paragraph small>
          Deze afspraak gold van {formatDate(target.validFrom)} tot en met {formatDate(target.validTo)}; u ziet de cijfers van de laatste periode.
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
      <ProgressDetails target={target} />
    </article>
  );
}

function ProgressDetails({ target }: Pick<TargetCardProps, 'target'>) {
  const table = progressTable(target);
  const legendId = useId();
  return (
    <details className="app-target__details" data-testid="target-history">
      <summary>Verloop per maand</summary>
      <div className="app-target__chart-and-table">
        <TargetProgressChart history={target.history} target={target.progress.target} description={describeProgressChart(target)} />
        <div>
          <FigureTable table={table} testId="target-history-table" describedBy={legendId} />
          <TableLegend id={legendId} lines={tableLegend(table)} />
          <CsvDownload table={table} fileName={csvFileName('bestuurlijk-overleg', target.id, target.progress.asOf)} />
        </div>
      </div>
    </details>
  );
}
