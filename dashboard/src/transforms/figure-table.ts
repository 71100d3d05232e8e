// One model for every table on the monitor page: what the screen shows and what the CSV download
// holds come from the same rows, so the download is exactly what is shown.
import type { ShownCount } from '../lib/contract.ts';
import { formatCents, formatCount, plainCents } from './format.ts';

export type FigureValue =
  | { kind: 'text'; text: string }
  | { kind: 'count'; value: ShownCount }
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
}

export const text = (t: string): FigureValue => ({ kind: 'text', text: t });
export const count = (value: ShownCount): FigureValue => ({ kind: 'count', value });
export const share = (basisPoints: number | null): FigureValue => ({ kind: 'share', basisPoints });
export const days = (d: number | null): FigureValue => ({ kind: 'days', days: d });
export const money = (cents: number | null): FigureValue => ({ kind: 'money', cents });

/** Not available: a withheld share, a quantile not reached yet, a difference with a hidden side. */
export const NOT_AVAILABLE = '–';

const percent = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (n: number, body: string) => (n > 0 ? `+${body}` : n < 0 ? `−${body}` : body);

/** What a cell shows on screen (Dutch number format, '<5' for hidden counts). */
export function cellText(value: FigureValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return value.value.suppressed || value.value.count === null ? value.value.display : formatCount(value.value.count);
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

/** What a cell holds in the CSV: plain numbers without thousands separators, decimal comma, '<5' and '' as shown. */
export function csvText(value: FigureValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return value.value.suppressed || value.value.count === null ? value.value.display : String(value.value.count);
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

function csvField(field: string): string {
  return /[";\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The table as CSV the way Dutch spreadsheet programs open it: semicolons, decimal comma, UTF-8 with
 * a byte-order mark (so Excel reads ë and – correctly), CRLF line ends.
 */
export function toCsv(table: FigureTableModel): string {
  const lines = [table.columns.map((c) => csvField(c.label)), ...table.rows.map((row) => row.cells.map((cell) => csvField(csvText(cell))))];
  return `\uFEFF${lines.map((fields) => fields.join(';')).join('\r\n')}\r\n`;
}

/** Whether any count in the table is hidden, so the page explains '<5'. */
export function anyHidden(table: FigureTableModel): boolean {
  return table.rows.some((row) => row.cells.some((cell) => cell.kind === 'count' && cell.value.suppressed));
}

/** A file name from its parts: lower case, no spaces or characters file systems dislike. */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter((part) => part !== '')
    .join('_');
  return `${slug}.csv`;
}
