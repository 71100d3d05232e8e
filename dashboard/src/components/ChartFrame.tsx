// Around every chart: when there is nothing to draw, a sentence instead of empty axes and legends;
// when values are left out ('<5'), a sentence under the chart that says how many. Props only.
import type { ReactNode } from 'react';
import { emptyChartText, notDrawnText, type ChartSummary } from '../transforms/chart-summary.ts';
import { Paragraph } from './utrecht/index.ts';

export interface ChartFrameProps {
  summary: ChartSummary;
  /** What the chart shows, for the sentence without it: 'de uitstroom'. */
  what: string;
  /** Further sentences under the drawn chart (null ones are skipped). */
  notes?: readonly (string | null)[];
  /** The empty sentence, when the chart's own words fit better than emptyChartText's. */
  emptyText?: string;
  children: ReactNode;
}

export function ChartFrame({ summary, what, notes = [], emptyText, children }: ChartFrameProps) {
  if (summary.state !== 'drawn') {
    return (
      <Paragraph className="app-chart-empty" data-testid="chart-empty">
        {emptyText ?? emptyChartText(summary.state, what)}
      </Paragraph>
    );
  }
  const lines = [notDrawnText(summary), ...notes].filter((line): line is string => line !== null);
  return (
    <>
      {children}
      {lines.map((line) => (
        <Paragraph key={line} small className="app-chart-note" data-testid="chart-note">
          {line}
        </Paragraph>
      ))}
    </>
  );
}
