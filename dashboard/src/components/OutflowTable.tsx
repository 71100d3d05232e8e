// The numbers behind the chart: rows = periods, columns = doelgroepen, plus totals both ways.
import { useId } from 'react';
import type { TargetGroup } from '../lib/contract.ts';
import { formatCount } from '../transforms/format.ts';
import type { OutflowRow, OutflowTable as OutflowTableModel } from '../transforms/outflow.ts';
import { targetGroupLabel } from './outflowChartConfig.ts';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from './utrecht/index.ts';

/** data-period / data-target-group value for the Totaal row and column. */
export const TOTAL_KEY = 'totaal';

export interface OutflowTableProps {
  table: OutflowTableModel;
  caption: string;
}

export function OutflowTable({ table, caption }: OutflowTableProps) {
  const captionId = useId();
  return (
    // Scrolls sideways on narrow screens; focusable and named so keyboard users can scroll it too.
    <div className="utrecht-table__container app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <TableCaption id={captionId}>{caption}</TableCaption>
        <ColumnHeaders targetGroups={table.targetGroups} />
        <TableBody>
          {table.rows.map((row) => (
            <PeriodRow key={row.periodCode} row={row} targetGroups={table.targetGroups} />
          ))}
        </TableBody>
        <TotalsRow table={table} />
      </Table>
    </div>
  );
}

function ColumnHeaders({ targetGroups }: { targetGroups: readonly TargetGroup[] }) {
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">Kwartaal</TableHeaderCell>
        {targetGroups.map((group) => (
          <TableHeaderCell key={group} scope="col" numeric data-target-group={group}>
            {targetGroupLabel(group)}
          </TableHeaderCell>
        ))}
        <TableHeaderCell scope="col" numeric data-target-group={TOTAL_KEY}>
          Totaal
        </TableHeaderCell>
      </TableRow>
    </TableHeader>
  );
}

function PeriodRow({ row, targetGroups }: { row: OutflowRow; targetGroups: readonly TargetGroup[] }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row" data-period={row.periodCode}>
        {row.periodCode}
      </TableHeaderCell>
      {targetGroups.map((group) => (
        <TableCell key={group} numeric data-period={row.periodCode} data-target-group={group}>
          {formatCount(row.counts[group])}
        </TableCell>
      ))}
      <TableCell numeric className="app-table-total" data-period={row.periodCode} data-target-group={TOTAL_KEY}>
        {formatCount(row.total)}
      </TableCell>
    </TableRow>
  );
}

function TotalsRow({ table }: { table: OutflowTableModel }) {
  return (
    <TableFooter>
      <TableRow className="app-table-total-row">
        <TableHeaderCell scope="row" data-period={TOTAL_KEY}>
          Totaal
        </TableHeaderCell>
        {table.targetGroups.map((group) => (
          <TableCell key={group} numeric data-period={TOTAL_KEY} data-target-group={group}>
            {formatCount(table.totalsByTargetGroup[group])}
          </TableCell>
        ))}
        <TableCell
          numeric
          className="app-table-total"
          data-period={TOTAL_KEY}
          data-target-group={TOTAL_KEY}
          data-testid="outflow-total"
        >
          {formatCount(table.total)}
        </TableCell>
      </TableRow>
    </TableFooter>
  );
}
