// The Financiën page's charts. Props only; amounts in cents, axes in whole euros, tooltips to the
// cent. Each chart is one image with a text alternative, and its table beside it has every amount.
// Series differ in fill pattern or line style too, so colour is never the only cue.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { PatternDefs, type PatternSeries } from '../../components/ChartPatterns.tsx';
import type { PatternKind } from '../../components/outflowChartConfig.ts';
import { formatCents } from '../../transforms/format.ts';
import { formatTick, quarterTicks, type BalanceChartRow, type ClaimChart as ClaimChartModel } from '../../transforms/fund-figures.ts';
import { formatEuroTick, type PartyCostChartRow } from '../../transforms/funding-figures.ts';

const AXIS_TEXT = { fill: '#333333', fontSize: 13 } as const;
const LEGEND_STYLE = { color: '#000000', paddingTop: 8 } as const;
const THRESHOLD_COLOUR = '#cc0000';

function usePatternPrefix(name: string): string {
  return `${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

const centsTooltip = (value: unknown): string => (typeof value === 'number' ? formatCents(value) : '–');

const COST_SERIES: readonly (PatternSeries & { label: string })[] = [
  { key: 'budget', label: 'Voorcalculatie', color: '#1c4181', pattern: 'solid' },
  { key: 'actual', label: 'Nacalculatie', color: '#006dff', pattern: 'diagonal' },
];

export function PartyCostChart({ rows, description }: { rows: readonly PartyCostChartRow[]; description: string }) {
  const prefix = usePatternPrefix('kosten');
  return (
    <div className="app-chart" data-testid="cost-chart" role="img" aria-label={description}>
      <BarChart responsive data={[...rows]} style={{ width: '100%', height: '100%' }} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <PatternDefs idPrefix={prefix} series={COST_SERIES} />
        <CartesianGrid vertical={false} stroke="#cccccc" />
        <XAxis dataKey="name" tick={AXIS_TEXT} interval={0} />
        <YAxis tick={AXIS_TEXT} tickFormatter={formatEuroTick} width={88} />
        <Tooltip formatter={centsTooltip} />
        <Legend iconSize={16} itemSorter={null} wrapperStyle={LEGEND_STYLE} />
        {COST_SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={`url(#${prefix}-${s.key})`} stroke={s.color} strokeWidth={1} />
        ))}
      </BarChart>
    </div>
  );
}

export interface BalanceChartProps {
  rows: readonly BalanceChartRow[];
  thresholdCents: number;
  description: string;
}

/** The balance as a step line (it changes only on a day with a booking) and the top-up threshold. */
export function BalanceChart({ rows, thresholdCents, description }: BalanceChartProps) {
  return (
    <div className="app-chart" data-testid="balance-chart" role="img" aria-label={description}>
      <LineChart responsive data={[...rows]} style={{ width: '100%', height: '100%' }} margin={{ top: 24, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#cccccc" />
        <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={quarterTicks(rows)} tickFormatter={formatTick} tick={AXIS_TEXT} />
        <YAxis tick={AXIS_TEXT} tickFormatter={formatEuroTick} width={88} />
        <Tooltip formatter={centsTooltip} labelFormatter={(_, payload) => String(payload[0]?.payload?.label ?? '')} />
        <Legend iconSize={16} wrapperStyle={LEGEND_STYLE} />
        <Line dataKey="balance" name="Saldo" type="stepAfter" stroke="#1c4181" strokeWidth={3} dot={false} isAnimationActive={false} />
        <ReferenceLine
          y={thresholdCents}
          ifOverflow="extendDomain"
          stroke={THRESHOLD_COLOUR}
          strokeWidth={2}
          strokeDasharray="8 4"
          label={{ value: `Drempel ${formatCents(thresholdCents)}`, position: 'insideBottomRight', fill: THRESHOLD_COLOUR, fontSize: 13 }}
        />
      </LineChart>
    </div>
  );
}

/** Colour and pattern per cost type, in turn; every colour has over 3:1 contrast against white. */
const CLAIM_STYLES: readonly { color: string; pattern: PatternKind }[] = [
  { color: '#1c4181', pattern: 'solid' },
  { color: '#006dff', pattern: 'diagonal' },
  { color: '#762cd1', pattern: 'dots' },
  { color: '#0b6e4f', pattern: 'horizontal' },
  { color: '#ad643b', pattern: 'vertical' },
  { color: '#4d4d4d', pattern: 'crosshatch' },
  { color: '#cc0000', pattern: 'reverse-diagonal' },
  { color: '#007a87', pattern: 'grid' },
];

const FALLBACK_STYLE = { color: '#1c4181', pattern: 'solid' } as const;

export function ClaimChart({ chart, description }: { chart: ClaimChartModel; description: string }) {
  const prefix = usePatternPrefix('claims');
  const series = chart.series.map((s, i) => ({ ...s, ...(CLAIM_STYLES[i % CLAIM_STYLES.length] ?? FALLBACK_STYLE) }));
  return (
    <div className="app-chart" data-testid="claim-chart" role="img" aria-label={description}>
      <BarChart responsive data={chart.rows} style={{ width: '100%', height: '100%' }} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <PatternDefs idPrefix={prefix} series={series} />
        <CartesianGrid vertical={false} stroke="#cccccc" />
        <XAxis dataKey="status" tick={AXIS_TEXT} interval={0} />
        <YAxis tick={AXIS_TEXT} tickFormatter={formatEuroTick} width={88} />
        <Tooltip formatter={centsTooltip} />
        <Legend iconSize={16} itemSorter={null} wrapperStyle={LEGEND_STYLE} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.costType} stackId="claims" fill={`url(#${prefix}-${s.key})`} stroke="#ffffff" strokeWidth={1} />
        ))}
      </BarChart>
    </div>
  );
}
