// Prognosis: expected outflow in the next months from the trajectories still waiting, using the
// Kaplan–Meier curve of everyone registered so far. A person who has waited w days gets a home
// within h more days with probability (S(w) − S(w+h)) / S(w); the expectation is the sum over all
// open trajectories. Where S(w) is 0 (nobody has ever waited this long) the person counts as due (1).
// The tail of the curve is flat after its last step, so long horizons are underestimates.
import type { KaplanMeierStep } from './waiting-time.ts';

/** S(t): the share still waiting after t days (1 before the first step). */
export function survivalAt(curve: readonly KaplanMeierStep[], day: number): number {
  let survival = 1;
  for (const step of curve) {
    if (step.day > day) break;
    survival = step.survival;
  }
  return survival;
}

/** Expected number of open trajectories housed within horizonDays, as a real number. */
export function expectedOutflow(curve: readonly KaplanMeierStep[], open: readonly { days: number; n: number }[], horizonDays: number): number {
  let expected = 0;
  for (const { days, n } of open) {
    const now = survivalAt(curve, days);
    const later = survivalAt(curve, days + horizonDays);
    expected += n * (now > 0 ? (now - later) / now : 1);
  }
  return expected;
}
