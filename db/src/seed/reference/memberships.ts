// Each party's role(s) per covenant. A party with two roles in one covenant has two memberships.
// No Woonkans membership carries a subRegionId: the covenant text does not say which gemeente,
// corporation or provider belongs to Noord- or Midden-Limburg.
import type { ReferenceMembership } from './types.ts';

function roles(covenantId: string, role: string, partyIds: readonly string[]): ReferenceMembership[] {
  return partyIds.map((partyId) => ({ covenantId, partyId, role }));
}

// 000 Meppel: art. 1.5 "Opdrachtgever: gemeente en corporaties"; art. 1.6 "Opdrachtnemer: ... WMW";
// art. 10.1 Zorgweb is the supplier the gemeente contracts.
const meppel: ReferenceMembership[] = [
  ...roles('meppel-vzw', 'opdrachtgever', ['gemeente-meppel', 'woonconcept', 'actium']),
  ...roles('meppel-vzw', 'opdrachtnemer', ['welzijn-mensenwerk']),
  ...roles('meppel-vzw', 'leverancier', ['zorgweb']),
];

// 001 Walcheren: every signatory is a 'Partij'; werkafspraak 1.2 makes each gemeente regievoerder of Team Thuis.
const walcheren: ReferenceMembership[] = [
  ...roles('walcheren', 'partner', [
    'gemeente-vlissingen', 'gemeente-middelburg', 'gemeente-veere',
    'lescaut', 'woongoed-middelburg', 'zeeuwland', 'wbv-arnemuiden',
    'juvent', 'emergis', 'ckz', 'leger-des-heils', 'philadelphia', 'eleos',
    'mgb-hulpverlening', 'gors', 'de-hoop-ggz', 'zeeuwse-gronden', 'jeugdbescherming-west',
  ]),
  ...roles('walcheren', 'regievoerder', ['gemeente-vlissingen', 'gemeente-middelburg', 'gemeente-veere']),
  // Art. 4 / werkafspraak 7.3: escalation point, not a signatory.
  ...roles('walcheren', 'meldpunt', ['zorgwekkend-gedrag-zeeland']),
];

// 002 Woonkans: parties 1-13 Gemeenten, 14-21 Woningcorporaties, 22-39 Zorg- en welzijnspartners.
export const woonkansGemeenten = [
  'gemeente-beesel', 'gemeente-bergen', 'gemeente-echt-susteren', 'gemeente-horst-aan-de-maas',
  'gemeente-leudal', 'gemeente-maasgouw', 'gemeente-nederweert', 'gemeente-peel-en-maas',
  'gemeente-roerdalen', 'gemeente-roermond', 'gemeente-venlo', 'gemeente-venray', 'gemeente-weert',
] as const;
export const woonkansCorporaties = [
  'antares', 'destion', 'nester', 'wonen-limburg', 'wonen-zuid', 'woonik', 'woonwenz', 'zowonen',
] as const;
export const woonkansZorgaanbieders = [
  'autismebegeleiding-nl', 'vijf', 'bureau-al-osra', 'buro-andersom', 'care-plus', 'limburgse-zorgboeren',
  'de-eekhoorn-begeleiding', 'kr8tig', 'mv-pedagogische-begeleiding', 'pactum', 'pgz', 'redos',
  'leger-des-heils', 'met-ggz', 'moveoo', 'psw', 'twende', 'vincent-van-gogh',
] as const;

const woonkans: ReferenceMembership[] = [
  ...roles('woonkans', 'partner', [...woonkansGemeenten, ...woonkansCorporaties, ...woonkansZorgaanbieders]),
  // Art. 7.7 and bijlage 3: MGR only holds the cashier function of the Garantiefonds.
  ...roles('woonkans', 'kassier', ['mgr-sociaal-domein-limburg-noord']),
  // DPIA par. 5: ZVH Noord-Limburg (its ketenregisseurs) chairs the bemiddelingsoverleg.
  ...roles('woonkans', 'voorzitter Woonkans-overleg', ['zorg-en-veiligheidshuis-noord-limburg']),
];

// 003 Noord-Veluwe: the lists "Ketenpartners" and "Intentiepartners".
const noordVeluwe: ReferenceMembership[] = [
  ...roles('noord-veluwe', 'ketenpartner', [
    'ambulante-hulpverlening-midden-nederland', 'carenader', 'eleos', 'ggd-noord-en-oost-gelderland', 'ggz-centraal',
    'gemeente-elburg', 'gemeente-ermelo', 'gemeente-harderwijk', 'gemeente-nunspeet', 'gemeente-oldebroek', 'gemeente-putten',
    's-heerenloo', 'humanitas-dmh', 'iriszorg', 'mee-samen', 'philadelphia', 'praktijkhuis-ixta-noa', 'profila-zorg',
    'stichting-ontmoeting', 'stimenz', 'tactus-verslavingszorg', 'zorgdat', 'woonsupport-en-ik', 'woonzorgnet-nunspeet',
  ]),
  // "Gemeente Zeewolde: ketenpartner na formele besluitvorming toetreding regio Noord Veluwe".
  ...roles('noord-veluwe', 'aspirant-ketenpartner', ['gemeente-zeewolde']),
  // Visie 2a: Harderwijk fulfils the centrumgemeente role.
  ...roles('noord-veluwe', 'centrumgemeente', ['gemeente-harderwijk']),
  // "GGD Noord- en Oost-Gelderland monitort de uitvoering van de afspraken."
  ...roles('noord-veluwe', 'monitor', ['ggd-noord-en-oost-gelderland']),
  ...roles('noord-veluwe', 'intentiepartner', [
    'omnia-wonen', 'u-woon', 'woningstichting-putten', 'delta-wonen', 'zilveren-kruis', 'politie-noord-en-oost-gelderland',
  ]),
];

// 004 Noordoostpolder: "Betrokken partijen: Woningcorporatie Mercatus, Kwintes, Omega groep, Pi groep, gemeente Noordoostpolder".
const noordoostpolder: ReferenceMembership[] = [
  ...roles('noordoostpolder', 'partner', ['gemeente-noordoostpolder', 'mercatus', 'kwintes', 'omega-groep', 'pi-groep']),
  // Art. 5 "Voorkomen huisuitzetting": Mercatus, Zorggroep Oude en Nieuwe Land, GGD Vangnet&Advies, KBNL and the gemeente.
  ...roles('noordoostpolder', 'partner voorkomen huisuitzetting', [
    'zorggroep-oude-en-nieuwe-land', 'ggd-vangnet-en-advies', 'kredietbank-nederland',
  ]),
  // Art. 7: budgetbeheer and budgetcoaching by KBNL; thuisadministratie by Humanitas.
  ...roles('noordoostpolder', 'schulddienstverlening', ['kredietbank-nederland']),
  ...roles('noordoostpolder', 'thuisadministratie', ['humanitas']),
  // Art. 5: access to logeerplekken via the plaatsingscoördinatoren beschermd wonen of gemeente Almere.
  ...roles('noordoostpolder', 'plaatsingscoördinatie logeerplekken', ['gemeente-almere']),
];

export const referenceMemberships: ReferenceMembership[] = [
  ...meppel,
  ...walcheren,
  ...woonkans,
  ...noordVeluwe,
  ...noordoostpolder,
];
