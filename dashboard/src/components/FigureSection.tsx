// One block of the monitor page: heading, a short explanation, the chart, its table with its legend,
// notes on what a figure does not cover yet, and the CSV of that table.
import { useId, type ReactNode } from 'react';
import { tableLegend, type FigureTableModel } from '../transforms/figure-table.ts';
import { CsvDownload } from './CsvDownload.tsx';
import { FigureTable } from './FigureTable.tsx';
import { TableLegend } from './TableLegend.tsx';
import { Heading, Paragraph } from './utrecht/index.ts';

export interface FigureSectionProps {
  title: string;
  intro?: ReactNode;
  chart?: ReactNode;
  table: FigureTableModel;
  /** Sentences under the table about what its figures do not cover (yet). */
  notes?: readonly string[];
  fileName: string;
  testId: string;
  /** 3 for a section inside another (a fund's parts on the Financiën page). */
  headingLevel?: 2 | 3;
}

export function FigureSection({ title, intro, chart, table, notes = [], fileName, testId, headingLevel = 2 }: FigureSectionProps) {
  const headingId = useId();
  const legendId = useId();
  const legend = tableLegend(table);
  return (
    <section className="app-figure" aria-labelledby={headingId} data-testid={testId}>
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {intro !== undefined && <Paragraph>{intro}</Paragraph>}
      {chart}
      <FigureTable table={table} testId={`${testId}-table`} describedBy={legend.length > 0 ? legendId : undefined} />
      {notes.map((note) => (
        <Paragraph key={note} small className="app-figure-note" data-testid="figure-note">
          {note}
        </Paragraph>
      ))}
      <TableLegend id={legendId} lines={legend} />
      <CsvDownload table={table} fileName={fileName} />
    </section>
  );
}
