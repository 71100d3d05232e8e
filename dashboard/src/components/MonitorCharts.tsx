// The monitor page's charts. Props only; each has a text alternative, a table beside it with every
// number, and says in words what it leaves out or that there is nothing to draw (ChartFrame).
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSummary } from '../transforms/chart-summary.ts';
import { formatCount } from '../transforms/format.ts';
import { firstBandPastNorm, originNotDrawnText, type AfterHomeChart as AfterHomeModel, type OriginShareRow, type WaitingChart } from '../transforms/monitor-charts.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { PatternDefs, type PatternSeries } from './ChartPatterns.tsx';

const AXIS_TEXT = { fill: '#333333', fontSize: 13 } as const;
const NORM_COLOUR = '#cc0000';

function usePatternPrefix(name: string): string {
  return `${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function countTooltip(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : "'<5' (niet getekend)";
}

const WAITING_SERIES: readonly (PatternSeries & { key: 'housed' | 'stillWaiting'; label: string })[] = [
  { key: 'housed', label: 'Gehuisvest', color: '#1c4181', pattern: 'solid' },
  { key: 'stillWaiting', label: 'Nog wachtend', color: '#006dff', pattern: 'diagonal' },
];

export function WaitingTimeChart({ chart, description }: { chart: WaitingChart; description: string }) {
  const prefix = usePatternPrefix('wachttijd');
  const series = WAITING_SERIES.filter((s) => chart.series.includes(s.key));
  const normBand = firstBandPastNorm(chart.rows);
  return (
    <ChartFrame summary={chart.summary} what="de wachttijd">
      <div className="app-chart" data-testid="waiting-chart" role="img" aria-label={description}>
        <BarChart responsive data={[...chart.rows]} style={{ width: '100%', height: '100%' }} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <PatternDefs idPrefix={prefix} series={series} />
          <CartesianGrid vertical={false} stroke="#cccccc" />
          <XAxis dataKey="label" tick={AXIS_TEXT} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS_TEXT} tickFormatter={(v: number) => formatCount(v)} width={56} />
          <Tooltip formatter={countTooltip} filterNull={false} />
          <Legend iconSize={16} itemSorter={null} wrapperStyle={{ color: '#000000', paddingTop: 8 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="wacht" fill={`url(#${prefix}-${s.key})`} stroke="#ffffff" strokeWidth={1} />
          ))}
          {normBand !== undefined && (
            <ReferenceLine
              x={normBand}
              position="start"
              stroke={NORM_COLOUR}
              strokeWidth={3}
              strokeDasharray="8 4"
              label={{ value: 'Norm: 6 maanden', position: 'insideTopLeft', fill: NORM_COLOUR, fontSize: 13 }}
            />
          )}
        </BarChart>
      </div>
    </ChartFrame>
  );
}

/** Shares are percentages, not counts: drawn when the gateway gives one (a base of at least 10). */
function originSummary(rows: readonly OriginShareRow[]): ChartSummary {
  return { state: rows.some((row) => row.percent !== undefined) ? 'drawn' : 'all-hidden', notDrawn: new Map() };
}

export function OriginShareChart({ rows, overall, description }: { rows: readonly OriginShareRow[]; overall: number | undefined; description: string }) {
  const drawn = rows.filter((row) => row.percent !== undefined);
  const height = Math.max(160, drawn.length * 32 + 60);
  return (
    <ChartFrame
      summary={originSummary(rows)}
      what="het woonplaatsbeginsel"
      emptyText="Geen diagram: bij geen enkele gemeente van herkomst is een aandeel getoond (dat kan pas bij ten minste 10 gehuisveste personen)."
      notes={[originNotDrawnText(rows)]}
    >
      <div className="app-chart" style={{ height }} data-testid="origin-chart" role="img" aria-label={description}>
        <BarChart responsive layout="vertical" data={drawn} style={{ width: '100%', height: '100%' }} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#cccccc" />
          <XAxis type="number" domain={[0, 100]} tick={AXIS_TEXT} tickFormatter={(v: number) => `${v}%`} />
          <YAxis type="category" dataKey="name" tick={AXIS_TEXT} width={150} interval={0} />
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? `${String(v).replace('.', ',')}%` : '')} />
          <Bar dataKey="percent" name="In eigen gemeente" fill="#0b6e4f" />
          {overall !== undefined && (
            <ReferenceLine x={overall} stroke="#000000" strokeDasharray="6 3" strokeWidth={2} label={{ value: `Totaal ${String(overall).replace('.', ',')}%`, position: 'top', fill: '#000000', fontSize: 13 }} />
          )}
        </BarChart>
      </div>
    </ChartFrame>
  );
}

export function AfterHomeChart({ chart, names, description }: { chart: AfterHomeModel; names: { current: string; previous: string }; description: string }) {
  const prefix = usePatternPrefix('nazorg');
  const all: (PatternSeries & { key: 'current' | 'previous'; label: string })[] = [
    { key: 'previous', label: names.previous, color: '#7f7f7f', pattern: 'diagonal' },
    { key: 'current', label: names.current, color: '#1c4181', pattern: 'solid' },
  ];
  const series = all.filter((s) => chart.series.includes(s.key));
  return (
    <ChartFrame summary={chart.summary} what="terugval, omklap en negatieve afloop">
      <div className="app-chart" data-testid="after-home-chart" role="img" aria-label={description}>
        <BarChart responsive data={[...chart.rows]} style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <PatternDefs idPrefix={prefix} series={series} />
          <CartesianGrid vertical={false} stroke="#cccccc" />
          <XAxis dataKey="label" tick={AXIS_TEXT} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS_TEXT} tickFormatter={(v: number) => formatCount(v)} width={56} />
          <Tooltip formatter={countTooltip} filterNull={false} />
          <Legend iconSize={16} itemSorter={null} wrapperStyle={{ color: '#000000', paddingTop: 8 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={`url(#${prefix}-${s.key})`} stroke="#ffffff" strokeWidth={1} />
          ))}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
