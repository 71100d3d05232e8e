// Every problem the server found in a refused file: line, column and the Dutch reason. Props only.
import { useId } from 'react';
import type { ImportProblem } from '../lib/contract.ts';
import { MAX_PROBLEMS_SHOWN, problemColumn, problemsShownNote } from '../transforms/import.ts';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Paragraph,
} from './utrecht/index.ts';

export interface ImportProblemsTableProps {
  caption: string;
  problems: readonly ImportProblem[];
}

export function ImportProblemsTable({ caption, problems }: ImportProblemsTableProps) {
  const captionId = useId();
  const noteId = useId();
  // Tens of thousands of rows would stall the browser, and nobody reads past the first ones.
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const note = problemsShownNote(problems.length, shown.length);
  return (
    <>
      {/* Above the table, where it is read before a thousand rows. */}
      {note !== null && (
        <Paragraph small id={noteId}>
          {note}
        </Paragraph>
      )}
      {/* Long reasons scroll sideways on narrow screens; focusable and named so keyboard users can scroll too. */}
      <div className="utrecht-table__container app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table data-testid="import-errors" className="app-problems" aria-describedby={note === null ? undefined : noteId}>
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" numeric>
                Regel
              </TableHeaderCell>
              <TableHeaderCell scope="col">Kolom</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((problem, index) => (
              // Several problems can share a line and a column: the position in the list keeps keys unique.
              <TableRow key={`${index}-${problem.line}`}>
                <TableCell numeric data-line={problem.line}>
                  {problem.line}
                </TableCell>
                <TableCell>{problemColumn(problem.column)}</TableCell>
                <TableCell className="app-problems__reason">{problem.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
