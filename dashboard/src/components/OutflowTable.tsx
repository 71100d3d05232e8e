// The numbers behind the chart: rows = periods, columns = doelgroepen, plus totals both ways.
import { useId, type ComponentProps } from 'react';
import type { ShownCount, TargetGroup } from '../lib/contract.ts';
import { NOT_PUBLISHED } from '../transforms/figure-table.ts';
import { formatCount, SECRET_COUNT_EXPLANATION, SMALL_COUNT_EXPLANATION } from '../transforms/format.ts';
import { periodCell, type OutflowRow, type OutflowTable as OutflowTableModel } from '../transforms/outflow.ts';
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
  /** id of the legend that explains the numbers, if one is shown. */
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

type ValueCellProps = Omit<ComponentProps<'td'>, 'children'> & { value: ShownCount | null };

/**
 * One number as the gateway gives it, in Dutch notation (1.234). One shown as '<5' is marked
 * data-suppressed="true" and explained in its title; a total the gateway does not publish (null)
 * shows '—', marked data-unpublished="true", never 0.
 */
function ValueCell({ value, className, ...props }: ValueCellProps) {
  if (value === null) {
    return (
      <TableCell numeric {...props} className={cx(className, 'app-suppressed')} data-unpublished="true">
        <abbr title="niet gepubliceerd: een totaal over meer dan één periode">{NOT_PUBLISHED}</abbr>
      </TableCell>
    );
  }
  const explanation = value.count !== null ? undefined : value.display === 'x' ? SECRET_COUNT_EXPLANATION : SMALL_COUNT_EXPLANATION;
  return (
    <TableCell numeric {...props} className={cx(className, value.suppressed && 'app-suppressed')} data-suppressed={value.suppressed ? 'true' : undefined}>
      {value.count === null ? <abbr title={explanation}>{value.display}</abbr> : formatCount(value.count)}
    </TableCell>
  );
}

function PeriodRow({ row, targetGroups }: { row: OutflowRow; targetGroups: readonly TargetGroup[] }) {
  return (
    <TableRow>
      <TableHeaderCell scope="row" data-period={row.periodCode} data-provisional={row.provisional ? 'true' : undefined}>
        {periodCell(row)}
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
            value={table.totalsByTargetGroup === null ? null : table.totalsByTargetGroup[group]}
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
