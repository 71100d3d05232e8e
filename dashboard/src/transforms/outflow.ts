// Pure shaping of an OutflowReport into what the chart and the table show.
import { TARGET_GROUPS, isTargetGroup, type OutflowReport, type TargetGroup } from '../lib/contract.ts';

export type CountsByTargetGroup = Record<TargetGroup, number>;

export interface OutflowRow {
  periodCode: string;
  periodLabel: string;
  counts: CountsByTargetGroup;
  total: number;
}

export interface OutflowTable {
  /** Always all target groups, in contract order, so the table's columns never move. */
  targetGroups: readonly TargetGroup[];
  /** One row per period of the report, in the report's order. */
  rows: OutflowRow[];
  totalsByTargetGroup: CountsByTargetGroup;
  total: number;
}

/** One bar of the stacked chart: recharts reads each series by its target-group key. */
export type OutflowChartRow = { periodCode: string; periodLabel: string; total: number } & CountsByTargetGroup;

export function zeroCounts(): CountsByTargetGroup {
  return { BW: 0, MO: 0, VO: 0, JZ: 0, DET: 0, GGZ: 0, WLZ: 0, OVERIG: 0 };
}

/**
 * Missing cells are zero (the gateway only sends counts > 0). Cells for a period outside
 * `periods`, or for a target group this dashboard does not know, are left out rather than
 * guessed at, so every total is the sum of what the table shows.
 */
export function buildOutflowTable(report: Pick<OutflowReport, 'periods' | 'cells'>): OutflowTable {
  const rowsByCode = new Map<string, OutflowRow>();
  const rows = report.periods.map((period) => {
    const row: OutflowRow = { periodCode: period.code, periodLabel: period.label, counts: zeroCounts(), total: 0 };
    rowsByCode.set(period.code, row);
    return row;
  });

  const totalsByTargetGroup = zeroCounts();
  let total = 0;
  for (const cell of report.cells) {
    const row = rowsByCode.get(cell.periodCode);
    if (row === undefined || !isTargetGroup(cell.targetGroup)) continue;
    row.counts[cell.targetGroup] += cell.count;
    row.total += cell.count;
    totalsByTargetGroup[cell.targetGroup] += cell.count;
    total += cell.count;
  }
  return { targetGroups: TARGET_GROUPS, rows, totalsByTargetGroup, total };
}

/** The chart draws only series that have any outflow, so its legend stays short. */
export function targetGroupsWithOutflow(table: OutflowTable): TargetGroup[] {
  return table.targetGroups.filter((group) => table.totalsByTargetGroup[group] > 0);
}

export function toChartRows(table: OutflowTable): OutflowChartRow[] {
  return table.rows.map((row) => ({
    periodCode: row.periodCode,
    periodLabel: row.periodLabel,
    total: row.total,
    ...row.counts,
  }));
}

export function isEmptyOutflow(table: OutflowTable): boolean {
  return table.total === 0;
}
