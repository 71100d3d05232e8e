// One Garantiefonds: its operation's states, then key figures, the balance over time with the
// top-up threshold, claims per status and cost type, open rounds and the claims themselves.
import { useId } from 'react';
import { FigureSection } from '../../components/FigureSection.tsx';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useFund } from '../../hooks/useFinancien.ts';
import type { Fund } from '../../lib/funding-contract.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { formatCents } from '../../transforms/format.ts';
import { balanceChartRows, balanceHistoryTable, claimChart, claimListTable, claimSummaryTable, fundKeyFiguresTable } from '../../transforms/fund-figures.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { BalanceChart, ClaimChart } from './FinanceCharts.tsx';
import { OpenRounds } from './OpenRounds.tsx';

export function FundPanel({ fundId, fundName }: { fundId: string; fundName: string }) {
  const headingId = useId();
  const result = useFund(fundId);
  const fund = result.status === 'success' ? result.data.fund : null;
  return (
    <section className="app-finance-part" aria-labelledby={headingId} data-testid="fund" data-fund-id={fundId}>
      <Heading level={2} id={headingId}>
        {fundName}
      </Heading>
      <div className="app-result" aria-busy={result.status === 'loading'}>
        <div role="status" className="app-result__status">
          {result.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
        </div>
        {result.status === 'error' && <LoadError message={result.error.message} onRetry={result.retry} />}
        {result.status === 'success' && fund === null && <LoadError message="dit fonds is niet gevonden" onRetry={result.retry} />}
        {fund !== null && <FundFigures fund={fund} />}
      </div>
    </section>
  );
}

function ThresholdAlert({ fund }: { fund: Fund }) {
  const threshold = formatCents(fund.topUpThresholdCents);
  if (!fund.balance.belowThreshold) {
    return <Paragraph>Het saldo ligt boven de drempel van {threshold}.</Paragraph>;
  }
  return (
    <Alert type="warning">
      <strong>Onder de drempel:</strong> het saldo ({formatCents(fund.balance.balanceCents)}) ligt onder {threshold}, dus elke partij wordt gevraagd opnieuw bij te
      dragen (aanvullingsronde).
    </Alert>
  );
}

function FundFigures({ fund }: { fund: Fund }) {
  const file = (part: string) => csvFileName('garantiefonds', fund.id, fund.balance.on, part);
  return (
    <>
      <Paragraph className="app-scope" data-testid="fund-scope">
        {fund.covenant.name}, kassier {fund.cashier.name}, {fund.source}. Stand op {formatDate(fund.balance.on)}
        {fund.terminatedOn === null ? '.' : `; opgeheven op ${formatDate(fund.terminatedOn)}.`}
      </Paragraph>
      <ThresholdAlert fund={fund} />
      <FigureSection
        headingLevel={3}
        title="Kerncijfers"
        intro="Het saldo volgt uit het kasboek: bijdragen erbij, uitbetalingen en terugbetalingen eraf. Goedgekeurde claims die nog niet zijn uitbetaald, zijn gereserveerd."
        testId="fund-key-figures"
        table={fundKeyFiguresTable(fund)}
        fileName={file('kerncijfers')}
      />
      <BalanceSection fund={fund} fileName={file('saldo-in-de-tijd')} />
      <ClaimSummarySection fund={fund} fileName={file('claims-per-status')} />
      <OpenRounds fund={fund} fileName={file} />
      <FigureSection
        headingLevel={3}
        title="Claims"
        intro="Elke claim met status, aanvrager en bedragen. Casuscodes ziet alleen wie de claim behandelt."
        testId="fund-claims"
        table={claimListTable(fund.claims, fund.name)}
        fileName={file('claims')}
      />
    </>
  );
}

function BalanceSection({ fund, fileName }: { fund: Fund; fileName: string }) {
  const threshold = formatCents(fund.topUpThresholdCents);
  const description =
    `Trapgrafiek: saldo van het ${fund.name} in de tijd, met de drempel van ${threshold} als stippellijn. ` +
    `Saldo op ${formatDate(fund.balance.on)}: ${formatCents(fund.balance.balanceCents)}. De bedragen staan in de tabel.`;
  return (
    <FigureSection
      headingLevel={3}
      title="Saldo in de tijd"
      intro={`Het saldo na elke dag met een boeking. De rode stippellijn is de drempel van ${threshold}: daaronder volgt een aanvullingsronde.`}
      testId="fund-balance"
      chart={<BalanceChart rows={balanceChartRows(fund.balanceHistory)} thresholdCents={fund.topUpThresholdCents} description={description} />}
      table={balanceHistoryTable(fund.balanceHistory, fund.name)}
      fileName={fileName}
    />
  );
}

function ClaimSummarySection({ fund, fileName }: { fund: Fund; fileName: string }) {
  const chart = claimChart(fund.claimSummary);
  return (
    <FigureSection
      headingLevel={3}
      title="Claims per status en kostensoort"
      intro="Het gevraagde bedrag per kostensoort. Een claim met meer kostensoorten telt bij elke kostensoort mee; de bedragen tellen op."
      testId="fund-claim-summary"
      chart={
        chart.rows.length === 0 ? (
          <Alert type="info">Er zijn nog geen claims ingediend.</Alert>
        ) : (
          <ClaimChart chart={chart} description={`Gestapeld staafdiagram: gevraagd bedrag per status, gestapeld per kostensoort, ${fund.name}. De bedragen staan in de tabel.`} />
        )
      }
      table={claimSummaryTable(fund.claimSummary, fund.name)}
      fileName={fileName}
    />
  );
}
