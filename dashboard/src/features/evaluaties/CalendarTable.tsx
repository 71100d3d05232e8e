// The covenant's evaluation calendar: one row per moment with its state, due date and the rule's
// words; a moment without an evaluation gets "Evaluatie maken", whose form opens under its row. Props only.
import type { ReactNode } from 'react';
import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../components/utrecht/index.ts';
import { cx } from '../../components/utrecht/classNames.ts';
import { dateRangeText, kindLabel, periodName, type CalendarRow } from '../../transforms/evaluations.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { PageLink, StateBadge } from './parts.tsx';

export interface CalendarTableProps {
  caption: string;
  rows: readonly CalendarRow[];
  /** The row whose create form is open, and that form. */
  creating: { key: string; form: ReactNode } | null;
  busy: boolean;
  onCreate: (row: CalendarRow) => void;
  hrefForEvaluation: (id: string) => string;
  onOpenEvaluation: (id: string) => void;
}

const COLUMNS = 6;

export function CalendarTable({ caption, rows, creating, ...actions }: CalendarTableProps) {
  return (
    <div className="utrecht-table__container app-table-scroll app-calendar" role="region" aria-label={caption} tabIndex={0}>
      <Table data-testid="evaluation-calendar">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Stand</TableHeaderCell>
            <TableHeaderCell scope="col">Afspraak in het convenant</TableHeaderCell>
            <TableHeaderCell scope="col">Evaluatie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <CalendarRows key={row.key} row={row} form={creating?.key === row.key ? creating.form : null} {...actions} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

type RowProps = Omit<CalendarTableProps, 'caption' | 'rows' | 'creating'> & { row: CalendarRow; form: ReactNode };

function CalendarRows({ row, form, busy, onCreate, hrefForEvaluation, onOpenEvaluation }: RowProps) {
  const name = `${kindLabel(row.kind).toLowerCase()} ${periodName(row.periodCode)}`;
  return (
    <>
      <TableRow data-row={row.key} className={cx(row.state === 'TE_LAAT' && 'app-calendar__late')}>
        <TableHeaderCell scope="row">
          {periodName(row.periodCode)}
          <span className="app-calendar__dates">{dateRangeText(row.periodFrom, row.periodTo)}</span>
        </TableHeaderCell>
        <TableCell>{kindLabel(row.kind)}</TableCell>
        <TableCell className="app-nowrap">{formatDate(row.dueOn)}</TableCell>
        <TableCell>
          <StateBadge state={row.state} data-testid="moment-state" />
        </TableCell>
        <TableCell className="app-calendar__rules">
          {row.rules.map((rule) => (
            <p key={rule.description} className="utrecht-paragraph app-calendar__rule">
              {rule.description} <span className="app-calendar__source">({rule.source})</span>
            </p>
          ))}
        </TableCell>
        <TableCell>
          <div className="app-calendar__actions">
            {row.evaluationId !== null && (
              <PageLink href={hrefForEvaluation(row.evaluationId)} onNavigate={() => onOpenEvaluation(row.evaluationId as string)}>
                Openen<span className="app-visually-hidden">: {name}</span>
              </PageLink>
            )}
            {row.canCreate && (
              <Button onClick={() => onCreate(row)} disabled={busy || form !== null} aria-expanded={form !== null}>
                Evaluatie maken<span className="app-visually-hidden"> voor {name}</span>
              </Button>
            )}
            {row.evaluationId === null && !row.canCreate && <span className="app-calendar__later">Vanaf {formatDate(row.periodFrom)}</span>}
          </div>
        </TableCell>
      </TableRow>
      {form !== null && (
        <TableRow className="app-calendar__form-row">
          <TableCell colSpan={COLUMNS}>{form}</TableCell>
        </TableRow>
      )}
    </>
  );
}
