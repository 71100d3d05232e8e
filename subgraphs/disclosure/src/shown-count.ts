// What a viewer sees of a count. The beheerder sees true counts. Everyone else sees protected
// counts: the true count plus its cell-key adjustment (cell-key.ts), and a published value of 1–4
// shown as "<5" (CBS habit) — never anything else as "<5". A published 0 stays "0": it may hide
// one to four people, which the legend on every table says. Nothing is hidden to protect another
// number: tables are not additive, so there is nothing to subtract.
import { perturb, type Tally } from './cell-key.ts';

/** Published values from 1 up to (not including) this show as "<5". */
export const MIN_SHOWN_COUNT = 5;
/** Percentages, medians and quantiles need at least this many persons under them. */
export const MIN_BASE = 10;
export const SMALL_DISPLAY = `<${MIN_SHOWN_COUNT}`;

export interface ShownCount {
  /** The number shown; null when it is shown as "<5". */
  count: number | null;
  /** '12', '0' or '<5'. */
  display: string;
  /** True exactly when display is "<5" (a published value of 1–4). */
  suppressed: boolean;
  /** True when the number is protected (cell key method); false for the beheerder's true counts. */
  protected: boolean;
}

/** How one viewer's counts are published: every figure of a request goes through one of these. */
export interface Disclosure {
  /** False only for the beheerder. */
  readonly protects: boolean;
  /** The published number (before the "<5" display), for figures derived from it. */
  value(t: Tally): number;
  /** The number as shown. */
  show(t: Tally): ShownCount;
}

function shownValue(value: number, isProtected: boolean): ShownCount {
  if (isProtected && value > 0 && value < MIN_SHOWN_COUNT) return { count: null, display: SMALL_DISPLAY, suppressed: true, protected: true };
  return { count: value, display: String(value), suppressed: false, protected: isProtected };
}

export const exact: Disclosure = {
  protects: false,
  value: (t) => t.n,
  show: (t) => shownValue(t.n, false),
};

export const cellKeyProtected: Disclosure = {
  protects: true,
  value: (t) => perturb(t),
  show: (t) => shownValue(perturb(t), true),
};

/** The one role with case-level rights over every covenant sees true counts; every other role protected ones. */
export function seesExactCounts(role: string): boolean {
  return role === 'beheerder';
}

export function disclosureFor(role: string): Disclosure {
  return seesExactCounts(role) ? exact : cellKeyProtected;
}

/**
 * part / base in basis points, rounded half up, from the numbers as shown — so a percentage always
 * agrees with the counts beside it. Null when either is not shown as a number or the base is under
 * MIN_BASE. A protected part can exceed its protected base by a little; the share is then 100%.
 */
export function shownShare(part: ShownCount, base: ShownCount): number | null {
  if (part.count === null || base.count === null || base.count < MIN_BASE) return null;
  const numerator = Math.min(part.count, base.count);
  return Number((2n * BigInt(numerator) * 10_000n + BigInt(base.count)) / (2n * BigInt(base.count)));
}
