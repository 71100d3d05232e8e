// Labels, colours and patterns per doelgroep: the one place the chart and the table take them from.
import type { TargetGroup } from '../lib/contract.ts';

/** Fill patterns, so series can be told apart without relying on colour. */
export type PatternKind =
  | 'solid'
  | 'diagonal'
  | 'reverse-diagonal'
  | 'horizontal'
  | 'vertical'
  | 'crosshatch'
  | 'dots'
  | 'grid';

export interface SeriesStyle {
  label: string;
  /** Every colour has well over the 3:1 non-text contrast against white that WCAG 1.4.11 asks. */
  color: string;
  pattern: PatternKind;
}

export const outflowChartConfig: Readonly<Record<TargetGroup, SeriesStyle>> = {
  BW: { label: 'Beschermd wonen', color: '#1c4181', pattern: 'solid' }, // utrecht secondary navy
  MO: { label: 'Maatschappelijke opvang', color: '#006dff', pattern: 'diagonal' }, // utrecht secondary blue
  VO: { label: 'Vrouwenopvang', color: '#762cd1', pattern: 'dots' }, // utrecht secondary purple
  JZ: { label: 'Jeugdzorg met verblijf', color: '#0b6e4f', pattern: 'horizontal' },
  DET: { label: 'Detentie', color: '#4d4d4d', pattern: 'crosshatch' },
  GGZ: { label: 'GGZ-behandelsetting', color: '#ad643b', pattern: 'vertical' }, // utrecht secondary brown
  WLZ: { label: 'Wlz', color: '#cc0000', pattern: 'reverse-diagonal' }, // utrecht secondary red
  OVERIG: { label: 'Overig', color: '#007a87', pattern: 'grid' },
};

export function targetGroupLabel(group: TargetGroup): string {
  return outflowChartConfig[group].label;
}
