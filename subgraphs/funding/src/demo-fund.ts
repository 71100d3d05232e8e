// Demo history of the Garantiefonds Woonkans for `npm start` and the tests: weights (clearly marked
// as demo figures: the real Module 2 key and housing stock are not in the covenant texts), the first
// deposit, claims on the demo trajectories that ended negatively in every status, and payouts that
// take the balance below €25,000 so a top-up round is open with some parties paid. It is driven
// through the same services as the API, so every rule holds for it too.
import type { Db } from '@uitstroom/db/client';
import { addDays } from '@uitstroom/db/dates';
import * as f from '@uitstroom/db/queries/fund';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { approveClaim, discussClaim, payClaim, refuseClaim, submitClaim } from './fund/claims.ts';
import { setWeight } from './fund/members.ts';
import { payRoundPart, raiseRoundByHand } from './fund/rounds.ts';

const FUND = 'woonkans-garantiefonds';
const START = '2024-04-15';
const beheerder: Viewer = { role: 'beheerder', organisationId: null, user: 'Demo beheerder' };
const kassier: Viewer = { role: 'medewerker', organisationId: 'mgr-sociaal-domein-limburg-noord', user: 'Demo kassier MGR', covenants: ['woonkans'] };
const voorzitter: Viewer = { role: 'medewerker', organisationId: 'zorg-en-veiligheidshuis-noord-limburg', user: 'Demo ketenregisseur', covenants: ['woonkans'] };

// Demo weights: inhabitants (thousands, rounded) for the gemeenten, homes in the region for the corporations.
const DEMO_WEIGHTS: Record<string, number> = {
  'gemeente-beesel': 13, 'gemeente-bergen': 13, 'gemeente-echt-susteren': 32, 'gemeente-horst-aan-de-maas': 43,
  'gemeente-leudal': 36, 'gemeente-maasgouw': 24, 'gemeente-nederweert': 17, 'gemeente-peel-en-maas': 44,
  'gemeente-roerdalen': 21, 'gemeente-roermond': 59, 'gemeente-venlo': 102, 'gemeente-venray': 45, 'gemeente-weert': 51,
  antares: 9_000, destion: 2_900, nester: 3_100, 'wonen-limburg': 11_500, 'wonen-zuid': 2_400, woonik: 6_800, woonwenz: 10_200, zowonen: 1_600,
};

interface Event {
  on: string;
  order: number;
  run: () => Promise<unknown>;
}

/** Cost lines of the n-th demo claim: odd amounts, every eligible type in turn. */
function demoLines(n: number) {
  const lines = [
    { costType: 'ontruimingskosten', cents: 310_000 + ((n * 7_919) % 150_000) },
    { costType: 'achterstallige huur/huurderving', cents: 420_000 + ((n * 104_729) % 380_000) },
    { costType: 'mutatiekosten', cents: 150_000 + ((n * 1_299_709) % 300_000) },
  ];
  if (n % 3 === 0) lines.push({ costType: 'juridische (proces)kosten', cents: 95_000 + ((n * 15_485_863) % 90_000) });
  return lines;
}

/** What happens to the n-th of `total` claims: most are paid; one refused; the last ones are still under way. */
function fate(n: number, total: number): 'uitbetaald' | 'afgewezen' | 'goedgekeurd' | 'besproken' | 'ingediend' {
  if (n === 4) return 'afgewezen';
  const fromEnd = total - n;
  if (fromEnd === 1) return 'ingediend';
  if (fromEnd === 2) return 'besproken';
  if (fromEnd === 3) return 'goedgekeurd';
  return 'uitbetaald';
}

function claimEvents(db: Db, cases: { caseCode: string; landlordId: string | null; negativeEndOn: string }[]): Event[] {
  return cases.flatMap((c, n) => {
    const submittedOn = addDays(c.negativeEndOn, 10 + (n % 9));
    const id = { value: '' };
    const end = fate(n, cases.length);
    const events: Event[] = [
      {
        on: submittedOn,
        order: 1,
        run: async () => {
          id.value = await submitClaim(db, { role: 'medewerker', organisationId: c.landlordId, user: 'Demo verhuurconsulent', covenants: ['woonkans'] }, { fundId: FUND, caseCode: c.caseCode, submittedOn, depositCents: 60_000 + (n % 5) * 15_000, lines: demoLines(n) });
        },
      },
    ];
    if (end === 'ingediend') return events;
    events.push({ on: addDays(submittedOn, 14), order: 2, run: () => discussClaim(db, voorzitter, id.value, addDays(submittedOn, 14), 'Besproken in het Woonkans-overleg; evaluatie van de negatieve beëindiging gedaan.') });
    if (end === 'besproken') return events;
    if (end === 'afgewezen') {
      events.push({ on: addDays(submittedOn, 21), order: 3, run: () => refuseClaim(db, voorzitter, id.value, addDays(submittedOn, 21), 'kosten_niet_onderbouwd', 'De kosten van de ontruiming zijn niet gespecificeerd.') });
      return events;
    }
    events.push({ on: addDays(submittedOn, 21), order: 3, run: () => approveClaim(db, voorzitter, id.value, addDays(submittedOn, 21), null, null) });
    if (end === 'uitbetaald') events.push({ on: addDays(submittedOn, 35), order: 4, run: () => payClaim(db, kassier, id.value, addDays(submittedOn, 35)) });
    return events;
  });
}

/** Writes the demo history once; a fund with bookings is left alone. Returns the number of claims written. */
export async function seedDemoFund(db: Db, options: { claims?: number; until?: string } = {}): Promise<number> {
  if ((await f.getFundLedger(db, [FUND])).length > 0) return 0;
  const until = options.until ?? '2026-10-31';
  for (const [partyId, weight] of Object.entries(DEMO_WEIGHTS)) {
    await setWeight(db, beheerder, FUND, partyId, START, weight, partyId.startsWith('gemeente-') ? 'Demogegevens: inwonertal in duizenden, geen echte Module 2-verdeelsleutel' : 'Demogegevens: geen echt woningbezit');
  }
  const roundId = await raiseRoundByHand(db, kassier, FUND, START, null);
  const firstParts = await f.getRoundParts(db, [roundId]);
  const events: Event[] = firstParts.map((p, i) => ({ on: addDays(START, 14 + (i % 6) * 7), order: 0, run: () => payRoundPart(db, kassier, roundId, p.partyId, addDays(START, 14 + (i % 6) * 7)) }));
  const cases = (await f.getClaimCases(db, 'woonkans')).filter((c) => c.negativeEndOn >= START && addDays(c.negativeEndOn, 70) <= until).slice(-(options.claims ?? 14));
  events.push(...claimEvents(db, cases));
  // In the order of their days: the ledger is written chronologically.
  const scheduled = new Set<string>();
  for (let next = takeFirst(events); next && next.on <= until; next = takeFirst(events)) {
    await next.run();
    if (next.order === 4) events.push(...(await topUpPayments(db, scheduled)));
  }
  return cases.length;
}

function takeFirst(events: Event[]): Event | undefined {
  events.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  return events.shift();
}

/** When a payout raised a top-up round, two in three parties pay within two months. */
async function topUpPayments(db: Db, scheduled: Set<string>): Promise<Event[]> {
  const [round] = await f.getFundRounds(db, [FUND]);
  if (!round || round.kind !== 'aanvulling' || scheduled.has(round.id)) return [];
  scheduled.add(round.id);
  const parts = await f.getRoundParts(db, [round.id]);
  return parts
    .filter((_, i) => i % 3 !== 2)
    .map((p, i) => {
      const on = addDays(round.raisedOn, 7 + (i % 8) * 7);
      return { on, order: 0, run: () => payRoundPart(db, kassier, round.id, p.partyId, on) };
    });
}
