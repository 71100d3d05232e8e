// Stacked bar chart of outflow per doelgroep per period. Props only; the table beside it carries
// the numbers. It draws exactly the table's cells: a '<5' has no bar and is counted in a sentence
// under the chart, and the legend lists only the groups that have a bar.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { isTargetGroup, type TargetGroup } from '../lib/contract.ts';
import { formatCount } from '../transforms/format.ts';
import type { OutflowChart as OutflowChartModel, OutflowChartRow } from '../transforms/outflow.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartPatterns, patternId } from './ChartPatterns.tsx';
import { outflowChartConfig } from './outflowChartConfig.ts';

export interface OutflowChartProps {
  chart: OutflowChartModel;
  /** Text alternative: the chart is one image to assistive technology. */
  description: string;
  /** Under the chart when the totals are protected: a bar is the sum of its drawn cells, not the table's total. */
  protectionApplied: boolean;
}

/** Why a stacked bar may differ from the period total in the table. */
export const STACK_NOTE = 'Een staaf is de som van de getekende aantallen per doelgroep; het totaal in de tabel is apart beschermd en kan daar iets van afwijken.';

/** What the tooltip shows for one series: the table's text when the row carries it. */
function tooltipValue(value: unknown, dataKey: unknown, row: unknown): string {
  const displays = (row as Partial<OutflowChartRow> | undefined)?.displays;
  if (displays !== undefined && typeof dataKey === 'string' && isTargetGroup(dataKey)) return displays[dataKey];
  return typeof value === 'number' ? formatCount(value) : '';
}

const AXIS_TEXT = { fill: '#333333', fontSize: 14 } as const;

export function OutflowChart({ chart, description, protectionApplied }: OutflowChartProps) {
  // useId output may contain characters that break url(#…) references.
  const idPrefix = `outflow-pattern-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const { rows, groups: targetGroups } = chart;
  const labelByCode = new Map(rows.map((row) => [row.periodCode, row.periodLabel]));

  return (
    <ChartFrame summary={chart.summary} what="de uitstroom" notes={[protectionApplied ? STACK_NOTE : null]}>
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
    </ChartFrame>
  );
}
