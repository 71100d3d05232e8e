// The cell key method (ABS TableBuilder, ONS Census 2021). Every trajectory and visit carries a
// secret random record key, a whole number in [0, 2^31), drawn when it is stored. The cell key of a
// published count is the sum of its contributors' record keys modulo 2^31: the same people give the
// same key in every table, request and cache, and one person more or less gives an unrelated key.
// The adjustment is looked up from the true count and the cell key in the p-table, so a published
// number depends on nothing else and asking again, or another way, cannot average the noise away.
import { PPM } from './ptable-design.ts';
import { rowFor } from './ptable.ts';

/** Record keys are uniform on [0, RECORD_KEY_MODULUS); so are the cell keys (sums modulo it). */
export const RECORD_KEY_MODULUS = 2 ** 31;

/** A true count with the sum of its contributors' record keys (modulo RECORD_KEY_MODULUS). */
export interface Tally {
  n: number;
  keySum: number;
}

export const EMPTY: Tally = { n: 0, keySum: 0 };

function check(t: Tally): void {
  if (!Number.isSafeInteger(t.n) || t.n < 0) throw new Error(`a count must be a whole number >= 0, got ${String(t.n)}`);
  if (!Number.isSafeInteger(t.keySum) || t.keySum < 0) throw new Error(`a key sum must be a whole number >= 0, got ${String(t.keySum)}`);
}

/** Two disjoint groups together: counts add, and so do their record keys. */
export function add(a: Tally, b: Tally): Tally {
  return { n: a.n + b.n, keySum: (a.keySum + b.keySum) % RECORD_KEY_MODULUS };
}

export function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce(add, EMPTY);
}

/** The adjustment the p-table gives this count with this cell key; 0 for a count of 0. */
export function adjustment(t: Tally): number {
  check(t);
  if (t.n === 0) return 0;
  const key = t.keySum % RECORD_KEY_MODULUS;
  const row = rowFor(t.n);
  let upper = 0;
  for (const a of row.adjustments) {
    upper += a.ppm;
    // key / 2^31 < upper / PPM, in whole numbers (both sides stay below 2^53).
    if (key * PPM < upper * RECORD_KEY_MODULUS) return a.value;
  }
  throw new Error('unreachable: the last interval of a p-table row ends at 1');
}

/** The count as published to a viewer without case-level rights. */
export function perturb(t: Tally): number {
  return t.n + adjustment(t);
}
