// What the monitor shows for one selection: every section with its chart, table and CSV.
import { DataDate } from '../../components/DataDate.tsx';
import { FigureSection } from '../../components/FigureSection.tsx';
import { AfterHomeChart, OriginShareChart, WaitingTimeChart } from '../../components/MonitorCharts.tsx';
import { OutflowChart } from '../../components/OutflowChart.tsx';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { Alert, Paragraph } from '../../components/utrecht/index.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import type { MonitorData } from '../../hooks/useMonitor.ts';
import { notDrawnText } from '../../transforms/chart-summary.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { afterHomeChart, originShareRows, overallOriginShare, waitingChart } from '../../transforms/monitor-charts.ts';
import { afterHomeNotes, prognosisNotes, waitingQuantilesText } from '../../transforms/monitor-notes.ts';
import { afterHomeTable, breakdownTable, formatDate, keyFiguresTable, outlookTable, periodColumnName, waitingBandsTable, woonplaatsbeginselTable } from '../../transforms/monitor.ts';
import { buildOutflowTable, outflowChart, outflowFigureTable } from '../../transforms/outflow.ts';
import type { ReportPeriod } from '../../transforms/periods.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';

export interface MonitorResultProps {
  monitor: QueryResult<MonitorData>;
  /** 'Woonkans, Noord-Limburg, Beschermd wonen' */
  scope: string;
  /** Short scope for file names: 'woonkans-woonkans-noord-MO'. */
  fileScope: string;
  period: ReportPeriod;
  previous: ReportPeriod;
}

export function MonitorResult({ monitor, ...selection }: MonitorResultProps) {
  const covenant = monitor.status === 'success' ? monitor.data.covenant : null;
  return (
    <div className="app-result" aria-busy={monitor.status === 'loading'}>
      <div role="status" className="app-result__status">
        {monitor.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
      </div>
      {monitor.status === 'error' && <LoadError message={monitor.error.message} onRetry={monitor.retry} />}
      {monitor.status === 'success' && covenant === null && <LoadError message="dit convenant is niet gevonden" onRetry={monitor.retry} />}
      {covenant !== null && <MonitorSections covenant={covenant} {...selection} />}
    </div>
  );
}

type Covenant = NonNullable<MonitorData['covenant']>;
type SectionsProps = Omit<MonitorResultProps, 'monitor'> & { covenant: Covenant };

/** Where the figures stand: scope, period, peildatum and data date, and whether the period is still running. */
function MonitorHeader({ covenant, scope, period }: SectionsProps) {
  const { current } = covenant;
  return (
    <>
      <Paragraph className="app-scope" data-testid="monitor-scope">
        {scope} — {period.label} ({formatDate(period.from)} t/m {formatDate(period.to)}), peildatum {formatDate(current.asOf)}.
      </Paragraph>
      <DataDate date={current.dataDate} />
      {current.provisional && (
        <Alert type="info">
          <span data-testid="monitor-provisional">Het {period.label} is nog niet voorbij: de cijfers zijn voorlopig, tot en met de peildatum {formatDate(current.asOf)}.</span>
        </Alert>
      )}
    </>
  );
}

function OutflowSection({ covenant, scope, period, previous, file }: SectionsProps & { file: (section: string) => string }) {
  const model = buildOutflowTable(covenant.outflow);
  const chart = outflowChart(model);
  const left = notDrawnText(chart.summary);
  return (
    <FigureSection
      title="Uitstroom per doelgroep per kwartaal"
      intro={`Mensen die een woning kregen (sleuteloverdracht), ${previous.label} en ${period.label}.`}
      testId="monitor-outflow"
      chart={
        <OutflowChart
          chart={chart}
          protectionApplied={model.protectionApplied}
          description={`Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, ${scope}.${left === null ? '' : ` ${left}`} De cijfers staan in de tabel.`}
        />
      }
      table={outflowFigureTable(model, `Uitstroom per doelgroep per kwartaal — ${scope}`, targetGroupLabel)}
      fileName={file('uitstroom-per-kwartaal')}
    />
  );
}

function MonitorSections(props: SectionsProps) {
  const { covenant, fileScope, period, previous } = props;
  const { current } = covenant;
  const names = { current: periodColumnName(period.label, current), previous: periodColumnName(previous.label, covenant.previous) };
  const file = (section: string) => csvFileName('uitstroommonitor', fileScope, period.code, section);
  const quantiles = waitingQuantilesText(current);
  const relapseNotes = afterHomeNotes([{ name: period.label, monitor: current }, { name: previous.label, monitor: covenant.previous }]);
  return (
    <>
      <MonitorHeader {...props} />
      <FigureSection title="Kerncijfers" testId="monitor-key-figures" table={keyFiguresTable(current, covenant.previous, names)} notes={relapseNotes} fileName={file('kerncijfers')} />
      <OutflowSection {...props} file={file} />
      <FigureSection
        title="Wachttijd van aanmelding tot woning"
        intro={`Voor wie in het ${period.label} werd aangemeld. Wie nog wacht, telt mee met de wachttijd tot nu toe (Kaplan–Meier). ${quantiles}`}
        testId="monitor-waiting"
        chart={<WaitingTimeChart chart={waitingChart(current)} description={`Staafdiagram: wachttijd in maanden, gehuisvest en nog wachtend, met de norm van 6 maanden als lijn. ${quantiles}`} />}
        table={waitingBandsTable(current, period.label)}
        fileName={file('wachttijd')}
      />
      <FigureSection
        title="Woonplaatsbeginsel"
        intro="Aandeel van wie een woning kreeg in de eigen gemeente van herkomst. Een aandeel wordt alleen getoond bij ten minste 10 personen."
        testId="monitor-origin"
        chart={<OriginShareChart rows={originShareRows(current)} overall={overallOriginShare(current)} description="Liggend staafdiagram: aandeel gehuisvest in de eigen gemeente, per gemeente van herkomst. De cijfers staan in de tabel." />}
        table={woonplaatsbeginselTable(current, period.label)}
        fileName={file('woonplaatsbeginsel')}
      />
      <FigureSection
        title="Na de woning: terugval, omklap en negatieve afloop"
        intro="Eerste terugval binnen 6 en 12 maanden na de sleuteloverdracht (tijdelijk of structureel), omklap naar een eigen huurcontract en negatieve afloop tot de datum ‘gegevens t/m’."
        testId="monitor-after-home"
        chart={<AfterHomeChart chart={afterHomeChart(current, covenant.previous)} names={names} description={`Staafdiagram: terugval, omklap en negatieve afloop, ${period.label} naast ${previous.label}. De cijfers staan in de tabel.`} />}
        table={afterHomeTable(current, covenant.previous, names)}
        notes={relapseNotes}
        fileName={file('na-de-woning')}
      />
      <FigureSection title="Uitstroom per voorziening" testId="monitor-facility" table={breakdownTable(current.outflowByFacility, `Uitstroom per voorziening, ${period.label}`, 'Voorziening')} fileName={file('voorziening')} />
      <FigureSection title="Uitstroom per leeftijd" testId="monitor-age" table={breakdownTable(current.outflowByAgeCategory, `Uitstroom per leeftijdscategorie, ${period.label}`, 'Leeftijd', (k) => `${k} jaar`)} fileName={file('leeftijd')} />
      <FigureSection
        title="Signalen en prognose"
        intro="Waar de werkgroep op let, en hoeveel woningen de komende maanden naar verwachting nodig zijn voor wie nu wacht (een schatting uit de wachttijden tot nu toe)."
        testId="monitor-outlook"
        table={outlookTable(current)}
        notes={prognosisNotes(current)}
        fileName={file('signalen-prognose')}
      />
    </>
  );
}
