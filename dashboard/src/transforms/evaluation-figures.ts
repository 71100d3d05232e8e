// An evaluation's frozen figures shaped into tables. A frozen evaluation holds one period (there is
// no previous one to compare with), so the monitor's two-period tables are cut to their first
// figure column; the rows, labels and hidden cells stay exactly the monitor page's.
import type { FrozenTargetProgress } from '../lib/evaluation-contract.ts';
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { count, text, type FigureTableModel } from './figure-table.ts';
import { EXACT_LEGEND, LEGACY_LEGEND, PROTECTED_LEGEND, SECRET_LEGEND } from './format.ts';
import { afterHomeTable, formatDate, keyFiguresTable } from './monitor.ts';

/** How the figures of evaluations frozen before the cell key method were protected. */
export const LEGACY_DISCLOSURE = 'onderdrukking-2025';

/** The name column and the first figure column of a two-period table. */
function firstPeriodOnly(table: FigureTableModel, caption: string): FigureTableModel {
  return {
    caption,
    columns: table.columns.slice(0, 2),
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.slice(0, 2) })),
  };
}

export function frozenKeyFiguresTable(monitor: UitstroomMonitor, periodName: string): FigureTableModel {
  const names = { current: periodName, previous: periodName };
  return firstPeriodOnly(keyFiguresTable(monitor, monitor, names), `Kerncijfers ${periodName}`);
}

export function frozenAfterHomeTable(monitor: UitstroomMonitor, periodName: string): FigureTableModel {
  const names = { current: periodName, previous: periodName };
  return firstPeriodOnly(afterHomeTable(monitor, monitor, names), `Na de woning: terugval, omklap en negatieve afloop van wie gehuisvest werd in ${periodName}`);
}

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Targets are pro-rated, so often fractional: one decimal, '–' when there is none. */
function amount(value: number | null): string {
  return value === null ? '–' : decimal.format(value);
}

function targetStatusText(progress: FrozenTargetProgress['progress']): string {
  return progress.reliable ? progress.statusLabel : `${progress.statusLabel} (nog onzeker: eerste maand)`;
}

/** Each target's progress as frozen: target, realised, pro-rata expectation, projection and status. */
export function targetProgressTable(targets: readonly FrozenTargetProgress[], periodName: string): FigureTableModel {
  return {
    caption: `Voortgang van de streefaantallen, vastgelegd voor ${periodName}`,
    columns: [
      { label: 'Streefaantal', numeric: false },
      { label: 'Periode van het doel', numeric: false },
      { label: 'Stand op', numeric: false },
      { label: 'Doel', numeric: true },
      { label: 'Gerealiseerd', numeric: true },
      { label: 'Naar rato verwacht', numeric: true },
      { label: 'Prognose', numeric: true },
      { label: 'Status', numeric: false },
    ],
    rows: targets.map(({ targetId, description, progress: p }) => ({
      key: targetId,
      cells: [
        text(description),
        text(`${formatDate(p.periodStart)} t/m ${formatDate(p.periodEnd)}`),
        text(formatDate(p.asOf)),
        text(amount(p.target)),
        count(p.realised),
        text(amount(p.expectedByNow)),
        text(p.projection === null ? 'niet getoond' : amount(p.projection)),
        text(targetStatusText(p)),
      ],
    })),
  };
}

/**
 * The report's statement on how its numbers are protected: from the frozen figures' method
 * (`disclosure`) and whether they were protected at all. Old evaluations (small-cell suppression)
 * say what 'x' means, so no number of 5 or more is read as '<5'.
 */
export function disclosureStatement(figures: { disclosure: string; monitor: Pick<UitstroomMonitor, 'protectionApplied'> }): string {
  if (figures.disclosure === LEGACY_DISCLOSURE) {
    return `${LEGACY_LEGEND} ${SECRET_LEGEND}`;
  }
  return figures.monitor.protectionApplied ? PROTECTED_LEGEND : EXACT_LEGEND;
}

/** A table of an evaluation's frozen figures, marked when they were frozen under the old suppression (its legend says so). */
export function frozenTable(table: FigureTableModel, disclosure: string): FigureTableModel {
  return disclosure === LEGACY_DISCLOSURE ? { ...table, legacySuppression: true } : table;
}

/** The filters an evaluation's figures were made with, as the report lists them. */
export function reportFilters(input: { covenantName: string; subRegionName: string | null; periodName: string; periodFrom: string; periodTo: string }): { label: string; value: string }[] {
  return [
    { label: 'Convenant', value: input.covenantName },
    { label: 'Deelregio', value: input.subRegionName ?? 'hele convenant (alle deelregio’s)' },
    { label: 'Periode', value: `${input.periodName} (${formatDate(input.periodFrom)} t/m ${formatDate(input.periodTo)})` },
    { label: 'Doelgroep', value: 'alle doelgroepen' },
  ];
}
