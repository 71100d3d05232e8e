// The legend under a table: how its counts are protected (or that they are exact), and what 'x'
// and '—' mean where they occur. One place, so every table says it in the same words. Props only.
import { Paragraph } from './utrecht/index.ts';

export interface TableLegendProps {
  id?: string;
  /** From tableLegend() or outflowLegend(); nothing is rendered without lines. */
  lines: readonly string[];
}

export function TableLegend({ id, lines }: TableLegendProps) {
  if (lines.length === 0) return null;
  return (
    <div id={id} className="app-table-legend" data-testid="table-legend">
      {lines.map((line) => (
        <Paragraph key={line} small>
          {line}
        </Paragraph>
      ))}
    </div>
  );
}
