// Other organisations with a named role in the covenants: supplier, cashier, monitor,
// chair of the Woonkans-overleg, intentiepartners that are neither corporation nor provider, etc.
import type { ReferenceParty } from './types.ts';

export const referenceOverigePartijen: ReferenceParty[] = [
  // 000 Meppel art. 10.1: "Zorgweb (aanbieder van VoorzieningenWijzer)"; quarterly reports (art. 10.4).
  { id: 'zorgweb', name: 'Zorgweb', kind: 'overig', description: 'Leverancier van de VoorzieningenWijzer; levert kwartaalrapportages' },

  // 001 Walcheren art. 4 / werkafspraak 7.3: escalation ("melding bij Zorgwekkend Gedrag Zeeland (Zorg- en Veiligheidshuis)").
  { id: 'zorgwekkend-gedrag-zeeland', name: 'Zorgwekkend Gedrag Zeeland', kind: 'overig', description: 'Meldpunt zorgwekkend gedrag (Zorg- en Veiligheidshuis Zeeland)' },

  // 002 Woonkans art. 7.7 and bijlage 3: cashier of the Garantiefonds.
  { id: 'mgr-sociaal-domein-limburg-noord', name: 'Modulaire Gemeenschappelijke Regeling sociaal domein Limburg-Noord', kind: 'overig', description: 'MGR; kassier van het Garantiefonds Woonkans' },
  // 002 DPIA par. 3 and 5: the ketenregisseurs of the ZVH chair the Woonkans-overleg and run PGAx.
  { id: 'zorg-en-veiligheidshuis-noord-limburg', name: 'Zorg- en Veiligheidshuis Noord-Limburg', kind: 'overig', description: 'Ketenregisseurs (voorzitters Woonkans-overleg); beheert PGAx' },

  // 003 Noord-Veluwe: ketenpartner that monitors the agreements; intentiepartners.
  { id: 'ggd-noord-en-oost-gelderland', name: 'GGD Noord- en Oost-Gelderland', kind: 'overig', description: 'Monitort de uitvoering van de afspraken maatschappelijke zorg Noord-Veluwe' },
  { id: 'zilveren-kruis', name: 'Zilveren Kruis', kind: 'overig', description: 'Zorgverzekeraar; intentiepartner Noord-Veluwe' },
  { id: 'politie-noord-en-oost-gelderland', name: 'Politie regio Noord en Oost Gelderland, district Noordwest Veluwe', kind: 'overig', description: 'Politie; intentiepartner Noord-Veluwe' },

  // 004 Noordoostpolder art. 5 ("Voorkomen huisuitzetting") and art. 7 (financieel beheer).
  { id: 'ggd-vangnet-en-advies', name: 'GGD Vangnet&Advies', kind: 'overig', description: 'Partner in de afspraken over het voorkomen van huisuitzettingen' },
  { id: 'kredietbank-nederland', name: 'Kredietbank Nederland', kind: 'overig', description: 'KBNL; budgetbeheer en budgetcoaching, aanmelding via het Financieel Loket' },
];
