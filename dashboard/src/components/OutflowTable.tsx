// The numbers behind the chart: rows = periods, columns = doelgroepen, plus totals both ways.
import { useId, type ComponentProps } from 'react';
import type { ShownCount, TargetGroup } from '../lib/contract.ts';
import { formatCount, HIDDEN_COUNT_EXPLANATION } from '../transforms/format.ts';
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
import { cx } from './utrecht/classNames.ts';

/** data-period / data-target-group value for the Totaal row and column. */
export const TOTAL_KEY = 'totaal';

export interface OutflowTableProps {
  table: OutflowTableModel;
  caption: string;
  /** id of the note that explains hidden numbers, if one is shown. */
  describedBy?: string;
}

export function OutflowTable({ table, caption, describedBy }: OutflowTableProps) {
  const captionId = useId();
  return (
    // Scrolls sideways on narrow screens; focusable and named so keyboard users can scroll it too.
    <div className="utrecht-table__container app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table aria-describedby={describedBy}>
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

type ValueCellProps = Omit<ComponentProps<'td'>, 'children'> & { value: ShownCount };

/**
 * One number as the gateway gives it, in Dutch notation (1.234). A hidden one is marked data-suppressed="true"
 * and explained in its title; its text stays '<5', as the table's note says.
 */
function ValueCell({ value, className, ...props }: ValueCellProps) {
  return (
    <TableCell
      numeric
      {...props}
      className={cx(className, value.suppressed && 'app-suppressed')}
      data-suppressed={value.suppressed ? 'true' : undefined}
    >
      {value.suppressed || value.count === null ? <abbr title={HIDDEN_COUNT_EXPLANATION}>{value.display}</abbr> : formatCount(value.count)}
    </TableCell>
  );
}

function PeriodRow({ row, targetGroups }: { row: OutflowRow; targetGroups: readonly TargetGroup[] }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row" data-period={row.periodCode}>
        {row.periodCode}
      </TableHeaderCell>
      {targetGroups.map((group) => (
        <ValueCell key={group} value={row.cells[group]} data-period={row.periodCode} data-target-group={group} />
      ))}
      <ValueCell value={row.total} className="app-table-total" data-period={row.periodCode} data-target-group={TOTAL_KEY} />
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
          <ValueCell
            key={group}
            value={table.totalsByTargetGroup[group]}
            data-period={TOTAL_KEY}
            data-target-group={group}
          />
        ))}
        <ValueCell
          value={table.total}
          className="app-table-total"
          data-period={TOTAL_KEY}
          data-target-group={TOTAL_KEY}
          data-testid="outflow-total"
        />
      </TableRow>
    </TableFooter>
  );
}
