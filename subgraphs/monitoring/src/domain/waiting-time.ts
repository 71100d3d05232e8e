// Waiting-time statistics: how long a trajectory waits from aanmelding (registration) to a home
// (key handover). People who are still waiting have not finished their wait, so their wait so far
// is only a lower bound (right-censored). Dropping them, or pretending they were housed today,
// would make the monitor look better than reality; the Kaplan–Meier product-limit estimator uses
// exactly what is known about them instead.

/** The Walcheren norm: a home within 6 months of aanmelding, counted as 183 days (half a year, rounded up); waiting exactly this long still meets it. */
export const WAITING_NORM_DAYS = 183;

/** Survival values this close above a threshold count as reaching it: S(t) is a product of floating-point factors, and a case that is exactly 0.1 on paper may come out as 0.10000000000000002. */
const SURVIVAL_TOLERANCE = 1e-12;

/** One trajectory: whole days from aanmelding to the home, or to the reference date while still waiting (housed = false, censored). */
export interface WaitObservation {
  days: number;
  housed: boolean;
}

/** One step of the survival curve at `day`: who was at risk, who was housed, who was still waiting then. */
export interface KaplanMeierStep {
  day: number;
  /** S(day) = estimated probability of still waiting after `day` days. */
  survival: number;
  /** Observations with days >= day: not yet housed and not yet censored at the start of the day. */
  atRisk: number;
  /** Housed on this day. */
  events: number;
  /** Still waiting, their wait so far ending on this day. */
  censored: number;
}

/** What the monitor reports about a group of trajectories. Quantiles are null when they cannot be known yet. */
export interface WaitingTimeSummary {
  observations: number;
  housed: number;
  stillWaiting: number;
  longerThanNorm: number;
  medianDays: number | null;
  p75Days: number | null;
  p90Days: number | null;
}

/** Days are whole and >= 0 by construction upstream; anything else is a programming error, not data to smooth over. */
function checkDays(days: number, what: string): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new Error(`${what} must be a whole number of days >= 0, got ${String(days)}`);
  }
}

/**
 * The survival curve S(t) = P(still waiting after t days), one step per distinct day with an event or censoring.
 * Ties follow the usual convention: on a day with both, the housed are counted before the censored, so
 * someone still waiting on day t is at risk on day t (they have waited at least that long).
 * S only drops on days with events: S(t) = S(t-1) × (1 − events / atRisk). The input is not changed.
 */
export function kaplanMeier(observations: readonly WaitObservation[]): KaplanMeierStep[] {
  const byDay = new Map<number, { events: number; censored: number }>();
  observations.forEach((observation, index) => {
    checkDays(observation.days, `observation ${index}`);
    const tally = byDay.get(observation.days) ?? { events: 0, censored: 0 };
    if (observation.housed) tally.events++;
    else tally.censored++;
    byDay.set(observation.days, tally);
  });
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const steps: KaplanMeierStep[] = [];
  let atRisk = observations.length;
  let survival = 1;
  for (const day of days) {
    const { events, censored } = byDay.get(day) ?? { events: 0, censored: 0 };
    survival *= 1 - events / atRisk;
    steps.push({ day, survival, atRisk, events, censored });
    atRisk -= events + censored;
  }
  return steps;
}

/**
 * Smallest t with S(t) <= 1 - q (q = 0.5 median, 0.75, 0.9); null when the curve never gets that low
 * (too many still waiting — say so, never guess). This is the lower quantile: where S stays exactly
 * at 1 - q over a stretch, the first day of the stretch is taken (no midpoint, unlike some packages),
 * which without censoring is the smallest wait with at least q·n people waiting no longer.
 * S(t) within SURVIVAL_TOLERANCE above 1 - q counts as reaching it, so exact cases on paper come out right.
 */
export function waitingQuantile(curve: readonly KaplanMeierStep[], q: number): number | null {
  if (!(q > 0 && q <= 1)) throw new Error(`quantile must be in (0, 1], got ${String(q)}`);
  const threshold = 1 - q + SURVIVAL_TOLERANCE;
  return curve.find((step) => step.survival <= threshold)?.day ?? null;
}

/** longerThanNorm counts everybody (housed or not) whose wait exceeds normDays: a person still waiting past the norm has already missed it. */
export function summariseWaitingTimes(observations: readonly WaitObservation[], normDays: number = WAITING_NORM_DAYS): WaitingTimeSummary {
  checkDays(normDays, 'normDays');
  const curve = kaplanMeier(observations);
  const housed = observations.filter((observation) => observation.housed).length;
  return {
    observations: observations.length,
    housed,
    stillWaiting: observations.length - housed,
    longerThanNorm: observations.filter((observation) => observation.days > normDays).length,
    medianDays: waitingQuantile(curve, 0.5),
    p75Days: waitingQuantile(curve, 0.75),
    p90Days: waitingQuantile(curve, 0.9),
  };
}
