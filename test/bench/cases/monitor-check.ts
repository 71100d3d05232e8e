// The monitor page's figures from both sides as one flat map name → count, so the gateway's exact
// answer (a viewer without suppression) and the raw SQL can be compared figure by figure.
import type { MonitorPageData } from './monitor-operation.ts';
import type { MonitorSqlResult } from './monitor-sql.ts';

type Figures = Map<string, number | null>;

/** Gateway field → raw SQL column of AfterHome. */
const AFTER_HOME: readonly [string, string][] = [
  ['housed', 'housed'],
  ['temporaryRelapseWithin6Months', 'temporary_within_6_months'],
  ['structuralRelapseWithin6Months', 'structural_within_6_months'],
  ['temporaryRelapseWithin12Months', 'temporary_within_12_months'],
  ['structuralRelapseWithin12Months', 'structural_within_12_months'],
  ['omklap', 'omklap'],
  ['negativeEndings', 'negative_endings'],
];

export function gatewayFigures(data: MonitorPageData): Figures {
  if (!data.covenant) throw new Error('the gateway found no such covenant');
  const { outflow, monitor } = data.covenant;
  const figures: Figures = new Map();
  for (const cell of outflow.cells) figures.set(`outflow ${cell.periodCode} ${cell.targetGroup}`, cell.value.count);
  figures.set('outflow total', outflow.total.count);
  for (const row of monitor.outflowByFacility.rows) figures.set(`facility ${row.key}`, row.value.count);
  for (const row of monitor.outflowByAgeCategory.rows) figures.set(`age ${row.key}`, row.value.count);
  for (const row of monitor.woonplaatsbeginsel.perGemeente) {
    figures.set(`origin ${row.gemeente.id} housed`, row.housed.count);
    figures.set(`origin ${row.gemeente.id} returned`, row.returnedToOrigin.count);
  }
  figures.set('waiting registered', monitor.waitingTime.registered.count);
  figures.set('waiting housed', monitor.waitingTime.housed.count);
  figures.set('waiting still', monitor.waitingTime.stillWaiting.count);
  for (const [field] of AFTER_HOME) figures.set(`afterHome ${field}`, (monitor.afterHome[field] as { count: number | null }).count);
  figures.set('open total', monitor.prognosis[0]?.openTrajectories.count ?? null);
  figures.set('open pastNorm', monitor.signals.pastNorm.count);
  figures.set('signals relapses', monitor.signals.relapses.count);
  figures.set('signals negativeEndings', monitor.signals.negativeEndings.count);
  return figures;
}

const sum = (rows: Record<string, unknown>[], pick: (row: Record<string, unknown>) => boolean = () => true) =>
  rows.filter(pick).reduce((total, row) => total + Number(row.n), 0);

/** normDays: the waiting norm as the gateway reports it, so "past the norm" means the same on both sides. */
export function sqlFigures(result: MonitorSqlResult, normDays: number): Figures {
  const figures: Figures = new Map();
  for (const row of result.outflow) figures.set(`outflow ${String(row.period_code)} ${String(row.target_group)}`, Number(row.n));
  figures.set('outflow total', sum(result.outflow));
  for (const row of result.facility) figures.set(`facility ${String(row.key)}`, Number(row.n));
  for (const row of result.ageCategory) figures.set(`age ${String(row.key)}`, Number(row.n));
  for (const row of result.byOrigin) {
    figures.set(`origin ${String(row.origin_id)} housed`, Number(row.housed));
    figures.set(`origin ${String(row.origin_id)} returned`, Number(row.returned));
  }
  figures.set('waiting registered', sum(result.cohort));
  figures.set('waiting housed', sum(result.cohort, (row) => row.housed === true));
  figures.set('waiting still', sum(result.cohort, (row) => row.housed === false));
  const afterHome = result.afterHome[0] ?? {};
  for (const [field, column] of AFTER_HOME) figures.set(`afterHome ${field}`, Number(afterHome[column]));
  figures.set('open total', sum(result.open));
  figures.set('open pastNorm', sum(result.open, (row) => Number(row.days) > normDays));
  figures.set('signals relapses', Number(result.signals[0]?.relapses));
  figures.set('signals negativeEndings', Number(result.signals[0]?.negative_endings));
  return figures;
}

/** Throws, listing every figure that differs, unless both sides give the same counts. */
export function assertSameFigures(gateway: Figures, sql: Figures): void {
  const names = [...new Set([...gateway.keys(), ...sql.keys()])].sort();
  const differences = names.filter((name) => gateway.get(name) !== sql.get(name));
  if (differences.length > 0) {
    const lines = differences.slice(0, 25).map((name) => `  ${name}: gateway ${String(gateway.get(name))}, raw SQL ${String(sql.get(name))}`);
    throw new Error(`the gateway and the raw SQL disagree on ${differences.length} of ${names.length} figures:\n${lines.join('\n')}`);
  }
  if ((gateway.get('outflow total') ?? 0) === 0) throw new Error('no outflow in the range: the comparison would prove nothing');
}
