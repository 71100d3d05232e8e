// Deterministic synthetic VoorzieningenWijzer home visits for Meppel, 2025–2026.
import { addDays } from './dates.ts';
import { createRandom } from './random.ts';

export interface DemoVisit {
  covenantId: string;
  visitCode: string;
  visitedOn: string;
  referralChannel: 'corporatie' | 'gemeente' | 'wmw';
  reason: string;
  tenantOfPartyId: string | null;
  minutesSpent: number;
  financialRoomCents: number;
  provisionsApplied: number;
}

const REASONS = {
  corporatie: ['nieuwe huurovereenkomst', 'eerste betalingsachterstand', 'life event', 'hulpvraag huurder', 'project', 'wijkgerichte aanpak'],
  gemeente: ['aanvraag bijstand', 'schuldhulpverlening', 'gesubsidieerde partner', 'Geldloket'],
  wmw: ['wijkgerichte aanpak', 'inloopspreekuur'],
} as const;

export function generateDemoVisits(seed = 20250313): DemoVisit[] {
  const random = createRandom(seed);
  const visits: DemoVisit[] = [];
  // Weekly from the covenant's start (13-03-2025) to the end of October 2026.
  for (let week = addDays('2025-03-13', 0); week <= '2026-10-31'; week = addDays(week, 7)) {
    const count = random.weighted([[1, 2], [2, 4], [3, 4]] as const);
    for (let i = 0; i < count; i++) {
      const visitedOn = addDays(week, random.int(0, 4));
      if (visitedOn > '2026-10-31') continue;
      const channel = random.weighted([['corporatie', 45], ['gemeente', 35], ['wmw', 20]] as const);
      const tenantOf =
        channel === 'corporatie'
          ? random.weighted([['woonconcept', 85], ['actium', 15]] as const)
          : random.weighted([['woonconcept', 40], ['actium', 5], [null, 55]] as const);
      visits.push({
        covenantId: 'meppel-vzw',
        visitCode: '',
        visitedOn,
        referralChannel: channel,
        reason: random.pick(REASONS[channel]),
        tenantOfPartyId: tenantOf,
        minutesSpent: random.weighted([[120, 8], [150, 1], [90, 1]] as const),
        financialRoomCents: random.chance(0.2) ? 0 : random.int(50, 3000) * 100 + random.int(0, 99),
        provisionsApplied: random.int(0, 4),
      });
    }
  }
  visits.sort((a, b) => a.visitedOn.localeCompare(b.visitedOn));
  return visits.map((visit, index) => ({ ...visit, visitCode: `DEMO-VZW-${String(index + 1).padStart(4, '0')}` }));
}
