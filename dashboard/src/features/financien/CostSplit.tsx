// Kostenverdeling VoorzieningenWijzer: for the chosen covenant and year, what each party was to pay
// (voorcalculatie) and pays (nacalculatie), and each cost agreement behind it — as the gateway's
// costYear gives them.
import { useId } from 'react';
import { FigureSection } from '../../components/FigureSection.tsx';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useCostYear, type CostYearData } from '../../hooks/useFinancien.ts';
import type { IsoDate } from '../../lib/contract.ts';
import type { CostYear, FinanceCovenant } from '../../lib/funding-contract.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import {
  agreementTable,
  costYears,
  describePartyCostChart,
  partyCostChartRows,
  partyCostTable,
  resolveCostCovenant,
  resolveCostYear,
  visitsSentence,
} from '../../transforms/funding-figures.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { CostSelectionForm } from './CostSelectionForm.tsx';
import { PartyCostChart } from './FinanceCharts.tsx';
import { useFinanceSelection } from './useFinanceSelection.ts';

export const COST_SPLIT_TITLE = 'Kostenverdeling VoorzieningenWijzer';

/** The rule of the nacalculatie and of the rounding, in one sentence. */
export const COST_SPLIT_RULE =
  'Bij de nacalculatie betaalt elke corporatie 50% van de kosten van de bezoeken aan haar eigen huurders en niets voor andere bezoeken, de gemeente betaalt de rest, ' +
  'en elk deel wordt op de cent afgerond met de methode van de grootste resten, zodat de delen precies optellen tot het totaal.';

export function CostSplit({ covenants, today }: { covenants: readonly FinanceCovenant[]; today: IsoDate }) {
  const headingId = useId();
  const [selection, setSelection] = useFinanceSelection();
  const covenant = resolveCostCovenant(covenants, selection.covenantId);
  const years = costYears(covenant?.costAgreements.map((a) => a.validFrom) ?? [], today);
  const year = resolveCostYear(years, selection.year, today);
  const costYear = useCostYear(covenant === undefined || year === undefined ? null : { covenantId: covenant.id, year });
  return (
    <section className="app-finance-part" aria-labelledby={headingId} data-testid="cost-split">
      <Heading level={2} id={headingId}>
        {COST_SPLIT_TITLE}
      </Heading>
      {covenant === undefined || year === undefined ? (
        <Alert type="info">Er zijn (nog) geen kostenafspraken vastgelegd.</Alert>
      ) : (
        <>
          <Paragraph>{COST_SPLIT_RULE}</Paragraph>
          <CostSelectionForm covenants={covenants} covenantId={covenant.id} years={years} year={year} onChange={setSelection} />
          <CostYearResult costYear={costYear} />
        </>
      )}
    </section>
  );
}

function CostYearResult({ costYear }: { costYear: QueryResult<CostYearData> }) {
  const covenant = costYear.status === 'success' ? costYear.data.covenant : null;
  return (
    <div className="app-result" aria-busy={costYear.status === 'loading'}>
      <div role="status" className="app-result__status">
        {costYear.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
      </div>
      {costYear.status === 'error' && <LoadError message={costYear.error.message} onRetry={costYear.retry} />}
      {costYear.status === 'success' && covenant === null && <LoadError message="dit convenant is niet gevonden" onRetry={costYear.retry} />}
      {covenant !== null && <CostYearFigures covenantId={covenant.id} covenantName={covenant.name} costYear={covenant.costYear} />}
    </div>
  );
}

function CostYearFigures({ covenantId, covenantName, costYear }: { covenantId: string; covenantName: string; costYear: CostYear }) {
  const file = (part: string) => csvFileName('kostenverdeling', covenantId, String(costYear.year), part);
  return (
    <>
      <Paragraph className="app-scope" data-testid="cost-scope">
        {covenantName}, {costYear.year}. {visitsSentence(costYear.year, costYear.visits)}
      </Paragraph>
      <FigureSection
        headingLevel={3}
        title="Kosten per partij"
        intro="Voorcalculatie: de begroting volgens de verdeelsleutel. Nacalculatie: de werkelijke kosten van het jaar."
        testId="cost-parties"
        chart={
          costYear.parties.length === 0 ? undefined : (
            <PartyCostChart rows={partyCostChartRows(costYear)} description={describePartyCostChart(covenantName, costYear.year, costYear.parties.length)} />
          )
        }
        table={partyCostTable(costYear, covenantName)}
        fileName={file('per-partij')}
      />
      <FigureSection
        headingLevel={3}
        title="Kosten per afspraak"
        intro="Het uurtarief na wettelijke indexering, de begroting, het aantal bezoeken en de werkelijke kosten per kostenafspraak. Een streepje: het convenant legt geen bedrag vast."
        testId="cost-agreements"
        table={agreementTable(costYear, covenantName)}
        fileName={file('per-afspraak')}
      />
    </>
  );
}
