// The monitor page's figures from both sides as one flat map name → figure, compared figure by figure:
// the beheerder's true counts against the raw SQL's counts, and a protected viewer's published
// numbers against the raw SQL's counts and key sums put through the cell key method.
import { cellKeyProtected, EMPTY, sum, type Tally } from '@uitstroom/disclosure';
import type { MonitorPageData, Shown } from './monitor-operation.ts';
import type { MonitorSqlResult } from './monitor-sql.ts';

/** Gateway field → raw SQL column of AfterHome (its key sum is the column + '_key_sum'). */
const AFTER_HOME: readonly [string, string][] = [
  ['housed', 'housed'],
  ['temporaryRelapseWithin6Months', 'temporary_within_6_months'],
  ['structuralRelapseWithin6Months', 'structural_within_6_months'],
  ['temporaryRelapseWithin12Months', 'temporary_within_12_months'],
  ['structuralRelapseWithin12Months', 'structural_within_12_months'],
  ['omklap', 'omklap'],
  ['negativeEndings', 'negative_endings'],
];

export function gatewayFigures(data: MonitorPageData): Map<string, Shown> {
  if (!data.covenant) throw new Error('the gateway found no such covenant');
  const { outflow, monitor } = data.covenant;
  const figures = new Map<string, Shown>();
  for (const cell of outflow.cells) figures.set(`outflow ${cell.periodCode} ${cell.targetGroup}`, cell.value);
  if (outflow.total) figures.set('outflow total', outflow.total);
  for (const row of monitor.outflowByFacility.rows) figures.set(`facility ${row.key}`, row.value);
  for (const row of monitor.outflowByAgeCategory.rows) figures.set(`age ${row.key}`, row.value);
  for (const row of monitor.woonplaatsbeginsel.perGemeente) {
    figures.set(`origin ${row.gemeente.id} housed`, row.housed);
    figures.set(`origin ${row.gemeente.id} returned`, row.returnedToOrigin);
  }
  figures.set('waiting registered', monitor.waitingTime.registered);
  figures.set('waiting housed', monitor.waitingTime.housed);
  figures.set('waiting still', monitor.waitingTime.stillWaiting);
  for (const [field] of AFTER_HOME) figures.set(`afterHome ${field}`, monitor.afterHome[field] as Shown);
  const open = monitor.prognosis[0]?.openTrajectories;
  if (open) figures.set('open total', open);
  figures.set('open pastNorm', monitor.signals.pastNorm);
  figures.set('signals relapses', monitor.signals.relapses);
  figures.set('signals negativeEndings', monitor.signals.negativeEndings);
  return figures;
}

const tally = (row: Record<string, unknown> | undefined, n: string, keySum: string): Tally => ({ n: Number(row?.[n] ?? 0), keySum: Number(row?.[keySum] ?? 0) });
const rowTally = (row: Record<string, unknown>) => tally(row, 'n', 'key_sum');
const total = (rows: Record<string, unknown>[], pick: (row: Record<string, unknown>) => boolean = () => true) => sum(rows.filter(pick).map(rowTally));

/** normDays: the waiting norm as the gateway reports it, so "past the norm" means the same on both sides. */
export function sqlFigures(rows: MonitorSqlResult, normDays: number): Map<string, Tally> {
  const figures = new Map<string, Tally>();
  for (const row of rows.outflow) figures.set(`outflow ${String(row.period_code)} ${String(row.target_group)}`, rowTally(row));
  figures.set('outflow total', total(rows.outflow));
  for (const row of rows.facility) figures.set(`facility ${String(row.key)}`, rowTally(row));
  for (const row of rows.ageCategory) figures.set(`age ${String(row.key)}`, rowTally(row));
  for (const row of rows.byOrigin) {
    figures.set(`origin ${String(row.origin_id)} housed`, tally(row, 'housed', 'housed_key_sum'));
    figures.set(`origin ${String(row.origin_id)} returned`, tally(row, 'returned', 'returned_key_sum'));
  }
  figures.set('waiting registered', total(rows.cohort));
  figures.set('waiting housed', total(rows.cohort, (row) => row.housed === true));
  figures.set('waiting still', total(rows.cohort, (row) => row.housed === false));
  for (const [field, column] of AFTER_HOME) figures.set(`afterHome ${field}`, tally(rows.afterHome[0], column, `${column}_key_sum`));
  figures.set('open total', total(rows.open));
  figures.set('open pastNorm', total(rows.open, (row) => Number(row.days) > normDays));
  figures.set('signals relapses', tally(rows.signals[0], 'relapses', 'relapses_key_sum'));
  figures.set('signals negativeEndings', tally(rows.signals[0], 'negative_endings', 'negative_endings_key_sum'));
  return figures;
}

/**
 * Throws, listing every figure that differs, unless the gateway shows each figure as `expected`
 * makes it from the raw SQL's tally. Rows the gateway leaves out (published 0) count as "0".
 */
function assertAgree(viewer: string, gateway: Map<string, Shown>, sql: Map<string, Tally>, expected: (t: Tally) => string): void {
  const names = [...new Set([...gateway.keys(), ...sql.keys()])].sort();
  const shown = (name: string) => gateway.get(name)?.display ?? '0';
  const differences = names.filter((name) => shown(name) !== expected(sql.get(name) ?? EMPTY));
  if (differences.length > 0) {
    const lines = differences.slice(0, 25).map((name) => `  ${name}: gateway ${shown(name)}, from the raw SQL ${expected(sql.get(name) ?? EMPTY)} (true ${sql.get(name)?.n ?? 0})`);
    throw new Error(`as the ${viewer}, the gateway and the raw SQL disagree on ${differences.length} of ${names.length} figures:\n${lines.join('\n')}`);
  }
  if ((sql.get('outflow total')?.n ?? 0) === 0) throw new Error('no outflow in the range: the comparison would prove nothing');
}

/** The beheerder sees every count exactly. */
export function assertSameFigures(gateway: Map<string, Shown>, sql: Map<string, Tally>): void {
  assertAgree('beheerder', gateway, sql, (t) => String(t.n));
}

/** A protected viewer sees each count as the cell key method publishes its true count and key sum. */
export function assertProtectedFigures(gateway: Map<string, Shown>, sql: Map<string, Tally>): void {
  for (const [name, figure] of gateway) if (!figure.protected) throw new Error(`as a protected viewer, ${name} is not marked protected`);
  assertAgree('werkgroep', gateway, sql, (t) => cellKeyProtected.show(t).display);
}
