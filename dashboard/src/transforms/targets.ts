// The targets (streefaantallen) shaped for the Bestuurlijk overleg page: grouped per covenant, in
// words, as a monthly table (and CSV) and as chart rows. The gateway computes every figure; nothing
// here adds up. Rounding rule: a pro-rated target, the pro-rata expectation and the projection are
// fractional; the cards round them to whole numbers ("≈ 79"), the monthly tables to one decimal.
import type { IsoDate, ShownCount } from '../lib/contract.ts';
import type { EvaluationKind, EvaluationMoment, EvaluationMomentState, ProjectionMethod, Target, TargetMetric, TargetProgress, TargetProgressPoint, TargetStatus } from '../lib/target-contract.ts';
import { chartValue } from './chart-summary.ts';
import { count, days, text, type FigureTableModel, type FigureValue } from './figure-table.ts';
import { formatCount } from './format.ts';
import { formatDate } from './monitor.ts';
import { effectivePeildatum } from './peildatum.ts';

export interface CovenantTargets {
  covenant: Target['covenant'];
  /** Targets that apply on the peildatum (or start later), as the gateway lists them. */
  current: Target[];
  /** Targets that stopped applying before it: shown folded away, with the figures of their last period. */
  ended: Target[];
}

/** Whether the target stopped applying before the peildatum (null: its covenant's data date). */
export function hasEnded(target: Pick<Target, 'validTo'> & { covenant: Pick<Target['covenant'], 'dataDate'> }, peildatum: IsoDate | null, today: IsoDate): boolean {
  return target.validTo !== null && target.validTo < effectivePeildatum(peildatum, target.covenant.dataDate, today);
}

/** One group per covenant, alphabetically by name. */
export function groupByCovenant(targets: readonly Target[], peildatum: IsoDate | null, today: IsoDate): CovenantTargets[] {
  const groups = new Map<string, CovenantTargets>();
  for (const target of targets) {
    const group = groups.get(target.covenant.id) ?? { covenant: target.covenant, current: [], ended: [] };
    (hasEnded(target, peildatum, today) ? group.ended : group.current).push(target);
    groups.set(target.covenant.id, group);
  }
  return [...groups.values()].sort((a, b) => a.covenant.name.localeCompare(b.covenant.name, 'nl'));
}

/** 'Afgelopen streefaantal (1)', 'Afgelopen streefaantallen (4)' */
export function endedText(ended: number): string {
  return `${ended === 1 ? 'Afgelopen streefaantal' : 'Afgelopen streefaantallen'} (${formatCount(ended)})`;
}

const decimalFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 8.333 → '8,3' (tables). */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** 100 → '100'; 79.4 → '≈ 79' (cards): a whole number is exact, a pro-rated one is said to be rounded. */
export function formatAmount(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : `≈ ${formatCount(Math.round(value))}`;
}

const UNITS: Record<TargetMetric, [string, string]> = { BEZOEKEN: ['bezoek', 'bezoeken'], WONINGEN: ['woning', 'woningen'] };

/** (BEZOEKEN, 1) → 'bezoek'; (WONINGEN, 12) → 'woningen'. */
export function metricUnit(metric: TargetMetric, n: number): string {
  return UNITS[metric][n === 1 ? 0 : 1];
}

const METHODS: Record<ProjectionMethod, string> = {
  RUN_RATE: 'op basis van het tempo tot nu',
  SEASONAL: 'op basis van het seizoenspatroon van eerdere jaren',
};

export function projectionMethodText(method: ProjectionMethod): string {
  return METHODS[method];
}

/** '1 januari 2026 t/m 31 december 2026' */
export function periodText(progress: Pick<TargetProgress, 'periodStart' | 'periodEnd'>): string {
  return `${formatDate(progress.periodStart)} t/m ${formatDate(progress.periodEnd)}`;
}

/** The covenant's consequence matters when the target is not on course, either way. */
export function showsConsequence(status: TargetStatus | null): boolean {
  return status === 'ACHTER' || status === 'BOVEN';
}

/** How a status looks: each tone has its own icon shape and word besides its colour. */
export type StatusTone = 'op-koers' | 'achter' | 'boven' | 'onbekend';

const TONES: Record<TargetStatus, StatusTone> = { OP_KOERS: 'op-koers', ACHTER: 'achter', BOVEN: 'boven' };

export function statusTone(status: TargetStatus | null): StatusTone {
  return status === null ? 'onbekend' : TONES[status];
}

/** The badge's word: the gateway's label ('op koers'); without a status 'onbekend', the missing input is said beside it. */
export function statusWord(progress: Pick<TargetProgress, 'status' | 'statusLabel'>): string {
  return progress.status === null ? 'onbekend' : progress.statusLabel;
}

export interface TargetFigure {
  key: string;
  label: string;
  value: string;
}

const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** 1000 → '10%'; 750 → '7,5%'. */
export function formatBasisPoints(basisPoints: number): string {
  return `${percentFormat.format(basisPoints / 100)}%`;
}

/** A realised count in words: '46 bezoeken', '<5 woningen' (the gateway's display when it shows no number). */
export function realisedText(metric: TargetMetric, realised: ShownCount): string {
  return realised.count === null ? `${realised.display} ${metricUnit(metric, 2)}` : `${formatCount(realised.count)} ${metricUnit(metric, realised.count)}`;
}

/** Why a card shows no projection: it would give away a realised count shown as '<5'. */
export const PROJECTION_HIDDEN = "niet getoond zolang het gerealiseerde aantal '<5' is";

/** The figures on a target's card, in words a bestuurder reads aloud. */
export function targetFigures(target: Pick<Target, 'metric' | 'progress' | 'toleranceBasisPoints'>): TargetFigure[] {
  const p = target.progress;
  const unit = (n: number) => metricUnit(target.metric, Math.round(n));
  const asOf = formatDate(p.asOf);
  return [
    { key: 'periode', label: 'Periode', value: periodText(p) },
    { key: 'gerealiseerd', label: `Gerealiseerd t/m ${asOf}`, value: realisedText(target.metric, p.realised) },
    { key: 'streefaantal', label: 'Streefaantal voor de periode', value: p.target === null ? 'onbekend' : `${formatAmount(p.target)} ${unit(p.target)}` },
    { key: 'pro-rata', label: `Verwacht t/m ${asOf} (naar rato)`, value: p.expectedByNow === null ? 'onbekend' : formatAmount(p.expectedByNow) },
    { key: 'prognose', label: `Prognose op ${formatDate(p.periodEnd)}`, value: p.projection === null ? PROJECTION_HIDDEN : `${formatAmount(p.projection)}, ${projectionMethodText(p.projectionMethod)}` },
    { key: 'marge', label: 'Op koers bij een prognose', value: `binnen ${formatBasisPoints(target.toleranceBasisPoints)} van het streefaantal` },
  ];
}

const KINDS: Record<EvaluationKind, string> = {
  KWARTAAL: 'Kwartaalrapportage',
  HALFJAAR: 'Halfjaarlijkse monitor',
  JAAR: 'Jaarlijkse evaluatie',
  EENMALIG: 'Eenmalige evaluatie',
};

const STATES: Record<EvaluationMomentState, string> = { VASTGESTELD: 'vastgesteld', CONCEPT: 'concept', TE_LAAT: 'te laat', GEPLAND: 'gepland' };

/** '2025-H1' stays; 'convenantjaar-2' → 'convenantjaar 2'; 'eenmalig-6' → '6 maanden na de start'. */
export function evaluationPeriodText(periodCode: string): string {
  const oneOff = /^eenmalig-(\d+)$/.exec(periodCode);
  if (oneOff !== null) return `${oneOff[1]} maanden na de start`;
  return periodCode.replace(/^convenantjaar-(\d+)$/, 'convenantjaar $1');
}

/** 'Halfjaarlijkse monitor 2026-H2, uiterlijk 31 januari 2027 (gepland)' */
export function evaluationText(moment: Pick<EvaluationMoment, 'kind' | 'periodCode' | 'dueOn' | 'state'>): string {
  return `${KINDS[moment.kind]} ${evaluationPeriodText(moment.periodCode)}, uiterlijk ${formatDate(moment.dueOn)} (${STATES[moment.state]})`;
}

/** A moment in a list, with the article it comes from: a covenant can have two rules of one kind (Meppel's quarterly ones). */
export function momentListText(moment: Pick<EvaluationMoment, 'kind' | 'periodCode' | 'dueOn' | 'state' | 'source'>): string {
  return `${evaluationText(moment)} — ${moment.source}`;
}

export function overdueText(overdue: number): string {
  if (overdue === 0) return 'Geen evaluatiemomenten te laat.';
  return overdue === 1 ? '1 evaluatiemoment is te laat.' : `${formatCount(overdue)} evaluatiemomenten zijn te laat.`;
}

function isMonthEnd(date: IsoDate): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });

/** '2026-01-31' → 'januari 2026'; a period that ends mid-month: '2023-12-12' → 't/m 12 december 2023'. */
export function monthLabel(date: IsoDate): string {
  return isMonthEnd(date) ? monthFormat.format(new Date(`${date}T00:00:00Z`)) : `t/m ${formatDate(date)}`;
}

/** figure-table has no "missing number" of its own: a missing day count shows '–' and exports an empty cell, as wanted here. */
const missing = (): FigureValue => days(null);
const realisedCell = (n: ShownCount | null): FigureValue => (n === null ? missing() : count(n));
const decimal = (n: number | null): FigureValue => (n === null ? missing() : text(formatDecimal(n)));

/** The numbers behind the cumulative chart, one row per month; the CSV is made from the same rows. */
export function progressTable(target: Pick<Target, 'description' | 'progress' | 'history'>): FigureTableModel {
  return {
    caption: `Verloop per maand (cumulatief): ${target.description}, ${periodText(target.progress)}`,
    columns: [
      { label: 'Maand', numeric: false },
      { label: 'Gerealiseerd', numeric: true },
      { label: 'Naar rato', numeric: true },
      { label: 'Prognose', numeric: true },
    ],
    rows: target.history.map((point) => ({
      key: point.date,
      cells: [text(monthLabel(point.date)), realisedCell(point.realised), decimal(point.proRata), decimal(point.projection)],
    })),
  };
}

export interface ProgressChartRow {
  date: IsoDate;
  /** Short month for the axis: 'jan', 'feb'. */
  label: string;
  realised: number | undefined;
  proRata: number | undefined;
  /** Also on the last realised month, so the dashed projection continues the realised line. */
  projection: number | undefined;
}

/** Realised as drawn: a month shown as '<5' has no point (never a guess); the table shows it. */
export function progressChartRows(history: readonly TargetProgressPoint[]): ProgressChartRow[] {
  const lastRealised = history.findLastIndex((p) => p.realised !== null);
  const projects = history.some((p) => p.projection !== null);
  return history.map((point, i) => {
    const realised = point.realised === null ? undefined : chartValue(point.realised);
    return {
      date: point.date,
      label: shortMonthFormat.format(new Date(`${point.date}T00:00:00Z`)).replace('.', ''),
      realised,
      proRata: point.proRata ?? undefined,
      projection: point.projection ?? (projects && i === lastRealised ? realised : undefined),
    };
  });
}

/** The chart's text alternative: what it shows, in one sentence; the table holds every month. */
export function describeProgressChart(target: Pick<Target, 'description' | 'progress' | 'metric'>): string {
  const p = target.progress;
  const goal = p.target === null ? 'zonder streefaantal (onbekend)' : `met het streefaantal ${formatAmount(p.target)} als horizontale lijn`;
  const projection = p.projection === null ? `prognose ${PROJECTION_HIDDEN}` : `prognose aan het eind: ${formatAmount(p.projection)}`;
  return (
    `Lijndiagram, cumulatief per maand: ${target.description}, ${periodText(p)}, ${goal}. ` +
    `Gerealiseerd t/m ${formatDate(p.asOf)}: ${realisedText(target.metric, p.realised)}; ${projection}. De cijfers staan in de tabel.`
  );
}

/** Null when the text is a usable vacancy count (a whole number, 0 or more), else what is wrong, in Dutch. */
export function vacancyCountError(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Vul het aantal vrijgekomen woningen in.';
  if (!/^\d+$/.test(trimmed)) return `"${trimmed}" is geen geheel aantal; vul een getal in zoals 240.`;
  return null;
}
