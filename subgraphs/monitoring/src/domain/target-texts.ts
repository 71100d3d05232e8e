// The words around a target's progress: its status in Dutch, what input is missing, and the checks
// on a vacancy count before it is stored.
import type { TargetStatus } from './progress.ts';

const LABELS: Record<TargetStatus, string> = { op_koers: 'op koers', achter: 'achter', boven: 'boven' };

export function statusLabel(status: TargetStatus | null, missingInput: string | null): string {
  if (status !== null) return LABELS[status];
  return missingInput === null ? 'onbekend' : `onbekend: ${missingInput}`;
}

export function vacancyYearProblem(year: number): string {
  return `het aantal in ${year} vrijgekomen woningen van deze corporatie ontbreekt`;
}

/** Null when the count may be stored, else what is wrong (English, for the API). */
export function vacancyInputProblem(input: { partyId: string; year: number; count: number }, ratioTargetParties: readonly (string | null)[], today: string): string | null {
  if (!ratioTargetParties.includes(input.partyId)) return `party "${input.partyId}" has no target that counts a share of vacated homes`;
  const thisYear = Number(today.slice(0, 4));
  if (input.year < 2000 || input.year > thisYear) return `year must be between 2000 and ${thisYear}, got ${input.year}`;
  if (input.count < 0) return `count must be 0 or more, got ${input.count}`;
  return null;
}
