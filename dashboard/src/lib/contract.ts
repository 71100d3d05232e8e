// Types mirroring the gateway's GraphQL contract; keep them in step with the supergraph.

/** 'YYYY-MM-DD', as the GraphQL `Date` scalar serialises it. */
export type IsoDate = string;

/** Doelgroep (target group): where a person flows out from, e.g. beschermd wonen. */
export const TARGET_GROUPS = ['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export type PeriodGranularity = 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** Convenant (covenant): the agreement under which parties work together in a region. */
export interface CovenantSummary {
  id: string;
  name: string;
  region: string;
}

export interface Period {
  /** '2025-K3' */
  code: string;
  /** '3e kwartaal 2025' */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export interface OutflowCell {
  periodCode: string;
  targetGroup: TargetGroup;
  count: number;
}

/** Uitstroom (outflow): people who moved from a facility into a home of their own. */
export interface OutflowReport {
  from: IsoDate;
  to: IsoDate;
  granularity: PeriodGranularity;
  /** Every period in [from, to], in order, including empty ones. */
  periods: Period[];
  /** Only cells with count > 0. */
  cells: OutflowCell[];
  total: number;
}

export function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}
