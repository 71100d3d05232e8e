// Any monitor table from its model: first column names the row, the others hold figures as shown
// ('<5', 'x' and '—' with an explanation). data-row / data-column let tests read it back.
import { useId } from 'react';
import { cellText, type FigureTableModel, type FigureValue } from '../transforms/figure-table.ts';
import { SECRET_COUNT_EXPLANATION, SMALL_COUNT_EXPLANATION } from '../transforms/format.ts';
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

/** The explanation of a cell that shows no number: '<5', 'x' or '—'; undefined for a number. */
export function cellExplanation(value: FigureValue): string | undefined {
  if (value.kind === 'unpublished') return 'niet gepubliceerd: een totaal over meer dan één periode';
  if (value.kind !== 'count' || value.value.count !== null) return undefined;
  return value.value.display === 'x' ? SECRET_COUNT_EXPLANATION : SMALL_COUNT_EXPLANATION;
}

function FigureCell({ value, column }: { value: FigureValue; column: number }) {
  const explanation = cellExplanation(value);
  const shown = cellText(value);
  const suppressed = value.kind === 'count' && value.value.suppressed;
  return (
    <TableCell numeric data-column={column} data-suppressed={suppressed ? 'true' : undefined} className={cx(explanation !== undefined && 'app-suppressed')}>
      {explanation === undefined ? shown : <abbr title={explanation}>{shown}</abbr>}
    </TableCell>
  );
}
