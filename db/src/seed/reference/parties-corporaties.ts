// Woningcorporaties named in the five covenants in shared/seeds.
// Where the covenant writes a legal form or category ("Stichting", "Woningcorporatie",
// "Woningvereniging"), the name here is the organisation's own name; the full form is in description.
import type { ReferenceParty } from './types.ts';

export const referenceCorporaties: ReferenceParty[] = [
  // 000 Meppel: "De woningcorporatie Stichting Woonconcept" and "De woningcorporatie Actium" (ondergetekenden).
  { id: 'woonconcept', name: 'Woonconcept', kind: 'woningcorporatie', description: 'Stichting Woonconcept, Meppel; betaalt 90% van het corporatiedeel VoorzieningenWijzer' },
  { id: 'actium', name: 'Actium', kind: 'woningcorporatie', description: 'Actium, Assen; betaalt 10% van het corporatiedeel VoorzieningenWijzer' },

  // 001 Walcheren (ondergetekenden). The text writes "l’escaut" (typographic apostrophe) and "L’escaut";
  // the ASCII form is used because the import format writes "l'escaut".
  { id: 'lescaut', name: "l'escaut", kind: 'woningcorporatie', description: 'Woningcorporatie gevestigd te Vlissingen' },
  { id: 'woongoed-middelburg', name: 'Woongoed Middelburg', kind: 'woningcorporatie', description: 'Woningcorporatie gevestigd te Middelburg' },
  { id: 'zeeuwland', name: 'Zeeuwland', kind: 'woningcorporatie', description: 'Woningcorporatie gevestigd te Zierikzee' },
  { id: 'wbv-arnemuiden', name: 'WBV Arnemuiden', kind: 'woningcorporatie', description: 'Woningbouwvereniging Arnemuiden' },

  // 002 Woonkans: parties 14-21 ("Hierna gezamenlijk te noemen: 'Woningcorporaties'").
  { id: 'antares', name: 'Antares', kind: 'woningcorporatie', description: 'Woningcorporatie Antares, Tegelen' },
  { id: 'destion', name: 'Destion', kind: 'woningcorporatie', description: 'Woningcorporatie Destion, Gennep' },
  { id: 'nester', name: 'Nester', kind: 'woningcorporatie', description: 'Woningcorporatie Nester, Reuver' },
  { id: 'wonen-limburg', name: 'Wonen Limburg', kind: 'woningcorporatie', description: 'Woningcorporatie Stichting Wonen Limburg, Roermond' },
  { id: 'wonen-zuid', name: 'Wonen Zuid', kind: 'woningcorporatie', description: 'Woningcorporatie Stichting Wonen Zuid, Roermond' },
  { id: 'woonik', name: 'Woonik', kind: 'woningcorporatie', description: 'Woningvereniging Woonik, Nederweert' },
  { id: 'woonwenz', name: 'Woonwenz', kind: 'woningcorporatie', description: 'Woningcorporatie Woonwenz, Venlo' },
  { id: 'zowonen', name: 'ZOwonen', kind: 'woningcorporatie', description: 'Woningcorporatie ZOwonen, Sittard' },

  // 003 Noord-Veluwe: intentiepartners (not ketenpartners).
  { id: 'omnia-wonen', name: 'Omnia wonen', kind: 'woningcorporatie', description: 'Intentiepartner maatschappelijke zorg Noord-Veluwe' },
  { id: 'u-woon', name: 'U-woon', kind: 'woningcorporatie', description: 'Intentiepartner maatschappelijke zorg Noord-Veluwe' },
  { id: 'woningstichting-putten', name: 'Woningstichting Putten', kind: 'woningcorporatie', description: 'Intentiepartner maatschappelijke zorg Noord-Veluwe' },
  { id: 'delta-wonen', name: 'Delta Wonen', kind: 'woningcorporatie', description: 'Intentiepartner maatschappelijke zorg Noord-Veluwe' },

  // 004 Noordoostpolder: "Woningcorporatie Mercatus" (betrokken partijen); uses the driepartijenovereenkomst (art. 1, 3).
  { id: 'mercatus', name: 'Mercatus', kind: 'woningcorporatie', description: 'Woningcorporatie in Noordoostpolder; verhuurt met driepartijenovereenkomst' },
];
