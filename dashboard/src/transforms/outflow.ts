// Pure shaping of an OutflowReport into what the chart and the table show.
// The gateway computes every total and decides which counts are hidden; nothing here adds up cells.
import { TARGET_GROUPS, isTargetGroup, type OutflowReport, type ShownCount, type TargetGroup } from '../lib/contract.ts';
import { count, text, type FigureTableModel } from './figure-table.ts';

export type ShownByTargetGroup = Record<TargetGroup, ShownCount>;

/** A cell the gateway does not send, or a target group without a total: no outflow. */
export const ZERO: Readonly<ShownCount> = Object.freeze({ count: 0, display: '0', suppressed: false });

export interface OutflowRow {
  periodCode: string;
  periodLabel: string;
  cells: ShownByTargetGroup;
  /** The gateway's period total. */
  total: ShownCount;
  /** Whether any cell of this row, or its total, is hidden. */
  anyHidden: boolean;
}

export interface OutflowTable {
  /** Always all target groups, in contract order, so the table's columns never move. */
  targetGroups: readonly TargetGroup[];
  /** One row per period of the report, in the report's order. */
  rows: OutflowRow[];
  /** The gateway's target-group totals; a group it sends none for shows '0'. */
  totalsByTargetGroup: ShownByTargetGroup;
  /** The gateway's grand total. */
  total: ShownCount;
  /** Target groups the gateway sent a total for (any outflow in the range), in contract order. */
  targetGroupsWithOutflow: TargetGroup[];
  /** Whether any number in the table (cell or total) is hidden. */
  anyHidden: boolean;
  /** false when this viewer sees exact counts (beheerder). */
  suppressionApplied: boolean;
}

/**
 * One bar of the stacked chart: recharts reads each series by its target-group key. A hidden
 * cell is `undefined`, so recharts draws nothing for it; `displays` holds what the table shows.
 */
export type OutflowChartRow = {
  periodCode: string;
  periodLabel: string;
  displays: Record<TargetGroup, string>;
  anyHidden: boolean;
} & Record<TargetGroup, number | undefined>;

function zeroByTargetGroup(): ShownByTargetGroup {
  return { BW: ZERO, MO: ZERO, VO: ZERO, JZ: ZERO, DET: ZERO, GGZ: ZERO, WLZ: ZERO, OVERIG: ZERO };
}

/**
 * Missing cells are zero (the gateway only sends cells whose true count is > 0). Cells for a
 * period outside `periods`, or for a target group this dashboard does not know, are left out
 * rather than guessed at; for a duplicate cell the first one counts. Totals are taken from the
 * report as they are, never computed from the cells.
 */
export function buildOutflowTable(
  report: Pick<OutflowReport, 'periods' | 'cells' | 'periodTotals' | 'targetGroupTotals' | 'total' | 'suppressionApplied'>,
): OutflowTable {
  const periodTotals = new Map<string, ShownCount>();
  for (const entry of report.periodTotals) {
    if (!periodTotals.has(entry.periodCode)) periodTotals.set(entry.periodCode, entry.value);
  }

  const rowsByCode = new Map<string, OutflowRow>();
  const rows = report.periods.map((period) => {
    const row: OutflowRow = {
      periodCode: period.code,
      periodLabel: period.label,
      cells: zeroByTargetGroup(),
      // The contract sends one per period; a period without one has nothing to show but 0.
      total: periodTotals.get(period.code) ?? ZERO,
      anyHidden: false,
    };
    rowsByCode.set(period.code, row);
    return row;
  });

  const seen = new Set<string>();
  for (const cell of report.cells) {
    const row = rowsByCode.get(cell.periodCode);
    if (row === undefined || !isTargetGroup(cell.targetGroup)) continue;
    const key = `${cell.periodCode}\u0000${cell.targetGroup}`;
    if (seen.has(key)) continue;
    seen.add(key);
    row.cells[cell.targetGroup] = cell.value;
  }
  for (const row of rows) {
    row.anyHidden = row.total.suppressed || TARGET_GROUPS.some((group) => row.cells[group].suppressed);
  }

  const totalsByTargetGroup = zeroByTargetGroup();
  const reported = new Set<TargetGroup>();
  for (const entry of report.targetGroupTotals) {
    if (!isTargetGroup(entry.targetGroup) || reported.has(entry.targetGroup)) continue;
    reported.add(entry.targetGroup);
    totalsByTargetGroup[entry.targetGroup] = entry.value;
  }

  const anyHidden =
    report.total.suppressed ||
    rows.some((row) => row.anyHidden) ||
    TARGET_GROUPS.some((group) => totalsByTargetGroup[group].suppressed);

  return {
    targetGroups: TARGET_GROUPS,
    rows,
    totalsByTargetGroup,
    total: report.total,
    targetGroupsWithOutflow: TARGET_GROUPS.filter((group) => reported.has(group)),
    anyHidden,
    suppressionApplied: report.suppressionApplied,
  };
}

/** The number a bar may draw: visible counts only; a hidden cell gives undefined, so no bar. */
export function chartValue(value: ShownCount): number | undefined {
  return value.suppressed || value.count === null ? undefined : value.count;
}

export function toChartRows(table: OutflowTable): OutflowChartRow[] {
  return table.rows.map((row) => {
    const values = {} as Record<TargetGroup, number | undefined>;
    const displays = {} as Record<TargetGroup, string>;
    for (const group of table.targetGroups) {
      values[group] = chartValue(row.cells[group]);
      displays[group] = row.cells[group].display;
    }
    return { periodCode: row.periodCode, periodLabel: row.periodLabel, displays, anyHidden: row.anyHidden, ...values };
  });
}

/** Empty only when the gateway says the total is 0; a hidden total ('<5') is not empty. */
export function isEmptyOutflow(table: Pick<OutflowTable, 'total'>): boolean {
  return table.total.count === 0 && !table.total.suppressed;
}

/** The outflow table as a figure table, for its CSV download: the same rows and columns as on screen. */
export function outflowFigureTable(table: OutflowTable, caption: string, labelOf: (group: TargetGroup) => string): FigureTableModel {
  return {
    caption,
    columns: [{ label: 'Kwartaal', numeric: false }, ...table.targetGroups.map((g) => ({ label: labelOf(g), numeric: true })), { label: 'Totaal', numeric: true }],
    rows: [
      ...table.rows.map((row) => ({ key: row.periodCode, cells: [text(row.periodCode), ...table.targetGroups.map((g) => count(row.cells[g])), count(row.total)] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), ...table.targetGroups.map((g) => count(table.totalsByTargetGroup[g])), count(table.total)] },
    ],
  };
}
