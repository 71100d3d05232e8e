// Convenant VoorzieningenWijzer Meppel — shared/seeds/000_033b4c1c36d5c5c4.txt.
import type { ReferenceCovenant } from './types.ts';

export const covenantMeppel: ReferenceCovenant = {
  id: 'meppel-vzw',
  // The seed has no title line; the name is the one DOMAIN.md uses.
  name: 'Convenant VoorzieningenWijzer Meppel',
  region: 'Meppel',
  seedFile: '000_033b4c1c36d5c5c4.txt',
  // Art. 14: in force on the day the last party signs; signed "te Gemeente Meppel, (13 maart 2025)".
  startsOn: '2025-03-13',
  // Art. 14: term 1 year, tacitly renewed by 1 year each time, notice in writing at least 3 months before expiry.
  initialTermMonths: 12,
  tacitRenewal: true,
  renewalMonths: 12,
  noticeMonths: 3,
  // The covenant names no standing bodies (werkgroep, stuurgroep, ...); coordination is described in art. 13.5.
  bodies: [],
  evaluationRules: [
    {
      rhythm: 'jaar',
      description: 'Jaarlijkse evaluatie in oktober, geïnitieerd door de gemeente (of vaker als een partij dat verlangt); bij de evaluatie kan een nacalculatie volgen',
      month: 10,
      source: 'art. 13.1, 13.3; art. 10.2.II',
    },
    {
      rhythm: 'kwartaal',
      description: 'Resultaten monitoren met de kwartaalrapportages van Zorgweb, door Welzijn MensenWerk aangevuld met kwalitatieve input; daarnaast een dashboard met de actuele stand',
      source: 'art. 10.4, 13.4',
    },
    {
      rhythm: 'kwartaal',
      description: 'Op het niveau van de uitvoering wordt driemaandelijks afgestemd over de voortgang',
      source: 'art. 13.5',
    },
    {
      rhythm: 'eenmalig',
      description: 'Tussentijdse evaluatie indien een wetswijziging daartoe aanleiding geeft',
      source: 'art. 13.2',
    },
  ],
  subRegions: [],
  // Meppel records household visits, not trajectories, so it names none of the canonical steps.
  stepLabels: [],
  norms: [
    {
      code: 'vzw-streefaantal-afwijking-overleg',
      description: 'Als het ernaar uitziet dat het streefaantal (100 huishoudens per jaar) niet wordt gehaald, of wordt of al is overschreden, gaan partijen met elkaar in gesprek en maken zij afspraken over acties',
      source: 'art. 10.3, 10.4',
    },
    {
      code: 'vzw-huisbezoek-2-uur',
      description: 'Voor een huisbezoek wordt 2 uur gerekend tegen het uurtarief van WMW (€ 67,50)',
      source: 'art. 10.2.II',
    },
    {
      code: 'vzw-tarief-alleen-indexering',
      description: 'Anders dan de wettelijke indexering wijzigt het uurtarief niet gedurende de looptijd',
      source: 'art. 10.2.II',
    },
    {
      code: 'vzw-nacalculatie-eigen-huurders',
      description: 'Bij de jaarlijkse evaluatie kan een nacalculatie volgen; Woonconcept en Actium betalen alleen voor eigen huurders',
      source: 'art. 10.2.II',
    },
    {
      code: 'vzw-toestemming-gegevens',
      description: 'Actium, Woonconcept en de gemeente leveren alleen gegevens aan van huurders en inwoners die daarvoor toestemming hebben gegeven; WMW is zelfstandig verwerkingsverantwoordelijke',
      source: 'art. 11.4-11.7',
    },
  ],
};
