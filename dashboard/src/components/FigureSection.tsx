// One block of the monitor page: heading, a short explanation, the chart, its table and the CSV of that table.
import { useId, type ReactNode } from 'react';
import { anyHidden, type FigureTableModel } from '../transforms/figure-table.ts';
import { SUPPRESSION_NOTE } from '../transforms/format.ts';
import { CsvDownload } from './CsvDownload.tsx';
import { FigureTable } from './FigureTable.tsx';
import { Heading, Paragraph } from './utrecht/index.ts';

export interface FigureSectionProps {
  title: string;
  intro?: ReactNode;
  chart?: ReactNode;
  table: FigureTableModel;
  fileName: string;
  testId: string;
  /** 3 for a section inside another (a fund's parts on the Financiën page). */
  headingLevel?: 2 | 3;
}

export function FigureSection({ title, intro, chart, table, fileName, testId, headingLevel = 2 }: FigureSectionProps) {
  const headingId = useId();
  const noteId = useId();
  const hidden = anyHidden(table);
  return (
    <section className="app-figure" aria-labelledby={headingId} data-testid={testId}>
      <Heading level={headingLevel} id={headingId}>
        {title}
      </Heading>
      {intro !== undefined && <Paragraph>{intro}</Paragraph>}
      {chart}
      <FigureTable table={table} testId={`${testId}-table`} describedBy={hidden ? noteId : undefined} />
      {hidden && (
        <Paragraph small id={noteId} className="app-suppression-note">
          {SUPPRESSION_NOTE}
        </Paragraph>
      )}
      <CsvDownload table={table} fileName={fileName} />
    </section>
  );
}
