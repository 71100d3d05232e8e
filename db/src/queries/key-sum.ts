// The sum of the record keys of the rows a count counts, modulo 2^31: the cell key with which the
// disclosure package (@uitstroom/disclosure) protects that count. One more aggregate in the same
// GROUP BY as the count itself, never a second pass; sums of disjoint groups add up modulo 2^31.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** A count with its key sum, as every protected figure needs it. */
export interface Tally {
  n: number;
  keySum: number;
}

/** sum(record_key) [filter (where …)] modulo 2^31, as an int (0 for no rows). */
export function keySum(recordKey: AnyColumn, where?: SQL): SQL<number> {
  const total = where === undefined ? sql`sum(${recordKey})` : sql`sum(${recordKey}) filter (where ${where})`;
  return sql<number>`(coalesce(${total}, 0) % 2147483648)::int`;
}
