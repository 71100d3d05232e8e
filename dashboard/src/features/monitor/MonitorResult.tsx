// What the monitor shows for one selection: every section with its chart, table and CSV.
import { FigureSection } from '../../components/FigureSection.tsx';
import { AfterHomeChart, OriginShareChart, WaitingTimeChart } from '../../components/MonitorCharts.tsx';
import { OutflowChart } from '../../components/OutflowChart.tsx';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { Alert, Paragraph } from '../../components/utrecht/index.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import type { MonitorData } from '../../hooks/useMonitor.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { EXACT_COUNTS_NOTE, formatCount } from '../../transforms/format.ts';
import { afterHomeChartRows, firstBandPastNorm, originShareRows, overallOriginShare, waitingChartRows } from '../../transforms/monitor-charts.ts';
import { afterHomeTable, breakdownTable, formatDate, keyFiguresTable, outlookTable, waitingBandsTable, woonplaatsbeginselTable } from '../../transforms/monitor.ts';
import { buildOutflowTable, outflowFigureTable, toChartRows } from '../../transforms/outflow.ts';
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

function MonitorSections({ covenant, scope, fileScope, period, previous }: Omit<MonitorResultProps, 'monitor'> & { covenant: Covenant }) {
  const { current, outflow } = covenant;
  const names = { current: period.label, previous: previous.label };
  const file = (section: string) => csvFileName('uitstroommonitor', fileScope, period.code, section);
  const outflowModel = buildOutflowTable(outflow);
  const w = current.waitingTime;
  const quantiles =
    w.medianDays === null
      ? 'Nog geen mediane wachttijd: minder dan de helft heeft al een woning, of de groep is te klein.'
      : `Mediane wachttijd ${formatCount(w.medianDays)} dagen` +
        (w.p90Days === null ? '.' : `; 90% had binnen ${formatCount(w.p90Days)} dagen een woning.`);
  return (
    <>
      <Paragraph className="app-scope" data-testid="monitor-scope">
        {scope} — {period.label} ({formatDate(period.from)} t/m {formatDate(period.to)}), peildatum {formatDate(current.asOf)}.{' '}
        {current.suppressionApplied ? 'Aantallen van 1 tot en met 4 worden getoond als <5.' : EXACT_COUNTS_NOTE}
      </Paragraph>
      <FigureSection title="Kerncijfers" testId="monitor-key-figures" table={keyFiguresTable(current, covenant.previous, names)} fileName={file('kerncijfers')} />
      <FigureSection
        title="Uitstroom per doelgroep per kwartaal"
        intro={`Mensen die een woning kregen (sleuteloverdracht), ${previous.label} en ${period.label}.`}
        testId="monitor-outflow"
        chart={
          outflowModel.total.count === 0 ? (
            <Alert type="info">Geen uitstroom in deze periodes.</Alert>
          ) : (
            <OutflowChart rows={toChartRows(outflowModel)} targetGroups={outflowModel.targetGroupsWithOutflow} description={`Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, ${scope}. Totaal: ${outflowModel.total.display}. De cijfers staan in de tabel.`} />
          )
        }
        table={outflowFigureTable(outflowModel, `Uitstroom per doelgroep per kwartaal — ${scope}`, targetGroupLabel)}
        fileName={file('uitstroom-per-kwartaal')}
      />
      <FigureSection
        title="Wachttijd van aanmelding tot woning"
        intro={`Voor wie in de ${period.label} werd aangemeld. Wie nog wacht, telt mee met de wachttijd tot nu toe (Kaplan–Meier). ${quantiles}`}
        testId="monitor-waiting"
        chart={<WaitingTimeChart rows={waitingChartRows(current)} normBand={firstBandPastNorm(waitingChartRows(current))} description={`Staafdiagram: wachttijd in maanden, gehuisvest en nog wachtend, met de norm van 6 maanden als lijn. ${quantiles}`} />}
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
        intro="Eerste terugval binnen 6 en 12 maanden na de sleuteloverdracht (tijdelijk of structureel), omklap naar een eigen huurcontract en negatieve afloop tot nu toe."
        testId="monitor-after-home"
        chart={<AfterHomeChart rows={afterHomeChartRows(current, covenant.previous)} names={names} description={`Staafdiagram: terugval, omklap en negatieve afloop, ${period.label} naast ${previous.label}. De cijfers staan in de tabel.`} />}
        table={afterHomeTable(current, covenant.previous, names)}
        fileName={file('na-de-woning')}
      />
      <FigureSection title="Uitstroom per voorziening" testId="monitor-facility" table={breakdownTable(current.outflowByFacility, `Uitstroom per voorziening, ${period.label}`, 'Voorziening')} fileName={file('voorziening')} />
      <FigureSection title="Uitstroom per leeftijd" testId="monitor-age" table={breakdownTable(current.outflowByAgeCategory, `Uitstroom per leeftijdscategorie, ${period.label}`, 'Leeftijd', (k) => `${k} jaar`)} fileName={file('leeftijd')} />
      <FigureSection
        title="Signalen en prognose"
        intro="Waar de werkgroep op let, en hoeveel woningen de komende maanden naar verwachting nodig zijn voor wie nu wacht (een schatting uit de wachttijden tot nu toe)."
        testId="monitor-outlook"
        table={outlookTable(current)}
        fileName={file('signalen-prognose')}
      />
    </>
  );
}
