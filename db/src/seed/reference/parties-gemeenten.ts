// Gemeenten named in the five covenants in shared/seeds.
// Names are the bare municipality names, because imports match gemeenten by bare name
// (uitstroommonitor columns gemeente_herkomst / gemeente_uitstroom).
import type { ReferenceParty } from './types.ts';

export const referenceGemeenten: ReferenceParty[] = [
  // 000 Meppel: "De Gemeente Meppel" (ondergetekenden); contract partner of Zorgweb (art. 10.1).
  { id: 'gemeente-meppel', name: 'Meppel', kind: 'gemeente', description: 'Opdrachtgever VoorzieningenWijzer; contractpartner van Zorgweb' },

  // 001 Walcheren: "gemeente Vlissingen; gemeente Middelburg; gemeente Veere" (ondergetekenden).
  { id: 'gemeente-vlissingen', name: 'Vlissingen', kind: 'gemeente', description: 'Walcherse gemeente; regievoerder Team Thuis' },
  { id: 'gemeente-middelburg', name: 'Middelburg', kind: 'gemeente', description: 'Walcherse gemeente; regievoerder Team Thuis' },
  { id: 'gemeente-veere', name: 'Veere', kind: 'gemeente', description: 'Walcherse gemeente; regievoerder Team Thuis' },

  // 002 Woonkans: parties 1-13 of the Samenwerkingsovereenkomst (seat in brackets as the text gives it).
  { id: 'gemeente-beesel', name: 'Beesel', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Reuver)' },
  { id: 'gemeente-bergen', name: 'Bergen', kind: 'gemeente', description: 'Gemeente Bergen (L), Woonkans-gemeente' },
  { id: 'gemeente-echt-susteren', name: 'Echt-Susteren', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Echt)' },
  { id: 'gemeente-horst-aan-de-maas', name: 'Horst aan de Maas', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Horst)' },
  { id: 'gemeente-leudal', name: 'Leudal', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Heythuysen)' },
  { id: 'gemeente-maasgouw', name: 'Maasgouw', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Maasbracht)' },
  { id: 'gemeente-nederweert', name: 'Nederweert', kind: 'gemeente', description: 'Woonkans-gemeente' },
  { id: 'gemeente-peel-en-maas', name: 'Peel en Maas', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in Panningen)' },
  { id: 'gemeente-roerdalen', name: 'Roerdalen', kind: 'gemeente', description: 'Woonkans-gemeente (statutair gevestigd in St. Odiliënberg)' },
  { id: 'gemeente-roermond', name: 'Roermond', kind: 'gemeente', description: 'Woonkans-gemeente' },
  { id: 'gemeente-venlo', name: 'Venlo', kind: 'gemeente', description: 'Woonkans-gemeente' },
  { id: 'gemeente-venray', name: 'Venray', kind: 'gemeente', description: 'Woonkans-gemeente; stelde de DPIA Woonkans op' },
  { id: 'gemeente-weert', name: 'Weert', kind: 'gemeente', description: 'Woonkans-gemeente' },

  // 003 Noord-Veluwe: "Gemeenten Elburg, Ermelo, Harderwijk, Nunspeet, Oldebroek, Putten" (ketenpartners);
  // Harderwijk has the centrumgemeente role (Visie 2a); Zeewolde joins after formal decision-making.
  { id: 'gemeente-elburg', name: 'Elburg', kind: 'gemeente', description: 'Noord-Veluwse gemeente, ketenpartner' },
  { id: 'gemeente-ermelo', name: 'Ermelo', kind: 'gemeente', description: 'Noord-Veluwse gemeente, ketenpartner' },
  { id: 'gemeente-harderwijk', name: 'Harderwijk', kind: 'gemeente', description: 'Centrumgemeente maatschappelijke zorg Noord-Veluwe' },
  { id: 'gemeente-nunspeet', name: 'Nunspeet', kind: 'gemeente', description: 'Noord-Veluwse gemeente, ketenpartner' },
  { id: 'gemeente-oldebroek', name: 'Oldebroek', kind: 'gemeente', description: 'Noord-Veluwse gemeente, ketenpartner' },
  { id: 'gemeente-putten', name: 'Putten', kind: 'gemeente', description: 'Noord-Veluwse gemeente, ketenpartner' },
  { id: 'gemeente-zeewolde', name: 'Zeewolde', kind: 'gemeente', description: 'Ketenpartner na formele besluitvorming over toetreding tot regio Noord-Veluwe' },

  // 004 Noordoostpolder: "gemeente Noordoostpolder" (betrokken partijen).
  { id: 'gemeente-noordoostpolder', name: 'Noordoostpolder', kind: 'gemeente', description: 'Gemeente van de werkafspraken Weer thuis Noordoostpolder' },
  // 004 art. 5: access to the regional logeerplekken runs via the plaatsingscoördinatoren beschermd wonen of gemeente Almere.
  { id: 'gemeente-almere', name: 'Almere', kind: 'gemeente', description: 'Plaatsingscoördinatoren beschermd wonen; toegang tot de regionale logeerplekken' },
];
