// An evaluation's frozen figures in the monitor page's sections: charts with their tables and CSV,
// for the one period evaluated, and the targets' progress as it was frozen. Props only.
import { DataDate } from '../../components/DataDate.tsx';
import { FigureSection } from '../../components/FigureSection.tsx';
import { OriginShareChart, WaitingTimeChart } from '../../components/MonitorCharts.tsx';
import { Alert, Paragraph } from '../../components/utrecht/index.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { frozenAfterHomeTable, frozenKeyFiguresTable, frozenTable, targetProgressTable } from '../../transforms/evaluation-figures.ts';
import { csvFileName, type FigureTableModel } from '../../transforms/figure-table.ts';
import { originShareRows, overallOriginShare, waitingChart } from '../../transforms/monitor-charts.ts';
import { afterHomeNotes, prognosisNotes, waitingQuantilesText } from '../../transforms/monitor-notes.ts';
import { breakdownTable, outlookTable, periodColumnName, waitingBandsTable, woonplaatsbeginselTable } from '../../transforms/monitor.ts';
import { periodName } from '../../transforms/evaluations.ts';

export interface FrozenFiguresProps {
  evaluation: Evaluation;
  /** Short scope for file names: 'woonkans' or 'woonkans-woonkans-noord'. */
  fileScope: string;
}

export function FrozenFigures({ evaluation, fileScope }: FrozenFiguresProps) {
  const { monitor, disclosure } = evaluation.figures;
  const name = periodName(evaluation.periodCode);
  const column = periodColumnName(name, monitor);
  const file = (section: string) => csvFileName('evaluatie', fileScope, evaluation.periodCode, section);
  const frozen = (table: FigureTableModel) => frozenTable(table, disclosure);
  const quantiles = waitingQuantilesText(monitor);
  return (
    <div className="app-frozen-figures">
      {monitor.dataDate === null ? <Paragraph data-testid="data-date">Gegevens t/m: niet vastgelegd in deze evaluatie (gemaakt vóór die datum werd bijgehouden).</Paragraph> : <DataDate date={monitor.dataDate} />}
      <FigureSection title="Kerncijfers" testId="evaluation-key-figures" table={frozen(frozenKeyFiguresTable(monitor, column))} notes={afterHomeNotes([{ name, monitor }])} fileName={file('kerncijfers')} />
      <FigureSection
        title="Wachttijd van aanmelding tot woning"
        intro={`Voor wie in de periode werd aangemeld; wie nog wachtte, telt mee met de wachttijd tot dan (Kaplan–Meier). ${quantiles}`}
        testId="evaluation-waiting"
        chart={<WaitingTimeChart chart={waitingChart(monitor)} description={`Staafdiagram: wachttijd in maanden, gehuisvest en nog wachtend, met de norm van 6 maanden als lijn. ${quantiles}`} />}
        table={frozen(waitingBandsTable(monitor, name))}
        fileName={file('wachttijd')}
      />
      <FigureSection
        title="Woonplaatsbeginsel"
        intro="Aandeel van wie een woning kreeg in de eigen gemeente van herkomst. Een aandeel wordt alleen getoond bij ten minste 10 personen."
        testId="evaluation-origin"
        chart={<OriginShareChart rows={originShareRows(monitor)} overall={overallOriginShare(monitor)} description="Liggend staafdiagram: aandeel gehuisvest in de eigen gemeente, per gemeente van herkomst. De cijfers staan in de tabel." />}
        table={frozen(woonplaatsbeginselTable(monitor, name))}
        fileName={file('woonplaatsbeginsel')}
      />
      <FigureSection title="Na de woning: terugval, omklap en negatieve afloop" testId="evaluation-after-home" table={frozen(frozenAfterHomeTable(monitor, column))} notes={afterHomeNotes([{ name, monitor }])} fileName={file('na-de-woning')} />
      <FigureSection title="Uitstroom per voorziening" testId="evaluation-facility" table={frozen(breakdownTable(monitor.outflowByFacility, `Uitstroom per voorziening, ${name}`, 'Voorziening'))} fileName={file('voorziening')} />
      <FigureSection title="Uitstroom per leeftijd" testId="evaluation-age" table={frozen(breakdownTable(monitor.outflowByAgeCategory, `Uitstroom per leeftijdscategorie, ${name}`, 'Leeftijd', (k) => `${k} jaar`))} fileName={file('leeftijd')} />
      <FigureSection title="Signalen en prognose" testId="evaluation-outlook" table={frozen(outlookTable(monitor))} notes={prognosisNotes(monitor)} fileName={file('signalen-prognose')} />
      {evaluation.figures.targets.length === 0 ? (
        <Alert type="info">Dit convenant heeft geen streefaantallen voor deze periode.</Alert>
      ) : (
        <FigureSection
          title="Streefaantallen"
          intro="De voortgang aan het eind van de periode (of op de datum ‘gegevens t/m’, als die eerder was), zoals de werkgroep die ziet. Een prognose wordt niet getoond zolang het gerealiseerde aantal '<5' is."
          testId="evaluation-targets"
          table={targetProgressTable(evaluation.figures.targets, name)}
          fileName={file('streefaantallen')}
        />
      )}
    </div>
  );
}
