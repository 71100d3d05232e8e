// Stacked bar chart of outflow per doelgroep per period. Props only; the table beside it carries the numbers.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { isTargetGroup, type TargetGroup } from '../lib/contract.ts';
import { formatCount } from '../transforms/format.ts';
import type { OutflowChartRow } from '../transforms/outflow.ts';
import { ChartPatterns, patternId } from './ChartPatterns.tsx';
import { outflowChartConfig } from './outflowChartConfig.ts';

export interface OutflowChartProps {
  rows: readonly OutflowChartRow[];
  /** Series to draw, bottom to top. */
  targetGroups: readonly TargetGroup[];
  /** Text alternative: the chart is one image to assistive technology. */
  description: string;
}

/** What the tooltip shows for one series: the table's text when the row carries it. */
function tooltipValue(value: unknown, dataKey: unknown, row: unknown): string {
  const displays = (row as Partial<OutflowChartRow> | undefined)?.displays;
  if (displays !== undefined && typeof dataKey === 'string' && isTargetGroup(dataKey)) return displays[dataKey];
  return typeof value === 'number' ? formatCount(value) : '';
}

const AXIS_TEXT = { fill: '#333333', fontSize: 14 } as const;

export function OutflowChart({ rows, targetGroups, description }: OutflowChartProps) {
  // useId output may contain characters that break url(#…) references.
  const idPrefix = `outflow-pattern-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const labelByCode = new Map(rows.map((row) => [row.periodCode, row.periodLabel]));

  return (
    <div className="app-chart" data-testid="outflow-chart" role="img" aria-label={description}>
      <BarChart
        responsive
        data={[...rows]}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        // The wrapper is role="img": a focusable chart inside it would be a tab stop with nothing to announce.
        accessibilityLayer={false}
      >
        <ChartPatterns idPrefix={idPrefix} groups={targetGroups} />
        <CartesianGrid vertical={false} stroke="#cccccc" />
        <XAxis dataKey="periodCode" tick={AXIS_TEXT} tickMargin={6} />
        <YAxis
          allowDecimals={false}
          tick={AXIS_TEXT}
          tickFormatter={(value: number) => formatCount(value)}
          width={56}
          label={{ value: 'Aantal', angle: -90, position: 'insideLeft', fill: '#333333', fontSize: 14 }}
        />
        <Tooltip
          // Same order as the stack, the legend and the table columns.
          itemSorter={(item) => targetGroups.indexOf(item.dataKey as TargetGroup)}
          labelFormatter={(code) => labelByCode.get(String(code)) ?? String(code)}
          // Hidden cells have no bar but still get a line, with the table's '<5'.
          filterNull={false}
          formatter={(value, _name, item) => tooltipValue(value, item.dataKey, item.payload)}
        />
        {/* Legend in stacking order (bottom first), not alphabetical. */}
        <Legend iconSize={16} itemSorter={null} wrapperStyle={{ color: '#000000', paddingTop: 8 }} />
        {targetGroups.map((group) => (
          <Bar
            key={group}
            dataKey={group}
            name={outflowChartConfig[group].label}
            stackId="uitstroom"
            fill={`url(#${patternId(idPrefix, group)})`}
            // A white seam between stacked segments keeps their boundaries visible.
            stroke="#ffffff"
            strokeWidth={1}
          />
        ))}
      </BarChart>
    </div>
  );
}
