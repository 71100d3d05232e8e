// SVG <defs> with one fill pattern per doelgroep: the series colour with white marks on top.
import type { TargetGroup } from '../lib/contract.ts';
import { outflowChartConfig, type PatternKind } from './outflowChartConfig.ts';

const TILE = 8;
const MARK = { stroke: '#ffffff', strokeWidth: 2, strokeOpacity: 0.85 } as const;

function PatternMarks({ kind }: { kind: PatternKind }) {
  switch (kind) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d={`M-2,2 l4,-4 M0,${TILE} l${TILE},-${TILE} M${TILE - 2},${TILE + 2} l4,-4`} {...MARK} />;
    case 'reverse-diagonal':
      return <path d={`M-2,${TILE - 2} l4,4 M0,0 l${TILE},${TILE} M${TILE - 2},-2 l4,4`} {...MARK} />;
    case 'horizontal':
      return <path d={`M0,${TILE / 2} h${TILE}`} {...MARK} />;
    case 'vertical':
      return <path d={`M${TILE / 2},0 v${TILE}`} {...MARK} />;
    case 'crosshatch':
      return <path d={`M0,0 l${TILE},${TILE} M${TILE},0 l-${TILE},${TILE}`} {...MARK} strokeWidth={1.5} />;
    case 'dots':
      return <circle cx={TILE / 2} cy={TILE / 2} r={1.8} fill="#ffffff" fillOpacity={0.9} />;
    case 'grid':
      return <path d={`M0,${TILE / 2} h${TILE} M${TILE / 2},0 v${TILE}`} {...MARK} strokeWidth={1.5} />;
  }
}

export function patternId(idPrefix: string, group: TargetGroup): string {
  return `${idPrefix}-${group}`;
}

export interface PatternSeries {
  key: string;
  color: string;
  pattern: PatternKind;
}

/** One fill pattern per series, referenced as url(#idPrefix-key). */
export function PatternDefs({ idPrefix, series }: { idPrefix: string; series: readonly PatternSeries[] }) {
  return (
    <defs>
      {series.map((s) => (
        <pattern key={s.key} id={`${idPrefix}-${s.key}`} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
          <rect width={TILE} height={TILE} fill={s.color} />
          <PatternMarks kind={s.pattern} />
        </pattern>
      ))}
    </defs>
  );
}

export function ChartPatterns({ idPrefix, groups }: { idPrefix: string; groups: readonly TargetGroup[] }) {
  return <PatternDefs idPrefix={idPrefix} series={groups.map((group) => ({ key: group, ...outflowChartConfig[group] }))} />;
}
