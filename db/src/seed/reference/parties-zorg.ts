// Care and welfare providers (zorg- en welzijnsaanbieders) named in the five covenants in shared/seeds.
// An organisation named in several covenants is listed once (Leger des Heils, Eleos, Philadelphia).
import type { ReferenceParty } from './types.ts';

export const referenceZorgaanbieders: ReferenceParty[] = [
  // 000 Meppel: "Welzijnsorganisatie, Welzijn MensenWerk" (ondergetekenden); opdrachtnemer (art. 1.6, art. 9).
  { id: 'welzijn-mensenwerk', name: 'Welzijn MensenWerk', kind: 'zorgaanbieder', description: 'Uitvoerder van de VoorzieningenWijzer (WMW)' },

  // 001 Walcheren (ondergetekenden). Leger des Heils, Eleos and Philadelphia also appear in 002/003.
  { id: 'juvent', name: 'Juvent', kind: 'zorgaanbieder', description: 'Jeugdzorg; partij Weer Thuis op Walcheren' },
  { id: 'emergis', name: 'Emergis', kind: 'zorgaanbieder', description: 'GGZ en beschermd wonen; partij Weer Thuis op Walcheren' },
  { id: 'ckz', name: 'CKZ', kind: 'zorgaanbieder', description: 'Partij Weer Thuis op Walcheren' },
  // 002 Woonkans party 34 is "Stichting Leger des Heils Welzijns- en Gezondheidszorg" (same organisation).
  { id: 'leger-des-heils', name: 'Leger des Heils', kind: 'zorgaanbieder', description: 'Stichting Leger des Heils Welzijns- en Gezondheidszorg' },
  { id: 'philadelphia', name: 'Philadelphia', kind: 'zorgaanbieder', description: 'Zorgaanbieder; Walcheren en ketenpartner Noord-Veluwe' },
  { id: 'eleos', name: 'Eleos', kind: 'zorgaanbieder', description: 'GGZ; Walcheren en ketenpartner Noord-Veluwe' },
  { id: 'mgb-hulpverlening', name: 'MGB Hulpverlening', kind: 'zorgaanbieder', description: 'Partij Weer Thuis op Walcheren' },
  { id: 'gors', name: 'Gors', kind: 'zorgaanbieder', description: 'Partij Weer Thuis op Walcheren' },
  { id: 'de-hoop-ggz', name: 'De Hoop GGZ', kind: 'zorgaanbieder', description: 'Partij Weer Thuis op Walcheren' },
  { id: 'zeeuwse-gronden', name: 'Zeeuwse Gronden', kind: 'zorgaanbieder', description: 'Partij Weer Thuis op Walcheren' },
  // Written "Jeugd bescherming West" in the party list and "Jeugdbescherming West" at the signature.
  { id: 'jeugdbescherming-west', name: 'Jeugdbescherming West', kind: 'zorgaanbieder', description: 'Jeugdbescherming; partij Weer Thuis op Walcheren' },

  // 002 Woonkans: parties 22-39 ("Zorg- en welzijnspartners"); 18 in total including Leger des Heils above.
  { id: 'autismebegeleiding-nl', name: 'Autismebegeleiding.nl', kind: 'zorgaanbieder', description: 'Onderdeel van het Regionaal Autisme Centrum, Helmond' },
  { id: 'vijf', name: 'VIJF', kind: 'zorgaanbieder', description: 'VIJF B.V., Roermond' },
  { id: 'bureau-al-osra', name: 'Bureau Al Osra Zorg en Welzijn', kind: 'zorgaanbieder', description: 'Weert' },
  { id: 'buro-andersom', name: 'Buro Andersom', kind: 'zorgaanbieder', description: 'Buro Andersom B.V., Belfeld' },
  { id: 'care-plus', name: 'Care Plus', kind: 'zorgaanbieder', description: 'Care Plus Stichting, Roggel' },
  { id: 'limburgse-zorgboeren', name: 'Limburgse Zorgboeren', kind: 'zorgaanbieder', description: 'Coöperatie Limburgse Zorgboeren U.A., Roermond' },
  { id: 'de-eekhoorn-begeleiding', name: 'De Eekhoorn Begeleiding', kind: 'zorgaanbieder', description: 'Bergen (L)' },
  { id: 'kr8tig', name: 'Kr8tig', kind: 'zorgaanbieder', description: 'Weert' },
  { id: 'mv-pedagogische-begeleiding', name: 'MV Pedagogische Begeleiding', kind: 'zorgaanbieder', description: 'MV Pedagogische Begeleiding B.V., Heibloem' },
  { id: 'pactum', name: 'Pactum', kind: 'zorgaanbieder', description: 'Nijmegen' },
  { id: 'pgz', name: 'PGZ', kind: 'zorgaanbieder', description: 'Nederweert' },
  { id: 'redos', name: 'Redos', kind: 'zorgaanbieder', description: 'Redos BV, Nistelrode' },
  { id: 'met-ggz', name: 'MET ggz', kind: 'zorgaanbieder', description: 'Stichting MET ggz, Roermond' },
  { id: 'moveoo', name: 'Moveoo', kind: 'zorgaanbieder', description: 'Stichting Moveoo, Roermond' },
  { id: 'psw', name: 'PSW', kind: 'zorgaanbieder', description: 'Stichting PSW, Herten' },
  { id: 'twende', name: 'Twende leren werken wonen', kind: 'zorgaanbieder', description: 'Stichting Twende leren werken wonen, Maasbree' },
  { id: 'vincent-van-gogh', name: 'Vincent van Gogh voor Geestelijke Gezondheid', kind: 'zorgaanbieder', description: 'GGZ, Nijmegen (VIGO)' },

  // 003 Noord-Veluwe: ketenpartners (care and welfare; Eleos and Philadelphia listed above).
  { id: 'ambulante-hulpverlening-midden-nederland', name: 'Ambulante Hulpverlening Midden Nederland', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'carenader', name: 'Carenader', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'ggz-centraal', name: 'GGz Centraal', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  // The text writes "`s Heerenloo" (backtick); an ASCII apostrophe is used here.
  { id: 's-heerenloo', name: "'s Heerenloo", kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'humanitas-dmh', name: 'Humanitas DMH', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'iriszorg', name: 'IrisZorg', kind: 'zorgaanbieder', description: 'Verslavingszorg; ketenpartner Noord-Veluwe' },
  { id: 'mee-samen', name: 'MEE Samen', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'praktijkhuis-ixta-noa', name: 'Praktijkhuis Ixta Noa', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'profila-zorg', name: 'Profila-zorg', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'stichting-ontmoeting', name: 'Stichting Ontmoeting', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'stimenz', name: 'Stimenz', kind: 'zorgaanbieder', description: 'Welzijn; ketenpartner Noord-Veluwe' },
  { id: 'tactus-verslavingszorg', name: 'Tactus verslavingszorg', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'zorgdat', name: 'ZorgDat', kind: 'zorgaanbieder', description: 'Vertegenwoordigt de welzijnsorganisaties; ketenpartner Noord-Veluwe' },
  { id: 'woonsupport-en-ik', name: 'Woonsupport & ik', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },
  { id: 'woonzorgnet-nunspeet', name: 'Woonzorgnet Nunspeet', kind: 'zorgaanbieder', description: 'Ketenpartner Noord-Veluwe' },

  // 004 Noordoostpolder: "Kwintes, Omega groep, Pi groep" (betrokken partijen), plus organisations named in art. 5 and 7.
  { id: 'kwintes', name: 'Kwintes', kind: 'zorgaanbieder', description: 'Beschermd wonen; pilot Uitstroomtafel sinds 2021; huurt tussenvoorziening Merwede' },
  { id: 'omega-groep', name: 'Omega groep', kind: 'zorgaanbieder', description: 'Sluit eind 2022 aan bij het werkproces Uitstroomtafel' },
  { id: 'pi-groep', name: 'Pi groep', kind: 'zorgaanbieder', description: 'Sluit eind 2022 aan bij het werkproces Uitstroomtafel' },
  { id: 'zorggroep-oude-en-nieuwe-land', name: 'Zorggroep Oude en Nieuwe Land', kind: 'zorgaanbieder', description: 'Partner in de afspraken over het voorkomen van huisuitzettingen' },
  { id: 'humanitas', name: 'Humanitas', kind: 'zorgaanbieder', description: 'Hulp bij thuisadministratie en formuliereninloop (Noordoostpolder)' },
];
