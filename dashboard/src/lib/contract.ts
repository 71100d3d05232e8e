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
  /** Voorlopig: the period is not over by the covenant's data date, so its figures will still change. */
  provisional: boolean;
  /** '2025-K3' */
  code: string;
  /** '3e kwartaal 2025' */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/**
 * A count as this viewer may see it. For every role but the beheerder it is protected (cell key
 * method): the true count plus a small adjustment, so totals need not add up; a published 1–4 is
 * shown as '<5' with `count` null, so the number never reaches the browser. Evaluations frozen
 * before the cell key method show 'x' for a number of 5 or more hidden to protect another.
 */
export interface ShownCount {
  /** null when shown as '<5' (or 'x' in an old evaluation). */
  count: number | null;
  /** What to show: '12', '0', '<5' (published 1–4) or 'x'. */
  display: string;
  /** true exactly when the number is not shown ('<5', or 'x' in an old evaluation). */
  suppressed: boolean;
  /** true for every role but the beheerder: the count carries a small adjustment. */
  protected: boolean;
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
 * The gateway computes every total itself, each protected on its own: the dashboard cannot (and
 * must not) add up cells.
 */
export interface OutflowReport {
  from: IsoDate;
  to: IsoDate;
  granularity: PeriodGranularity;
  /** Gegevens t/m: the covenant's data date; null when nothing is recorded. */
  dataDate: IsoDate | null;
  /** Every period in [from, to], in order, including empty ones. */
  periods: Period[];
  /** Every cell whose published count is > 0 ('<5' included); absent cells are published as 0. */
  cells: OutflowCell[];
  /** One per period, in the order of `periods`. */
  periodTotals: OutflowPeriodTotal[];
  /** One per target group with a published total > 0; null for a protected viewer over more than one calendar period. */
  targetGroupTotals: OutflowTargetGroupTotal[] | null;
  /** Grand total; null for a protected viewer over more than one calendar period. */
  total: ShownCount | null;
  /** false only for roles that see true counts (beheerder). */
  protectionApplied: boolean;
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
