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

/**
 * A count as this viewer may see it. Small counts (1–4), and counts that would let one be worked
 * out, are suppressed: `count` is then null, so the number never reaches the browser.
 */
export interface ShownCount {
  /** null when suppressed. */
  count: number | null;
  /** What to show: '12', '0' or '<5'. */
  display: string;
  suppressed: boolean;
}

export interface OutflowCell {
  periodCode: string;
  targetGroup: TargetGroup;
  value: ShownCount;
}

export interface OutflowPeriodTotal {
  periodCode: string;
  value: ShownCount;
}

export interface OutflowTargetGroupTotal {
  targetGroup: TargetGroup;
  value: ShownCount;
}

/**
 * Uitstroom (outflow): people who moved from a facility into a home of their own.
 * The gateway computes every total itself; with suppression the dashboard cannot (and must not)
 * add up cells.
 */
export interface OutflowReport {
  from: IsoDate;
  to: IsoDate;
  granularity: PeriodGranularity;
  /** Every period in [from, to], in order, including empty ones. */
  periods: Period[];
  /** Every cell whose true count is > 0, suppressed ones included (count null); absent cells are 0. */
  cells: OutflowCell[];
  /** One per period, in the order of `periods`. */
  periodTotals: OutflowPeriodTotal[];
  /** One per target group that has any outflow in the range. */
  targetGroupTotals: OutflowTargetGroupTotal[];
  /** Grand total. */
  total: ShownCount;
  /** false only for roles that may see exact counts (beheerder). */
  suppressionApplied: boolean;
}

export function isTargetGroup(value: string): value is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(value);
}

/** One problem in an imported file; `reason` is Dutch, for whoever keeps the sheet. */
export interface ImportProblem {
  /** Line in the file; the header is line 1. */
  line: number;
  /** null when the problem concerns the whole line or file. */
  column: string | null;
  reason: string;
}

/**
 * Answer to importUitstroommonitor. All or nothing: when `imported` is false nothing was written
 * and `errors` lists every problem.
 */
export interface ImportResult {
  fileName: string;
  imported: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
}
