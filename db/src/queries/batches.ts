// What the record writers share: a transaction's type, and rows cut into statements of a bounded size
// (PostgreSQL takes at most 65,535 parameters per statement; 500 rows stay well under it).
import type { Db } from '../client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const BATCH_ROWS = 500;

export function chunks<T>(rows: readonly T[], size: number = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Rows of `db.execute`, whichever driver: postgres.js answers an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
