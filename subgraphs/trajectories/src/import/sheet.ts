// What every import format shares once a file is read: the error shape, the header check and
// cell access by column name.
import type { RawTable } from './table.ts';

export interface ImportError {
  line: number;
  /** Column name, or null for a problem with the whole line or file. */
  column: string | null;
  reason: string;
}

export interface HeaderCheck<C extends string> {
  index: Map<C, number>;
  errors: ImportError[];
}

/** Header problems: unknown, repeated and missing columns (all on line 1). Names are case-insensitive. */
export function checkHeader<C extends string>(header: readonly string[], columns: readonly C[], required: readonly C[]): HeaderCheck<C> {
  const index = new Map<C, number>();
  const errors: ImportError[] = [];
  header.forEach((raw, position) => {
    const name = raw.trim().toLowerCase();
    const column = columns.find((c) => c === name);
    if (!column) errors.push({ line: 1, column: raw, reason: `onbekende kolom "${raw}"; toegestaan zijn ${columns.join(', ')}` });
    else if (index.has(column)) errors.push({ line: 1, column: raw, reason: `kolom "${column}" staat er twee keer in` });
    else index.set(column, position);
  });
  for (const column of required) if (!index.has(column)) errors.push({ line: 1, column, reason: `verplichte kolom "${column}" ontbreekt` });
  return { index, errors };
}

/** A row's cell by column name: trimmed, '' when the column or cell is absent. */
export function cellReader<C extends string>(index: Map<C, number>, row: RawTable['rows'][number]): (column: C) => string {
  return (column) => {
    const position = index.get(column);
    return position === undefined ? '' : (row.cells[position] ?? '').trim();
  };
}

export const NO_ROWS: ImportError = { line: 1, column: null, reason: 'het bestand bevat geen rijen onder de kopregel' };
