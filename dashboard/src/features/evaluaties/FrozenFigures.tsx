// An evaluation's frozen figures in the monitor page's sections: charts with their tables and CSV,
// for the one period evaluated, and the targets' progress as it was frozen. Props only.
import { FigureSection } from '../../components/FigureSection.tsx';
import { OriginShareChart, WaitingTimeChart } from '../../components/MonitorCharts.tsx';
import { Alert, Paragraph } from '../../components/utrecht/index.ts';
import type { Evaluation } from '../../lib/evaluation-contract.ts';
import { frozenAfterHomeTable, frozenKeyFiguresTable, targetProgressTable } from '../../transforms/evaluation-figures.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { formatCount } from '../../transforms/format.ts';
import { firstBandPastNorm, originShareRows, overallOriginShare, waitingChartRows } from '../../transforms/monitor-charts.ts';
import { breakdownTable, outlookTable, waitingBandsTable, woonplaatsbeginselTable } from '../../transforms/monitor.ts';
import { periodName } from '../../transforms/evaluations.ts';

export interface FrozenFiguresProps {
  evaluation: Evaluation;
  /** Short scope for file names: 'woonkans' or 'woonkans-woonkans-noord'. */
  fileScope: string;
}

function waitingQuantiles(w: Evaluation['figures']['monitor']['waitingTime']): string {
  if (w.medianDays === null) return 'Nog geen mediane wachttijd: minder dan de helft had een woning, of de groep is te klein.';
  return `Mediane wachttijd ${formatCount(w.medianDays)} dagen` + (w.p90Days === null ? '.' : `; 90% had binnen ${formatCount(w.p90Days)} dagen een woning.`);
}

/** Without a single share to draw (every gemeente under 10 housed) an empty chart would only puzzle. */
function OriginChart({ monitor }: { monitor: Evaluation['figures']['monitor'] }) {
  const rows = originShareRows(monitor);
  if (rows.every((row) => row.percent === undefined)) return <Paragraph>Geen diagram: bij geen enkele gemeente van herkomst zijn ten minste 10 personen gehuisvest.</Paragraph>;
  return <OriginShareChart rows={rows} overall={overallOriginShare(monitor)} description="Liggend staafdiagram: aandeel gehuisvest in de eigen gemeente, per gemeente van herkomst. De cijfers staan in de tabel." />;
}

export function FrozenFigures({ evaluation, fileScope }: FrozenFiguresProps) {
  const monitor = evaluation.figures.monitor;
  const name = periodName(evaluation.periodCode);
  const file = (section: string) => csvFileName('evaluatie', fileScope, evaluation.periodCode, section);
  const quantiles = waitingQuantiles(monitor.waitingTime);
  const waitingRows = waitingChartRows(monitor);
  return (
    <div className="app-frozen-figures">
      <FigureSection title="Kerncijfers" testId="evaluation-key-figures" table={frozenKeyFiguresTable(monitor, name)} fileName={file('kerncijfers')} />
      <FigureSection
        title="Wachttijd van aanmelding tot woning"
        intro={`Voor wie in de periode werd aangemeld; wie nog wachtte, telt mee met de wachttijd tot dan (Kaplan–Meier). ${quantiles}`}
        testId="evaluation-waiting"
        chart={<WaitingTimeChart rows={waitingRows} normBand={firstBandPastNorm(waitingRows)} description={`Staafdiagram: wachttijd in maanden, gehuisvest en nog wachtend, met de norm van 6 maanden als lijn. ${quantiles}`} />}
        table={waitingBandsTable(monitor, name)}
        fileName={file('wachttijd')}
      />
      <FigureSection
        title="Woonplaatsbeginsel"
        intro="Aandeel van wie een woning kreeg in de eigen gemeente van herkomst. Een aandeel wordt alleen getoond bij ten minste 10 personen."
        testId="evaluation-origin"
        chart={<OriginChart monitor={monitor} />}
        table={woonplaatsbeginselTable(monitor, name)}
        fileName={file('woonplaatsbeginsel')}
      />
      <FigureSection title="Na de woning: terugval, omklap en negatieve afloop" testId="evaluation-after-home" table={frozenAfterHomeTable(monitor, name)} fileName={file('na-de-woning')} />
      <FigureSection title="Uitstroom per voorziening" testId="evaluation-facility" table={breakdownTable(monitor.outflowByFacility, `Uitstroom per voorziening, ${name}`, 'Voorziening')} fileName={file('voorziening')} />
      <FigureSection title="Uitstroom per leeftijd" testId="evaluation-age" table={breakdownTable(monitor.outflowByAgeCategory, `Uitstroom per leeftijdscategorie, ${name}`, 'Leeftijd', (k) => `${k} jaar`)} fileName={file('leeftijd')} />
      <FigureSection title="Signalen en prognose" testId="evaluation-outlook" table={outlookTable(monitor)} fileName={file('signalen-prognose')} />
      {evaluation.figures.targets.length === 0 ? (
        <Alert type="info">Dit convenant heeft geen streefaantallen voor deze periode.</Alert>
      ) : (
        <FigureSection
          title="Streefaantallen"
          intro="De voortgang aan het eind van de periode (of op de dag van vastleggen, als die eerder was). De gerealiseerde aantallen van een streefaantal worden exact getoond."
          testId="evaluation-targets"
          table={targetProgressTable(evaluation.figures.targets, name)}
          fileName={file('streefaantallen')}
        />
      )}
    </div>
  );
}
