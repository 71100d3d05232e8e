// How the perturbation table (p-table) is made: for each true count n, a distribution of small
// adjustments with mean 0 (unbiased), a chosen variance, at most ±maxAdjustment, and never below
// −n (no negative counts). Among all distributions with those properties we take the one with the
// most entropy (the one that assumes least), as Destatis' ptable package does (Giessing & Tent,
// UNECE 2019, docs/disclosure-control.md): p(j) ∝ exp(a·j + b·j²), solved for a and b by Newton's method.
// The probabilities are then written as whole parts per million, still summing to exactly 1,000,000
// with a mean of exactly 0, so the table can be read back and checked without rounding doubts.

export interface PTableDesign {
  /** Largest adjustment in either direction. */
  maxAdjustment: number;
  /** Variance of the adjustment for counts of maxAdjustment and more. */
  variance: number;
}

export interface PTableRow {
  /** The true count this row is for; the last row also holds for every larger count. */
  count: number;
  /** Adjustments from the lowest up, each with its probability in parts per million. */
  adjustments: { value: number; ppm: number }[];
}

export const PPM = 1_000_000;

/**
 * The table in use. Adjustments of at most ±4 and variance 1 for counts of 4 and more (smaller
 * counts cannot go below 0, so their rows are narrower on the left); zeros are never adjusted. A
 * count of 1 to 4 can be published as 0, so a published 0 does not prove that nobody is there, and
 * no published value pins its true count to one number. ±4 rather than ±3: with ±3 a small
 * provider's quarters, half-years and year per target group sometimes pinned a count in the attack
 * suite (docs/disclosure-control.md).
 */
export const PTABLE_DESIGN: PTableDesign = { maxAdjustment: 4, variance: 1 };
/** Changes whenever the table changes: frozen evaluations record which table protected them. */
export const PTABLE_VERSION = 'ptable-2026-12-v1';

export interface PTable {
  version: string;
  design: PTableDesign;
  rows: PTableRow[];
}

function moments(support: readonly number[], a: number, b: number) {
  const weights = support.map((j) => Math.exp(a * j + b * j * j));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const p = weights.map((w) => w / total);
  const m = (k: number) => p.reduce((sum, pi, i) => sum + pi * (support[i] as number) ** k, 0);
  return { p, m1: m(1), m2: m(2), m3: m(3), m4: m(4) };
}

/** The maximum-entropy distribution on `support` with mean 0 and the given variance. */
export function maxEntropy(support: readonly number[], variance: number): number[] {
  let a = 0;
  let b = -0.5;
  for (let iteration = 0; iteration < 500; iteration++) {
    const { m1, m2, m3, m4 } = moments(support, a, b);
    const g1 = m1;
    const g2 = m2 - variance;
    if (Math.abs(g1) + Math.abs(g2) < 1e-14) break;
    // Jacobian of (mean, second moment) with respect to (a, b): covariances of j and j².
    const j11 = m2 - m1 * m1;
    const j12 = m3 - m1 * m2;
    const j22 = m4 - m2 * m2;
    const det = j11 * j22 - j12 * j12;
    // Damped steps: the first ones from a poor start can overshoot.
    const step = iteration < 20 ? 0.5 : 1;
    a -= (step * (j22 * g1 - j12 * g2)) / det;
    b -= (step * (-j12 * g1 + j11 * g2)) / det;
  }
  const { p, m1, m2 } = moments(support, a, b);
  // Written so that NaN (Newton's method running off) fails too.
  if (!(Math.abs(m1) <= 1e-9 && Math.abs(m2 - variance) <= 1e-9)) {
    throw new Error(`no distribution on ${support.join(',')} has mean 0 and variance ${variance}`);
  }
  return p;
}

/** Whole parts per million summing to PPM (largest remainders), then the mean made exactly 0. */
export function toPartsPerMillion(support: readonly number[], p: readonly number[]): number[] {
  const exact = p.map((pi) => pi * PPM);
  const ppm = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((x, y) => y.rest - x.rest || x.i - y.i);
  const bump = (i: number, by: number) => (ppm[i] = (ppm[i] as number) + by);
  for (let k = 0; ppm.reduce((s, w) => s + w, 0) < PPM; k++) bump((order[k] as { i: number }).i, 1);
  // A mean of e/PPM left by rounding: move e parts from adjustment +1 (or −1) to 0, which lowers
  // the variance by e/PPM — far below anything the tests can tell apart.
  const mean = ppm.reduce((s, w, i) => s + w * (support[i] as number), 0);
  if (mean !== 0) {
    const from = support.indexOf(mean > 0 ? 1 : -1);
    const zero = support.indexOf(0);
    bump(from, -Math.abs(mean));
    bump(zero, Math.abs(mean));
  }
  return ppm;
}

/** Rows for counts 1 … maxAdjustment; the last also serves every larger count. Zero is never adjusted. */
export function designPTable(design: PTableDesign): PTableRow[] {
  const rows: PTableRow[] = [];
  for (let count = 1; count <= design.maxAdjustment; count++) {
    const support: number[] = [];
    for (let j = -Math.min(count, design.maxAdjustment); j <= design.maxAdjustment; j++) support.push(j);
    const ppm = toPartsPerMillion(support, maxEntropy(support, design.variance));
    rows.push({ count, adjustments: support.map((value, i) => ({ value, ppm: ppm[i] as number })) });
  }
  return rows;
}

export function renderPTable(design: PTableDesign): string {
  const table: PTable = { version: PTABLE_VERSION, design, rows: designPTable(design) };
  return `${JSON.stringify(table, null, 2)}\n`;
}
