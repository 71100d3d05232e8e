// What the page shows for one selection: loading, error, empty, or chart plus table.
import { useId } from 'react';
import { CsvDownload } from '../../components/CsvDownload.tsx';
import { OutflowChart } from '../../components/OutflowChart.tsx';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { OutflowTable } from '../../components/OutflowTable.tsx';
import { SuppressionNote } from '../../components/SuppressionNote.tsx';
import { Alert, Button, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { OutflowData } from '../../hooks/useOutflow.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import { describeOutflowChart, outflowCaption, suppressionNote } from '../../transforms/format.ts';
import { csvFileName } from '../../transforms/figure-table.ts';
import { buildOutflowTable, isEmptyOutflow, outflowFigureTable, toChartRows } from '../../transforms/outflow.ts';

export interface OutflowResultProps {
  headingId: string;
  heading: string;
  outflow: QueryResult<OutflowData>;
}

export function OutflowResult({ headingId, heading, outflow }: OutflowResultProps) {
  const noteId = useId();
  const covenant = outflow.status === 'success' ? outflow.data.covenant : null;
  const table = covenant === null ? null : buildOutflowTable(covenant.outflow);
  const empty = table !== null && isEmptyOutflow(table);
  const note = table === null ? null : suppressionNote(table);

  return (
    <section className="app-result" aria-labelledby={headingId} aria-busy={outflow.status === 'loading'}>
      <Heading level={2} id={headingId}>
        {heading}
      </Heading>
      {/* One live region that stays in place, so its changing text is announced. */}
      <div role="status" className="app-result__status">
        {outflow.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
        {empty && <Alert type="info">Geen uitstroom in deze periode.</Alert>}
      </div>
      {outflow.status === 'error' && <LoadError message={outflow.error.message} onRetry={outflow.retry} />}
      {outflow.status === 'success' && covenant === null && (
        <LoadError message="dit convenant is niet gevonden" onRetry={outflow.retry} />
      )}
      {covenant !== null && table !== null && !empty && (
        <>
          <OutflowChart
            rows={toChartRows(table)}
            targetGroups={table.targetGroupsWithOutflow}
            description={describeOutflowChart({
              covenantName: covenant.name,
              firstPeriodCode: table.rows[0]?.periodCode,
              lastPeriodCode: table.rows.at(-1)?.periodCode,
              totalDisplay: table.total.display,
              anyHidden: table.anyHidden,
            })}
          />
          <OutflowTable
            table={table}
            caption={outflowCaption(covenant.name)}
            describedBy={note === null ? undefined : noteId}
          />
          <SuppressionNote id={noteId} text={note} suppressionApplied={table.suppressionApplied} />
          <CsvDownload
            table={outflowFigureTable(table, outflowCaption(covenant.name), targetGroupLabel)}
            fileName={csvFileName('uitstroom-per-kwartaal', covenant.id, covenant.outflow.from, covenant.outflow.to)}
          />
        </>
      )}
    </section>
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
