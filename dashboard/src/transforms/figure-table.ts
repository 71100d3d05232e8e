// One model for every table on the monitor page: what the screen shows and what the CSV download
// holds come from the same rows, so the download is exactly what is shown — legend included.
import type { ShownCount } from '../lib/contract.ts';
import type { WaitingQuantile } from '../lib/monitor-contract.ts';
import { EXACT_LEGEND, formatCents, formatCount, LEGACY_LEGEND, plainCents, PROTECTED_LEGEND, SECRET_LEGEND, UNPUBLISHED_TOTALS_NOTE } from './format.ts';

export type FigureValue =
  | { kind: 'text'; text: string }
  | { kind: 'count'; value: ShownCount }
  /** A total the gateway does not publish for this viewer (protected, over more than one period). */
  | { kind: 'unpublished' }
  /** A Kaplan–Meier quantile: its days, or in words why there are none. */
  | { kind: 'quantile'; quantile: WaitingQuantile | undefined }
  /** A model estimate (the prognosis), not a count; null when it is not shown. */
  | { kind: 'estimate'; value: number | null }
  /** A share in basis points (4735 = 47,35%); null when the gateway withholds it. */
  | { kind: 'share'; basisPoints: number | null }
  | { kind: 'days'; days: number | null }
  /** An amount in integer euro cents; null when there is none (no amount agreed, not approved yet). */
  | { kind: 'money'; cents: number | null }
  /** A difference between two shown numbers; null when either is hidden or unknown. */
  | { kind: 'difference'; value: number | null; unit: 'count' | 'days' | 'points' };

export interface FigureColumn {
  label: string;
  numeric: boolean;
}

export interface FigureTableModel {
  caption: string;
  columns: FigureColumn[];
  rows: { key: string; cells: FigureValue[]; total?: boolean }[];
  /** Frozen under the old small-cell suppression (an evaluation from before the cell key method): its legend says so. */
  legacySuppression?: boolean;
}

export const text = (t: string): FigureValue => ({ kind: 'text', text: t });
export const count = (value: ShownCount): FigureValue => ({ kind: 'count', value });
export const share = (basisPoints: number | null): FigureValue => ({ kind: 'share', basisPoints });
export const days = (d: number | null): FigureValue => ({ kind: 'days', days: d });
export const money = (cents: number | null): FigureValue => ({ kind: 'money', cents });
export const unpublished: FigureValue = { kind: 'unpublished' };
export const quantile = (q: WaitingQuantile | undefined): FigureValue => ({ kind: 'quantile', quantile: q });
export const estimate = (value: number | null): FigureValue => ({ kind: 'estimate', value });
/** A count, or '—' when the gateway does not publish it (null). */
export const countOrUnpublished = (value: ShownCount | null): FigureValue => (value === null ? unpublished : count(value));

/** Not available: a withheld share, a difference with a hidden side. */
export const NOT_AVAILABLE = '–';
/** Not published: a total over more than one period, for a protected viewer. */
export const NOT_PUBLISHED = '—';

const QUANTILE_WORDS = { NOG_NIET_BEREIKT: 'nog niet bereikt', TE_WEINIG_GEGEVENS: 'nog niet te schatten' } as const;

/** A quantile's days, or in words why there are none: 'nog niet bereikt', 'nog niet te schatten'. */
function quantileText(q: WaitingQuantile | undefined, days: (n: number) => string): string {
  if (q === undefined) return NOT_AVAILABLE;
  if (q.status === 'GESCHAT' && q.days !== null) return days(q.days);
  return q.status === 'GESCHAT' ? NOT_AVAILABLE : QUANTILE_WORDS[q.status];
}

/** What a count shows: its number, or what the gateway displays instead ('<5', or 'x' in an old evaluation). */
function countText(value: ShownCount, number: (n: number) => string): string {
  return value.count === null ? value.display : number(value.count);
}

const percent = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (n: number, body: string) => (n > 0 ? `+${body}` : n < 0 ? `−${body}` : body);

/** What a cell shows on screen (Dutch number format, '<5' for hidden counts). */
export function cellText(value: FigureValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return countText(value.value, formatCount);
    case 'unpublished':
      return NOT_PUBLISHED;
    case 'quantile':
      return quantileText(value.quantile, formatCount);
    case 'estimate':
      return value.value === null ? NOT_AVAILABLE : formatCount(value.value);
    case 'share':
      return value.basisPoints === null ? NOT_AVAILABLE : `${percent.format(value.basisPoints / 100)}%`;
    case 'days':
      return value.days === null ? NOT_AVAILABLE : formatCount(value.days);
    case 'money':
      return value.cents === null ? NOT_AVAILABLE : formatCents(value.cents);
    case 'difference': {
      if (value.value === null) return NOT_AVAILABLE;
      const magnitude = Math.abs(value.value);
      const body = value.unit === 'points' ? `${percent.format(magnitude / 100)} procentpunt` : formatCount(magnitude);
      return signed(value.value, body);
    }
  }
}

/** What a cell holds in the CSV: plain numbers without thousands separators, decimal comma, '<5', '—' and words as shown, '' for '–'. */
export function csvText(value: FigureValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return countText(value.value, String);
    case 'unpublished':
      return NOT_PUBLISHED;
    case 'quantile': {
      const shown = quantileText(value.quantile, String);
      return shown === NOT_AVAILABLE ? '' : shown;
    }
    case 'estimate':
      return value.value === null ? '' : String(value.value);
    case 'share':
      return value.basisPoints === null ? '' : (value.basisPoints / 100).toFixed(2).replace('.', ',');
    case 'days':
      return value.days === null ? '' : String(value.days);
    case 'money':
      return value.cents === null ? '' : plainCents(value.cents);
    case 'difference':
      if (value.value === null) return '';
      return value.unit === 'points' ? (value.value / 100).toFixed(2).replace('.', ',') : String(value.value);
  }
}

/** What a spreadsheet program would run as a formula: a field that starts with one of these (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as csvText writes it ('-3', '-12,50', '1.5'): read as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A field that would be read as a formula gets a leading single quote, so Excel and LibreOffice show
 * it as text (a facility named '=HYPERLINK(…)' must not become a link). Applied to every field —
 * cells, column labels and legend — since names come from imports and other organisations; only a
 * plain number is left as it is, so '-3' and '-12,50' stay numbers.
 */
export function neutraliseFormula(field: string): string {
  return FORMULA_START.test(field) && !PLAIN_NUMBER.test(field) ? `'${field}` : field;
}

function csvField(raw: string): string {
  const field = neutraliseFormula(raw);
  return /[";\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The table as CSV the way Dutch spreadsheet programs open it: semicolons, decimal comma, UTF-8 with
 * a byte-order mark (so Excel reads ë and – correctly), CRLF line ends; the table's legend as the
 * last lines, so the file explains itself as the page does. Fields that a spreadsheet would run as a
 * formula start with a single quote (neutraliseFormula).
 */
export function toCsv(table: FigureTableModel): string {
  const lines = [
    table.columns.map((c) => csvField(c.label)),
    ...table.rows.map((row) => row.cells.map((cell) => csvField(csvText(cell)))),
    ...tableLegend(table).map((line) => [csvField(line)]),
  ];
  return `\uFEFF${lines.map((fields) => fields.join(';')).join('\r\n')}\r\n`;
}

function cellsOf(table: FigureTableModel): FigureValue[] {
  return table.rows.flatMap((row) => row.cells);
}

/**
 * The lines that explain the table's numbers: one legend for its counts (protected, or the
 * beheerder's exact ones), and what 'x' and '—' mean when they occur. Nothing for a table without counts.
 */
export function tableLegend(table: FigureTableModel): string[] {
  const cells = cellsOf(table);
  const counts = cells.flatMap((cell) => (cell.kind === 'count' ? [cell.value] : []));
  const lines: string[] = [];
  if (counts.length > 0) lines.push(table.legacySuppression === true ? LEGACY_LEGEND : counts.some((c) => c.protected) ? PROTECTED_LEGEND : EXACT_LEGEND);
  if (counts.some((c) => c.count === null && c.display === 'x')) lines.push(SECRET_LEGEND);
  if (cells.some((cell) => cell.kind === 'unpublished')) lines.push(UNPUBLISHED_TOTALS_NOTE);
  return lines;
}

/** A file name from its parts: lower case, no spaces or characters file systems dislike. */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter((part) => part !== '')
    .join('_');
  return `${slug}.csv`;
}
