// The evaluations page's words and order: labels for kinds, states and periods, the calendar's rows,
// the list's order, timestamps, and the Dutch message for a refused change.
import type { EvaluationKind, EvaluationMoment, EvaluationMomentState, EvaluationStatus, EvaluationSummary } from '../lib/evaluation-contract.ts';
import { csvFileName } from './figure-table.ts';
import { formatDate } from './monitor.ts';
import { parsePeriod } from './periods.ts';

const KIND_LABELS: Readonly<Record<EvaluationKind, string>> = {
  KWARTAAL: 'Kwartaalrapportage',
  HALFJAAR: 'Halfjaarlijkse monitor',
  JAAR: 'Jaarlijkse evaluatie',
  EENMALIG: 'Eenmalige evaluatie',
};

export function kindLabel(kind: EvaluationKind): string {
  return KIND_LABELS[kind];
}

/** `tone` picks the badge colour; the word itself carries the meaning, so colour is never alone. */
export interface StateBadge {
  label: string;
  tone: 'adopted' | 'concept' | 'late' | 'planned';
}

const STATE_BADGES: Readonly<Record<EvaluationMomentState, StateBadge>> = {
  VASTGESTELD: { label: 'Vastgesteld', tone: 'adopted' },
  CONCEPT: { label: 'Concept', tone: 'concept' },
  TE_LAAT: { label: 'Te laat', tone: 'late' },
  GEPLAND: { label: 'Gepland', tone: 'planned' },
};

export function stateBadge(state: EvaluationMomentState | EvaluationStatus): StateBadge {
  return STATE_BADGES[state];
}

/** '2025-H1' → '1e halfjaar 2025'; 'convenantjaar-2' → '2e convenantjaar'; 'eenmalig-6' → '6 maanden na de start'. */
export function periodName(periodCode: string): string {
  const yearOfCovenant = /^convenantjaar-(\d+)$/.exec(periodCode);
  if (yearOfCovenant !== null) return `${yearOfCovenant[1]}e convenantjaar`;
  const oneOff = /^eenmalig-(\d+)$/.exec(periodCode);
  if (oneOff !== null) return `${oneOff[1]} maanden na de start`;
  return parsePeriod(periodCode)?.label ?? periodCode;
}

/** '1 januari 2025 t/m 30 juni 2025' */
export function dateRangeText(from: string, to: string): string {
  return `${formatDate(from)} t/m ${formatDate(to)}`;
}

/** 'Halfjaarlijkse monitor 1e halfjaar 2025' */
export function evaluationTitle(evaluation: { kind: EvaluationKind; periodCode: string }): string {
  return `${kindLabel(evaluation.kind)} ${periodName(evaluation.periodCode)}`;
}

/** One line of the calendar: one per kind and period, whatever number of rules asks for it. */
export interface CalendarRow {
  key: string;
  kind: EvaluationKind;
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  state: EvaluationMomentState;
  /** Every rule's words and source, e.g. Meppel's two quarterly rules. */
  rules: { description: string; source: string }[];
  evaluationId: string | null;
  /** The period has begun (there are figures to freeze) and the whole covenant has no evaluation for it yet. */
  canCreate: boolean;
  /** The period has not ended yet: figures frozen now are provisional. */
  running: boolean;
}

const momentKey = (m: { kind: EvaluationKind; periodCode: string }) => `${m.kind}:${m.periodCode}`;

type Made = Pick<EvaluationSummary, 'kind' | 'periodCode' | 'subRegionId'>;

/**
 * The calendar by due date. A covenant with two rules of the same rhythm (Meppel's quarterly
 * reports and quarterly meetings) yields the same moment twice; it is one evaluation, so one row.
 * A moment links one evaluation, possibly a sub-region's; `made` tells whether the whole covenant
 * still needs its own.
 */
export function calendarRows(moments: readonly EvaluationMoment[], today: string, made: readonly Made[] = []): CalendarRow[] {
  const rows = new Map<string, CalendarRow>();
  for (const m of moments) {
    const key = momentKey(m);
    const rule = { description: m.description, source: m.source };
    const existing = rows.get(key);
    if (existing !== undefined) {
      if (!existing.rules.some((r) => r.description === rule.description)) existing.rules.push(rule);
      continue;
    }
    const evaluationId = m.evaluation?.id ?? null;
    const wholeMade = evaluationId !== null && (made.length === 0 || made.some((e) => momentKey(e) === key && e.subRegionId === null));
    const canCreate = !wholeMade && m.periodFrom <= today;
    rows.set(key, { key, kind: m.kind, periodCode: m.periodCode, periodFrom: m.periodFrom, periodTo: m.periodTo, dueOn: m.dueOn, state: m.state, rules: [rule], evaluationId, canCreate, running: m.periodTo >= today });
  }
  return [...rows.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.periodFrom.localeCompare(b.periodFrom) || a.kind.localeCompare(b.kind));
}

/** What the page says above the calendar: how many are late, and which is next. */
export function calendarSummary(rows: readonly CalendarRow[], today: string): string {
  const late = rows.filter((r) => r.state === 'TE_LAAT').length;
  const next = rows.find((r) => r.dueOn >= today && r.state !== 'VASTGESTELD');
  const lateText = late === 0 ? 'Geen evaluaties te laat.' : late === 1 ? '1 evaluatie is te laat.' : `${late} evaluaties zijn te laat.`;
  const nextText = next === undefined ? '' : ` Volgende: ${kindLabel(next.kind).toLowerCase()} ${periodName(next.periodCode)}, uiterlijk ${formatDate(next.dueOn)}.`;
  return lateText + nextText;
}

const KIND_ORDER: readonly EvaluationKind[] = ['JAAR', 'HALFJAAR', 'KWARTAAL', 'EENMALIG'];

/** Newest period first; for the same end, the longer period (year before half-year before quarter). */
export function sortEvaluations<T extends Pick<EvaluationSummary, 'periodTo' | 'periodFrom' | 'kind' | 'subRegionId'>>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      b.periodTo.localeCompare(a.periodTo) ||
      a.periodFrom.localeCompare(b.periodFrom) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.subRegionId ?? '').localeCompare(b.subRegionId ?? ''),
  );
}

/**
 * A timestamp from the API: ISO 8601, or milliseconds since 1970 as digits (what GraphQL's String
 * makes of a JavaScript Date). null when it is neither.
 */
export function parseTimestamp(value: string | null | undefined): Date | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const date = /^\d+$/.test(value.trim()) ? new Date(Number(value)) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const timestampFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** '24 november 2026 om 14:05' (Dutch time); '–' when unknown. */
export function formatTimestamp(value: string | null | undefined): string {
  const date = parseTimestamp(value);
  if (date === null) return '–';
  const parts = Object.fromEntries(timestampFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} om ${parts.hour}:${parts.minute}`;
}

/** The API's refusals (English) and what the user reads instead. */
const KNOWN_ERRORS: readonly [RegExp, string][] = [
  [/exists already/, 'Voor dit evaluatiemoment bestaat al een evaluatie. Vernieuw de pagina om die te openen.'],
  [/is vastgesteld/, 'Deze evaluatie is al vastgesteld: cijfers, notities en status kunnen niet meer veranderen.'],
  [/has no \w+ evaluation for/, 'Dit evaluatiemoment staat niet in de evaluatiekalender van het convenant. Vernieuw de pagina en kies een moment uit de kalender.'],
  [/may not change evaluations/, 'U mag evaluaties niet wijzigen: daarvoor is de rol werkgroep of beheerder nodig.'],
  [/needs a description and an owner/, 'Vul bij een actie zowel de omschrijving als de eigenaar in.'],
  [/^no evaluation "/, 'Deze evaluatie bestaat niet (meer). Vernieuw de pagina.'],
  [/^no action "/, 'Deze actie bestaat niet (meer). Vernieuw de pagina.'],
];

/** A Dutch message for a refused change: a known refusal in Dutch, otherwise the server's words after `leadIn`. */
export function evaluationErrorMessage(messages: readonly string[], leadIn: string): string {
  for (const message of messages) {
    const known = KNOWN_ERRORS.find(([pattern]) => pattern.test(message));
    if (known !== undefined) return known[1];
  }
  const detail = messages.filter((m) => m.trim() !== '').join('; ');
  return detail === '' ? `${leadIn}.` : `${leadIn}: ${detail}`;
}

const listFormat = new Intl.ListFormat('nl', { type: 'conjunction' });

/** A problem with a new action the user can fix before sending, or null. */
export function actionFormProblem(input: { description: string; owner: string; dueOn: string }): string | null {
  const missing = [input.description.trim() === '' && 'de omschrijving', input.owner.trim() === '' && 'de eigenaar', input.dueOn === '' && 'de datum'].filter((m) => m !== false);
  if (missing.length > 0) return `Vul ${listFormat.format(missing)} in.`;
  return /^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) ? null : 'Vul de datum in als dag-maand-jaar.';
}

/** Where the page is: a covenant's calendar, one evaluation, or its print view (`afdruk=1`). */
export interface EvaluatiesLocation {
  covenantId: string | null;
  evaluationId: string | null;
  print: boolean;
}

const PARAMS = { covenant: 'convenant', evaluation: 'evaluatie', print: 'afdruk' } as const;

const nonEmpty = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

/** `?pagina=evaluaties&convenant=woonkans&evaluatie=<id>&afdruk=1` */
export function parseEvaluatiesLocation(search: string): EvaluatiesLocation {
  const params = new URLSearchParams(search);
  const evaluationId = nonEmpty(params.get(PARAMS.evaluation));
  return { covenantId: nonEmpty(params.get(PARAMS.covenant)), evaluationId, print: evaluationId !== null && params.get(PARAMS.print) === '1' };
}

/** The query string for `next`, keeping every other parameter (such as `pagina`). */
export function evaluatiesSearch(next: EvaluatiesLocation, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => (value === null ? params.delete(name) : params.set(name, value));
  set(PARAMS.covenant, next.covenantId);
  set(PARAMS.evaluation, next.evaluationId);
  set(PARAMS.print, next.evaluationId !== null && next.print ? '1' : null);
  return `?${params.toString()}`;
}

/** Evaluation ids are UUIDs; anything else cannot be one, so it is not asked for. */
export function isEvaluationId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** 'halfjaarlijkse-monitor_woonkans_2025-h1.pdf': what the PDF download is called. */
export function reportFileName(evaluation: { kind: EvaluationKind; periodCode: string; covenant: { id: string }; subRegionId: string | null }): string {
  return csvFileName(kindLabel(evaluation.kind), evaluation.covenant.id, evaluation.subRegionId ?? '', evaluation.periodCode).replace(/\.csv$/, '.pdf');
}
