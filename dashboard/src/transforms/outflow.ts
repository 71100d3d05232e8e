// Pure shaping of an OutflowReport into what the chart and the table show.
// The gateway computes every total and protects each on its own; nothing here adds up cells.
import { TARGET_GROUPS, isTargetGroup, type IsoDate, type OutflowReport, type ShownCount, type TargetGroup } from '../lib/contract.ts';
import { chartValue, summariseChart, type ChartSummary } from './chart-summary.ts';
import { count, countOrUnpublished, text, type FigureTableModel } from './figure-table.ts';

export type ShownByTargetGroup = Record<TargetGroup, ShownCount>;

/** What a cell the gateway does not send is: published as 0 (protected or not, as the rest). */
export function zero(protectionApplied: boolean): ShownCount {
  return { count: 0, display: '0', suppressed: false, protected: protectionApplied };
}

export interface OutflowRow {
  periodCode: string;
  periodLabel: string;
  /** Voorlopig: the period is not over by the data date. */
  provisional: boolean;
  cells: ShownByTargetGroup;
  /** The gateway's period total. */
  total: ShownCount;
}

export interface OutflowTable {
  /** Always all target groups, in contract order, so the table's columns never move. */
  targetGroups: readonly TargetGroup[];
  /** One row per period of the report, in the report's order. */
  rows: OutflowRow[];
  /** The gateway's target-group totals (a group it sends none for is 0); null when not published. */
  totalsByTargetGroup: ShownByTargetGroup | null;
  /** The gateway's grand total; null when not published (protected, more than one calendar period). */
  total: ShownCount | null;
  /** false when this viewer sees true counts (beheerder). */
  protectionApplied: boolean;
  /** Gegevens t/m. */
  dataDate: IsoDate | null;
}

/**
 * One bar of the stacked chart: recharts reads each series by its target-group key. A cell shown
 * as '<5' is `undefined`, so recharts draws nothing for it; `displays` holds what the table shows.
 */
export type OutflowChartRow = {
  periodCode: string;
  periodLabel: string;
  displays: Record<TargetGroup, string>;
} & Record<TargetGroup, number | undefined>;

function byTargetGroup(value: ShownCount): ShownByTargetGroup {
  return { BW: value, MO: value, VO: value, JZ: value, DET: value, GGZ: value, WLZ: value, OVERIG: value };
}

type ReportPart = Pick<OutflowReport, 'periods' | 'cells' | 'periodTotals' | 'targetGroupTotals' | 'total' | 'protectionApplied'> & Partial<Pick<OutflowReport, 'dataDate'>>;

function rowsOf(report: ReportPart, nothing: ShownCount): OutflowRow[] {
  const periodTotals = new Map<string, ShownCount>();
  for (const entry of report.periodTotals) if (!periodTotals.has(entry.periodCode)) periodTotals.set(entry.periodCode, entry.value);
  const rowsByCode = new Map<string, OutflowRow>();
  const rows = report.periods.map((period) => {
    // The contract sends one total per period; a period without one has nothing to show but 0.
    const row: OutflowRow = { periodCode: period.code, periodLabel: period.label, provisional: period.provisional === true, cells: byTargetGroup(nothing), total: periodTotals.get(period.code) ?? nothing };
    rowsByCode.set(period.code, row);
    return row;
  });
  const seen = new Set<string>();
  for (const cell of report.cells) {
    const row = rowsByCode.get(cell.periodCode);
    const key = `${cell.periodCode}\u0000${cell.targetGroup}`;
    if (row === undefined || !isTargetGroup(cell.targetGroup) || seen.has(key)) continue;
    seen.add(key);
    row.cells = { ...row.cells, [cell.targetGroup]: cell.value };
  }
  return rows;
}

function totalsOf(report: ReportPart, nothing: ShownCount): ShownByTargetGroup | null {
  if (report.targetGroupTotals === null) return null;
  const totals = byTargetGroup(nothing);
  const reported = new Set<TargetGroup>();
  for (const entry of report.targetGroupTotals) {
    if (!isTargetGroup(entry.targetGroup) || reported.has(entry.targetGroup)) continue;
    reported.add(entry.targetGroup);
    totals[entry.targetGroup] = entry.value;
  }
  return totals;
}

/**
 * Missing cells are published zeros (the gateway only sends cells whose published count is > 0).
 * Cells for a period outside `periods`, or for a target group this dashboard does not know, are
 * left out rather than guessed at; for a duplicate cell the first one counts. Totals are taken from
 * the report as they are, never computed from the cells; a total it does not publish stays null.
 */
export function buildOutflowTable(report: ReportPart): OutflowTable {
  const nothing = zero(report.protectionApplied);
  return {
    targetGroups: TARGET_GROUPS,
    rows: rowsOf(report, nothing),
    totalsByTargetGroup: totalsOf(report, nothing),
    total: report.total,
    protectionApplied: report.protectionApplied,
    dataDate: report.dataDate ?? null,
  };
}

export interface OutflowChart {
  rows: OutflowChartRow[];
  /** Target groups with at least one bar to draw, in contract order: the legend lists only these. */
  groups: TargetGroup[];
  summary: ChartSummary;
}

/** The stacked chart draws exactly the table's cells: numbers as bars, '<5' left out and counted. */
export function outflowChart(table: OutflowTable): OutflowChart {
  const rows = table.rows.map((row) => {
    const values = {} as Record<TargetGroup, number | undefined>;
    const displays = {} as Record<TargetGroup, string>;
    for (const group of table.targetGroups) {
      values[group] = chartValue(row.cells[group]);
      displays[group] = row.cells[group].display;
    }
    return { periodCode: row.periodCode, periodLabel: row.periodLabel, displays, ...values };
  });
  const groups = table.targetGroups.filter((group) => table.rows.some((row) => (row.cells[group].count ?? 0) > 0));
  return { rows, groups, summary: summariseChart(table.rows.flatMap((row) => table.targetGroups.map((group) => row.cells[group]))) };
}

/** Nothing published at all: every cell and total 0 (a protected 0 may still stand for 1 to 3 people). */
export function isEmptyOutflow(table: OutflowTable): boolean {
  const totals = [...table.rows.map((row) => row.total), ...(table.total === null ? [] : [table.total])];
  return summariseChart([...totals, ...table.rows.flatMap((row) => Object.values(row.cells))]).state === 'all-zero';
}

/** The period as the table's first column says it: '2026-K4 (voorlopig)' while it runs. */
export function periodCell(row: Pick<OutflowRow, 'periodCode' | 'provisional'>): string {
  return row.provisional ? `${row.periodCode} (voorlopig)` : row.periodCode;
}

/** The outflow table as a figure table, for its CSV download: the same rows and columns as on screen. */
export function outflowFigureTable(table: OutflowTable, caption: string, labelOf: (group: TargetGroup) => string): FigureTableModel {
  const totals = table.totalsByTargetGroup;
  return {
    caption,
    columns: [{ label: 'Kwartaal', numeric: false }, ...table.targetGroups.map((g) => ({ label: labelOf(g), numeric: true })), { label: 'Totaal', numeric: true }],
    rows: [
      ...table.rows.map((row) => ({ key: row.periodCode, cells: [text(periodCell(row)), ...table.targetGroups.map((g) => count(row.cells[g])), count(row.total)] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), ...table.targetGroups.map((g) => countOrUnpublished(totals === null ? null : totals[g])), countOrUnpublished(table.total)] },
    ],
  };
}
