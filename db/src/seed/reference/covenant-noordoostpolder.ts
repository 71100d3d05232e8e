// Werkafspraken Bestuurlijk Akkoord Weer thuis Noordoostpolder 2023 — shared/seeds/004_92300c14d149a154.txt.
import type { ReferenceCovenant } from './types.ts';

export const covenantNoordoostpolder: ReferenceCovenant = {
  id: 'noordoostpolder',
  name: 'Werkafspraken Bestuurlijk Akkoord Weer thuis Noordoostpolder 2023',
  region: 'Noordoostpolder',
  seedFile: '004_92300c14d149a154.txt',
  // "Looptijd en evaluatie": one year, "van januari 2023 tot en met 31 december 2023" (day taken as the 1st).
  startsOn: '2023-01-01',
  endsOn: '2023-12-31',
  initialTermMonths: 12,
  // No renewal written for the werkafspraken (the regional Bestuurlijk Akkoord was extended by one year to 31-12-2023).
  tacitRenewal: false,
  bodies: [
    {
      name: 'Uitstroomtafel beschermd wonen',
      description: 'Werkproces voor voorbereiding op uitstroom en matching uit beschermd wonen; pilot sinds 2021 met Kwintes, eind 2022 ook Omega groep en Pi groep (art. 1; bijlage 1)',
    },
    {
      name: 'Bestuurlijk Overleg Sociaal Domein (BOSD)',
      description: 'Flevolands bestuurlijk overleg dat op 24 juni 2021 instemde met het Bestuurlijk Akkoord Weer Thuis Flevoland (inleiding)',
    },
  ],
  evaluationRules: [
    {
      rhythm: 'eenmalig',
      // "In het laatste kwartaal": monthsAfterStart 9 marks the start of that quarter (October 2023).
      description: 'In het laatste kwartaal van de looptijd vindt een evaluatie en zo nodig bijstelling van de afspraken plaats',
      monthsAfterStart: 9,
      source: 'Looptijd en evaluatie',
    },
  ],
  subRegions: [],
  stepLabels: [
    { step: 'bemiddeling', label: 'Uitstroomtafel beschermd wonen (directe bemiddeling)' },
    { step: 'woning_aangeboden', label: 'Woning aangeboden via directe bemiddeling (in principe te accepteren)' },
    { step: 'sleuteloverdracht', label: 'Driepartijenovereenkomst (huurcontract voor twee jaar)' },
    { step: 'evaluatie', label: 'Monitorgesprekken woningcorporatie, begeleider en cliënt' },
    { step: 'omklap', label: 'Omzetting naar reguliere huurovereenkomst voor onbepaalde tijd' },
    { step: 'waakvlam', label: 'Waakvlamcontact vanuit de Wmo (nazorg)' },
    { step: 'afgesloten', label: 'Traject door de zorgaanbieder afgesloten' },
  ],
  norms: [
    {
      code: 'nop-driepartijen-2-jaar',
      description: 'Mercatus verhuurt met een driepartijenovereenkomst; het huurcontract is voor twee jaar, gekoppeld aan een begeleidingsovereenkomst met de zorgaanbieder',
      source: 'art. 1, 3',
    },
    {
      code: 'nop-opzegging-4-maanden',
      description: 'Wil de woningcorporatie het huurcontract beëindigen, dan zijn er gegronde redenen nodig en geeft zij dit minimaal vier maanden voor het aflopen van de overeenkomst schriftelijk aan',
      source: 'art. 3',
    },
    {
      code: 'nop-logeerplek-max-3-maanden',
      description: 'Een cliënt kan maximaal 3 maanden gebruik maken van een logeerplek (adempauze); de huur moet tijdens de logeerperiode worden doorbetaald',
      source: 'art. 5',
    },
    {
      code: 'nop-gemeente-van-herkomst',
      description: 'Uitstromers gaan terug naar de gemeente van herkomst, tenzij',
      source: 'art. 1',
    },
    {
      code: 'nop-geen-particuliere-verhuur-bw',
      description: 'Uitstroom naar particuliere verhuur is voor uitstromers uit beschermd wonen niet wenselijk; voor maatschappelijke opvang acceptabel als tussenfase',
      source: 'art. 1',
    },
    {
      code: 'nop-datalek-48-uur',
      description: 'Partijen informeren elkaar zo snel mogelijk, uiterlijk binnen 48 uur, na vaststelling van een (vermoedelijke) inbreuk in verband met persoonsgegevens',
      source: 'art. 9',
    },
  ],
};
