// Any monitor table from its model: first column names the row, the others hold figures as shown
// (hidden counts as '<5' with an explanation). data-row / data-column let tests read it back.
import { useId } from 'react';
import { cellText, type FigureTableModel, type FigureValue } from '../transforms/figure-table.ts';
import { HIDDEN_COUNT_EXPLANATION } from '../transforms/format.ts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from './utrecht/index.ts';
import { cx } from './utrecht/classNames.ts';

export interface FigureTableProps {
  table: FigureTableModel;
  testId?: string;
  describedBy?: string;
}

export function FigureTable({ table, testId, describedBy }: FigureTableProps) {
  const captionId = useId();
  const [first, ...columns] = table.columns;
  return (
    <div className="utrecht-table__container app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-testid={testId} aria-describedby={describedBy}>
        <TableCaption id={captionId}>{table.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{first?.label}</TableHeaderCell>
            {columns.map((column) => (
              <TableHeaderCell key={column.label} scope="col" numeric={column.numeric}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => {
            const [name, ...values] = row.cells;
            return (
              <TableRow key={row.key} className={cx(row.total && 'app-table-total-row')} data-row={row.key}>
                <TableHeaderCell scope="row">{name === undefined ? '' : cellText(name)}</TableHeaderCell>
                {values.map((value, i) => (
                  <FigureCell key={columns[i]?.label ?? i} value={value} column={i + 1} />
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function FigureCell({ value, column }: { value: FigureValue; column: number }) {
  const hidden = value.kind === 'count' && value.value.suppressed;
  const shown = cellText(value);
  return (
    <TableCell numeric data-column={column} data-suppressed={hidden ? 'true' : undefined} className={cx(hidden && 'app-suppressed')}>
      {hidden ? <abbr title={HIDDEN_COUNT_EXPLANATION}>{shown}</abbr> : shown}
    </TableCell>
  );
}
