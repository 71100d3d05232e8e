// What the page shows for one selection: loading, error, empty, or chart plus table.
import { OutflowChart } from '../../components/OutflowChart.tsx';
import { OutflowTable } from '../../components/OutflowTable.tsx';
import { Alert, Button, Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { OutflowData } from '../../hooks/useOutflow.ts';
import type { QueryResult } from '../../hooks/useGraphQLQuery.ts';
import { describeOutflowChart, outflowCaption } from '../../transforms/format.ts';
import { buildOutflowTable, isEmptyOutflow, targetGroupsWithOutflow, toChartRows } from '../../transforms/outflow.ts';

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
            targetGroups={targetGroupsWithOutflow(table)}
            description={describeOutflowChart({
              covenantName: covenant.name,
              firstPeriodCode: table.rows[0]?.periodCode,
              lastPeriodCode: table.rows.at(-1)?.periodCode,
              total: table.total,
            })}
          />
          <OutflowTable table={table} caption={outflowCaption(covenant.name)} />
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
