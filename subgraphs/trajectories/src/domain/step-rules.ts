// What a case worker may record on a trajectory, and in what order. Pure: the caller loads the steps.
import { CANONICAL_STEP_LABELS, type CanonicalStepName } from './steps.ts';

export const STEP_ORDER = Object.keys(CANONICAL_STEP_LABELS) as CanonicalStepName[];
/** Steps that only make sense once the person has a home. */
const AFTER_HOME: readonly CanonicalStepName[] = ['evaluatie', 'omklap', 'waakvlam'];

export interface RecordedStep {
  step: CanonicalStepName;
  occurredOn: string;
}

/** Every reason the step cannot be recorded; empty when it can. Dates are 'YYYY-MM-DD'. */
export function stepProblems(recorded: readonly RecordedStep[], step: CanonicalStepName, occurredOn: string, today: string): string[] {
  const problems: string[] = [];
  const dateOf = (s: CanonicalStepName) => recorded.find((r) => r.step === s)?.occurredOn;
  if (step === 'aanmelding') problems.push('aanmelding is recorded when the trajectory is registered');
  const already = dateOf(step);
  if (already) problems.push(`${step} is already recorded on ${already}`);
  if (occurredOn > today) problems.push(`${occurredOn} lies in the future (today is ${today})`);
  const closed = dateOf('afgesloten');
  if (closed && step !== 'afgesloten') problems.push(`the trajectory was closed on ${closed}; reopen it before recording ${step}`);
  if (AFTER_HOME.includes(step) && !dateOf('sleuteloverdracht')) problems.push(`${step} needs sleuteloverdracht (a home) to be recorded first`);
  const position = STEP_ORDER.indexOf(step);
  for (const r of recorded) {
    const other = STEP_ORDER.indexOf(r.step);
    if (other < position && r.occurredOn > occurredOn) problems.push(`${step} (${occurredOn}) cannot lie before ${r.step} (${r.occurredOn})`);
    if (other > position && r.occurredOn < occurredOn && step !== 'afgesloten') problems.push(`${step} (${occurredOn}) cannot lie after ${r.step} (${r.occurredOn})`);
  }
  return problems;
}

export type EventKind = 'terugval' | 'negatief_einde' | 'huurachterstand';

/** Relapse, negative end and rent arrears happen to someone who has a home, on or after that day. */
export function eventProblems(
  recorded: readonly RecordedStep[],
  events: readonly { kind: string }[],
  kind: EventKind,
  relapseKind: string | null,
  occurredOn: string,
  today: string,
): string[] {
  const problems: string[] = [];
  const housedOn = recorded.find((r) => r.step === 'sleuteloverdracht')?.occurredOn;
  if (!housedOn) problems.push(`${kind} needs sleuteloverdracht (a home) to be recorded first`);
  else if (occurredOn < housedOn) problems.push(`${kind} (${occurredOn}) cannot lie before sleuteloverdracht (${housedOn})`);
  if (occurredOn > today) problems.push(`${occurredOn} lies in the future (today is ${today})`);
  if (kind === 'terugval' && !relapseKind) problems.push('a terugval needs relapseKind TIJDELIJK or STRUCTUREEL');
  if (kind !== 'terugval' && relapseKind) problems.push(`relapseKind only applies to a terugval, not to ${kind}`);
  if (kind === 'negatief_einde' && events.some((e) => e.kind === 'negatief_einde')) problems.push('a negatief_einde is already recorded');
  return problems;
}
