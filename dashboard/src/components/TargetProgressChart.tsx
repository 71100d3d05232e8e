// Cumulative progress towards a target: realised (solid line over a filled area), the pro-rata
// expectation (dotted), the projection to the period's end (dashed) and the target (a thick
// horizontal line with its label). Line styles differ, so colour is never the only cue. Props only;
// the table beside it carries every number. The legend draws each line with its own dash. A month
// whose realised count shows '<5' has no point, and the sentence under the chart says so.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TargetProgressPoint } from '../lib/target-contract.ts';
import { summariseChart, type ChartSummary } from '../transforms/chart-summary.ts';
import { formatCount } from '../transforms/format.ts';
import { formatAmount, formatDecimal, progressChartRows } from '../transforms/targets.ts';
import { ChartFrame } from './ChartFrame.tsx';

export interface TargetProgressChartProps {
  history: readonly TargetProgressPoint[];
  /** The target for the period; null draws no target line. */
  target: number | null;
  /** Text alternative: the chart is one image to assistive technology. */
  description: string;
}

const AXIS_TEXT = { fill: '#333333', fontSize: 13 } as const;

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11); each series also has its own dash. */
export const progressChartConfig = {
  realised: { label: 'Gerealiseerd', color: '#1c4181', fill: '#d2dcee' },
  proRata: { label: 'Naar rato', color: '#4d4d4d', dash: '2 4' },
  projection: { label: 'Prognose', color: '#006dff', dash: '8 5' },
  target: { label: 'Streefaantal', color: '#cc0000' },
} as const;

function tooltipValue(value: unknown): string {
  if (typeof value !== 'number') return '–';
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(value);
}

/** The pro-rata and target lines are worth drawing on their own; without them, a chart of only zeros or '<5' is not. */
function progressSummary(history: readonly TargetProgressPoint[], target: number | null): ChartSummary {
  const realised = summariseChart(history.flatMap((point) => (point.realised === null ? [] : [point.realised])));
  const lines = target !== null || history.some((point) => point.proRata !== null || point.projection !== null);
  return lines ? { ...realised, state: 'drawn' } : realised;
}

export function TargetProgressChart({ history, target, description }: TargetProgressChartProps) {
  const c = progressChartConfig;
  const rows = progressChartRows(history);
  return (
    <ChartFrame summary={progressSummary(history, target)} what="het gerealiseerde aantal">
      <div className="app-chart app-target-chart" data-testid="target-chart" role="img" aria-label={description}>
        <ComposedChart
          responsive
          data={[...rows]}
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
          // The wrapper is role="img": a focusable chart inside it would be a tab stop with nothing to announce.
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="#cccccc" />
          <XAxis dataKey="label" tick={AXIS_TEXT} interval={0} />
          <YAxis allowDecimals={false} tickCount={6} tick={AXIS_TEXT} tickFormatter={(v: number) => formatCount(v)} width={48} />
          <Tooltip formatter={tooltipValue} />
          <Legend iconSize={16} itemSorter={null} wrapperStyle={{ color: '#000000', paddingTop: 8 }} />
          <Area dataKey="realised" name={c.realised.label} type="linear" stroke={c.realised.color} strokeWidth={3} fill={c.realised.fill} fillOpacity={1} isAnimationActive={false} />
          <Line dataKey="proRata" name={c.proRata.label} type="linear" stroke={c.proRata.color} strokeWidth={2} strokeDasharray={c.proRata.dash} dot={false} legendType="plainline" isAnimationActive={false} />
          <Line dataKey="projection" name={c.projection.label} type="linear" stroke={c.projection.color} strokeWidth={3} strokeDasharray={c.projection.dash} dot={false} legendType="plainline" isAnimationActive={false} />
          {target !== null && (
            <ReferenceLine
              y={target}
              ifOverflow="extendDomain"
              stroke={c.target.color}
              strokeWidth={3}
              label={{ value: `${c.target.label} ${formatAmount(target)}`, position: 'insideTopLeft', fill: c.target.color, fontSize: 13 }}
            />
          )}
        </ComposedChart>
      </div>
    </ChartFrame>
  );
}
