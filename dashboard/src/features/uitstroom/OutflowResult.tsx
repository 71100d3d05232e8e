// What the page shows for one selection: loading, error, empty, or chart plus table.
import { useId } from 'react';
import { CsvDownload } from '../../components/CsvDownload.tsx';
import { DataDate } from '../../components/DataDate.tsx';
import { OutflowChart } from '../../components/OutflowChart.tsx';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { OutflowTable } from '../../components/OutflowTable.tsx';
import { TableLegend } from '../../components/TableLegend.tsx';
import { Alert, Button, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { OutflowData } from '../../hooks/useOutflow.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import { notDrawnText } from '../../transforms/chart-summary.ts';
import { describeOutflowChart, outflowCaption, PROTECTED_LEGEND } from '../../transforms/format.ts';
import { csvFileName, tableLegend } from '../../transforms/figure-table.ts';
import { buildOutflowTable, isEmptyOutflow, outflowChart, outflowFigureTable, type OutflowTable as OutflowTableModel } from '../../transforms/outflow.ts';

export interface OutflowResultProps {
  headingId: string;
  heading: string;
  outflow: QueryResult<OutflowData>;
}

export function OutflowResult({ headingId, heading, outflow }: OutflowResultProps) {
  const covenant = outflow.status === 'success' ? outflow.data.covenant : null;
  const table = covenant === null ? null : buildOutflowTable(covenant.outflow);
  const empty = table !== null && isEmptyOutflow(table);

  return (
    <section className="app-result" aria-labelledby={headingId} aria-busy={outflow.status === 'loading'}>
      <Heading level={2} id={headingId}>
        {heading}
      </Heading>
      {/* One live region that stays in place, so its changing text is announced. */}
      <div role="status" className="app-result__status">
        {outflow.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
        {empty && <Alert type="info">{table.protectionApplied ? `Geen uitstroom gepubliceerd in deze periode. ${PROTECTED_LEGEND}` : 'Geen uitstroom in deze periode.'}</Alert>}
      </div>
      {outflow.status === 'error' && <LoadError message={outflow.error.message} onRetry={outflow.retry} />}
      {outflow.status === 'success' && covenant === null && <LoadError message="dit convenant is niet gevonden" onRetry={outflow.retry} />}
      {covenant !== null && table !== null && <DataDate date={table.dataDate} />}
      {covenant !== null && table !== null && !empty && <OutflowFigures covenant={covenant} table={table} />}
    </section>
  );
}

function OutflowFigures({ covenant, table }: { covenant: NonNullable<OutflowData['covenant']>; table: OutflowTableModel }) {
  const legendId = useId();
  const chart = outflowChart(table);
  const figures = outflowFigureTable(table, outflowCaption(covenant.name), targetGroupLabel);
  const legend = tableLegend(figures);
  return (
    <>
      <OutflowChart
        chart={chart}
        protectionApplied={table.protectionApplied}
        description={describeOutflowChart({
          covenantName: covenant.name,
          firstPeriodCode: table.rows[0]?.periodCode,
          lastPeriodCode: table.rows.at(-1)?.periodCode,
          notDrawn: notDrawnText(chart.summary),
        })}
      />
      <OutflowTable table={table} caption={outflowCaption(covenant.name)} describedBy={legend.length > 0 ? legendId : undefined} />
      <TableLegend id={legendId} lines={legend} />
      <CsvDownload table={figures} fileName={csvFileName('uitstroom-per-kwartaal', covenant.id, covenant.outflow.from, covenant.outflow.to)} />
    </>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>De gegevens konden niet worden geladen: {message}</Paragraph>
      <Button appearance="secondary-action" onClick={onRetry}>
        Opnieuw proberen
      </Button>
    </Alert>
  );
}
