// Vocabularies and mixes of the national data set, after the demo generator (seed/demo-trajectories.ts
// and seed/demo-visits.ts): target groups, facilities, age bands, contract forms, visit reasons.
import type { AgeCategoryCode, ContractFormCode, TargetGroupCode } from '../queries/trajectory-records.ts';
import type { Random } from '../seed/random.ts';

export const TARGET_GROUPS: readonly (readonly [TargetGroupCode, number])[] = [
  ['BW', 50], ['MO', 28], ['VO', 8], ['JZ', 8], ['DET', 2], ['GGZ', 6], ['WLZ', 2], ['OVERIG', 4],
];

export { FACILITIES } from '../seed/demo-trajectories.ts';

export const AGE: readonly (readonly [AgeCategoryCode, number])[] = [['18-22', 2], ['23-27', 3], ['28-49', 6], ['50-64', 3], ['65+', 1]];

export const CONTRACT_FORMS: readonly (readonly [ContractFormCode, number])[] = [['intermediair', 4], ['tijdelijk', 3], ['driepartijen', 3], ['regulier', 1]];

/** Waiting days from aanmelding to a home: mostly 2–8 months, a long tail past a year (as the demo). */
export function waitingDays(random: Random): number {
  const roll = random.next();
  if (roll < 0.15) return random.int(14, 60);
  if (roll < 0.75) return random.int(61, 240);
  if (roll < 0.93) return random.int(241, 400);
  return random.int(401, 560);
}

export const REFERRAL_REASONS = {
  corporatie: ['nieuwe huurovereenkomst', 'eerste betalingsachterstand', 'life event', 'hulpvraag huurder', 'project', 'wijkgerichte aanpak'],
  gemeente: ['aanvraag bijstand', 'schuldhulpverlening', 'gesubsidieerde partner', 'Geldloket'],
  wmw: ['wijkgerichte aanpak', 'inloopspreekuur'],
} as const;

