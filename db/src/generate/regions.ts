// The national data set's regions: the 40 COROP regions of the Netherlands, each a synthetic
// regional uitstroom covenant (regio-01 … regio-40) with its gemeenten, corporations and providers.
// Gemeenten counts add up to the 342 gemeenten of 2024; populations (thousands) are approximate and
// only weigh how many trajectories, visits and parties a region gets. The 26 gemeenten of the five
// real covenants take part in their own region; the other 316 are synthetic (gemeente-nl-001 …).
import { referenceMemberships, referenceParties } from '../seed/reference/index.ts';
import type { PartyKind } from '../seed/reference/types.ts';

export const NATIONAL_GEMEENTEN = 342;

interface RegionRow {
  name: string;
  province: string;
  gemeenten: number;
  population: number;
}

/** COROP order (1-40); `gemeenten` includes the real reference gemeenten placed below. */
const COROP: readonly RegionRow[] = [
  { name: 'Oost-Groningen', province: 'Groningen', gemeenten: 5, population: 110 },
  { name: 'Delfzijl en omgeving', province: 'Groningen', gemeenten: 1, population: 45 },
  { name: 'Overig Groningen', province: 'Groningen', gemeenten: 4, population: 430 },
  { name: 'Noord-Friesland', province: 'Fryslân', gemeenten: 8, population: 340 },
  { name: 'Zuidwest-Friesland', province: 'Fryslân', gemeenten: 3, population: 110 },
  { name: 'Zuidoost-Friesland', province: 'Fryslân', gemeenten: 6, population: 210 },
  { name: 'Noord-Drenthe', province: 'Drenthe', gemeenten: 4, population: 205 },
  { name: 'Zuidoost-Drenthe', province: 'Drenthe', gemeenten: 3, population: 165 },
  { name: 'Zuidwest-Drenthe', province: 'Drenthe', gemeenten: 5, population: 130 },
  { name: 'Noord-Overijssel', province: 'Overijssel', gemeenten: 9, population: 370 },
  { name: 'Zuidwest-Overijssel', province: 'Overijssel', gemeenten: 2, population: 150 },
  { name: 'Twente', province: 'Overijssel', gemeenten: 14, population: 640 },
  { name: 'Veluwe', province: 'Gelderland', gemeenten: 14, population: 730 },
  { name: 'Achterhoek', province: 'Gelderland', gemeenten: 8, population: 395 },
  { name: 'Arnhem/Nijmegen', province: 'Gelderland', gemeenten: 17, population: 810 },
  { name: 'Zuidwest-Gelderland', province: 'Gelderland', gemeenten: 10, population: 280 },
  { name: 'Utrecht', province: 'Utrecht', gemeenten: 26, population: 1390 },
  { name: 'Kop van Noord-Holland', province: 'Noord-Holland', gemeenten: 5, population: 370 },
  { name: 'Alkmaar en omgeving', province: 'Noord-Holland', gemeenten: 6, population: 300 },
  { name: 'IJmond', province: 'Noord-Holland', gemeenten: 3, population: 170 },
  { name: 'Agglomeratie Haarlem', province: 'Noord-Holland', gemeenten: 3, population: 240 },
  { name: 'Zaanstreek', province: 'Noord-Holland', gemeenten: 2, population: 170 },
  { name: 'Groot-Amsterdam', province: 'Noord-Holland', gemeenten: 14, population: 1520 },
  { name: 'Het Gooi en Vechtstreek', province: 'Noord-Holland', gemeenten: 7, population: 260 },
  { name: 'Agglomeratie Leiden en Bollenstreek', province: 'Zuid-Holland', gemeenten: 11, population: 440 },
  { name: "Agglomeratie 's-Gravenhage", province: 'Zuid-Holland', gemeenten: 5, population: 1110 },
  { name: 'Delft en Westland', province: 'Zuid-Holland', gemeenten: 4, population: 260 },
  { name: 'Oost-Zuid-Holland', province: 'Zuid-Holland', gemeenten: 10, population: 360 },
  { name: 'Groot-Rijnmond', province: 'Zuid-Holland', gemeenten: 14, population: 1470 },
  { name: 'Zuidoost-Zuid-Holland', province: 'Zuid-Holland', gemeenten: 9, population: 500 },
  { name: 'Zeeuwsch-Vlaanderen', province: 'Zeeland', gemeenten: 3, population: 105 },
  { name: 'Overig Zeeland', province: 'Zeeland', gemeenten: 10, population: 285 },
  { name: 'West-Noord-Brabant', province: 'Noord-Brabant', gemeenten: 16, population: 640 },
  { name: 'Midden-Noord-Brabant', province: 'Noord-Brabant', gemeenten: 9, population: 490 },
  { name: 'Noordoost-Noord-Brabant', province: 'Noord-Brabant', gemeenten: 14, population: 690 },
  { name: 'Zuidoost-Noord-Brabant', province: 'Noord-Brabant', gemeenten: 21, population: 800 },
  { name: 'Noord-Limburg', province: 'Limburg', gemeenten: 8, population: 290 },
  { name: 'Midden-Limburg', province: 'Limburg', gemeenten: 7, population: 240 },
  { name: 'Zuid-Limburg', province: 'Limburg', gemeenten: 16, population: 595 },
  { name: 'Flevoland', province: 'Flevoland', gemeenten: 6, population: 440 },
];

/** The COROP region (1-40) of each gemeente of the five real covenants. */
const REFERENCE_GEMEENTE_REGION: Readonly<Record<string, number>> = {
  'gemeente-meppel': 9,
  'gemeente-vlissingen': 32, 'gemeente-middelburg': 32, 'gemeente-veere': 32,
  'gemeente-beesel': 37, 'gemeente-bergen': 37, 'gemeente-horst-aan-de-maas': 37,
  'gemeente-peel-en-maas': 37, 'gemeente-venlo': 37, 'gemeente-venray': 37,
  'gemeente-echt-susteren': 38, 'gemeente-leudal': 38, 'gemeente-maasgouw': 38, 'gemeente-nederweert': 38,
  'gemeente-roerdalen': 38, 'gemeente-roermond': 38, 'gemeente-weert': 38,
  'gemeente-elburg': 13, 'gemeente-ermelo': 13, 'gemeente-harderwijk': 13,
  'gemeente-nunspeet': 13, 'gemeente-oldebroek': 13, 'gemeente-putten': 13,
  'gemeente-zeewolde': 40, 'gemeente-noordoostpolder': 40, 'gemeente-almere': 40,
};

/** The regions whose covenant the corporations and providers of each real covenant also join. */
const REFERENCE_COVENANT_REGIONS: Readonly<Record<string, readonly number[]>> = {
  'meppel-vzw': [9],
  walcheren: [32],
  woonkans: [37, 38],
  'noord-veluwe': [13],
  noordoostpolder: [40],
};

export interface RegionParty {
  id: string;
  name: string;
  kind: PartyKind;
  description: string | null;
  /** Whether the generator creates it (false: a party of the real reference data). */
  synthetic: boolean;
  /** Relative size: population share (gemeente) or housing stock (corporation); 1 for providers. */
  weight: number;
}

export interface Region {
  /** 1-40. */
  number: number;
  /** '01' … '40'. */
  code: string;
  covenantId: string;
  name: string;
  province: string;
  population: number;
  gemeenten: RegionParty[];
  corporations: RegionParty[];
  providers: RegionParty[];
  /** Zorg- en Veiligheidshuis: chairs the regional overleg and decides on fund claims. */
  chair: RegionParty;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

function referenceMembersOf(region: number, kind: PartyKind): RegionParty[] {
  const covenants = Object.entries(REFERENCE_COVENANT_REGIONS).filter(([, regions]) => regions.includes(region)).map(([id]) => id);
  const ids = new Set(referenceMemberships.filter((m) => covenants.includes(m.covenantId)).map((m) => m.partyId));
  return referenceParties
    .filter((p) => p.kind === kind && ids.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, kind, description: p.description ?? null, synthetic: false, weight: 1 }));
}

/** A deterministic weight in [min, max] from the party's position (no randomness: regions never change). */
const spreadWeight = (index: number, min: number, max: number) => min + ((index * 7919) % (max - min + 1));

function gemeentenOf(row: RegionRow, number: number, nextSynthetic: { n: number }): RegionParty[] {
  const real = referenceParties
    .filter((p) => REFERENCE_GEMEENTE_REGION[p.id] === number)
    .map((p): RegionParty => ({ id: p.id, name: p.name, kind: 'gemeente', description: p.description ?? null, synthetic: false, weight: 0 }));
  const synthetic: RegionParty[] = [];
  for (let i = real.length; i < row.gemeenten; i++) {
    const n = pad(nextSynthetic.n++, 3);
    synthetic.push({ id: `gemeente-nl-${n}`, name: `NL-${n} (${row.name})`, kind: 'gemeente', description: `Synthetische gemeente in ${row.name} (nationale dataset)`, synthetic: true, weight: 0 });
  }
  // The first gemeente is the centrumgemeente and the largest (a real one where the region has one).
  return [...real, ...synthetic].map((g, i) => ({ ...g, weight: i === 0 ? 40 : spreadWeight(i, 4, 20) }));
}

function syntheticParties(kind: 'woningcorporatie' | 'zorgaanbieder', code: string, row: RegionRow, count: number): RegionParty[] {
  const [prefix, label] = kind === 'woningcorporatie' ? ['corporatie', 'Woningcorporatie'] : ['zorg', 'Zorgaanbieder'];
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-r${code}-${pad(i + 1, 2)}`,
    name: `${label} R${code}-${pad(i + 1, 2)} (${row.name})`,
    kind,
    description: `Synthetische ${label.toLowerCase()} in ${row.name} (nationale dataset)`,
    synthetic: true,
    weight: 1,
  }));
}

function buildRegion(row: RegionRow, number: number, nextSynthetic: { n: number }): Region {
  const code = pad(number, 2);
  const realCorporations = referenceMembersOf(number, 'woningcorporatie');
  const realProviders = referenceMembersOf(number, 'zorgaanbieder');
  const corporationCount = clamp(Math.round(row.population / 110), 3, 14);
  const providerCount = clamp(Math.round(row.population / 70), 4, 22);
  const corporations = [...syntheticParties('woningcorporatie', code, row, Math.max(1, corporationCount - realCorporations.length)), ...realCorporations]
    .map((c, i) => ({ ...c, weight: spreadWeight(i + 3, 800, 12_000) }));
  const providers = [...syntheticParties('zorgaanbieder', code, row, Math.max(1, providerCount - realProviders.length)), ...realProviders];
  const gemeenten = gemeentenOf(row, number, nextSynthetic);
  return { number, code, covenantId: `regio-${code}`, name: row.name, province: row.province, population: row.population, gemeenten, corporations, providers, chair: chairOf(row, code) };
}

/** The region's Zorg- en Veiligheidshuis: the real one where the reference data has it (Noord-Limburg). */
function chairOf(row: RegionRow, code: string): RegionParty {
  const name = `Zorg- en Veiligheidshuis ${row.name}`;
  const real = referenceParties.find((p) => p.name === name);
  if (real) return { id: real.id, name, kind: real.kind, description: real.description ?? null, synthetic: false, weight: 1 };
  const description = `Synthetisch: voorzitter van het regionaal uitstroomoverleg ${row.name}; beslist over claims op het Garantiefonds`;
  return { id: `zvh-r${code}`, name, kind: 'overig', description, synthetic: true, weight: 1 };
}

/** The 40 regions with their parties; the same on every call. */
export function nationalRegions(): Region[] {
  const nextSynthetic = { n: 1 };
  const regions = COROP.map((row, i) => buildRegion(row, i + 1, nextSynthetic));
  const gemeenten = regions.reduce((sum, r) => sum + r.gemeenten.length, 0);
  if (gemeenten !== NATIONAL_GEMEENTEN) throw new Error(`the regions hold ${gemeenten} gemeenten, not ${NATIONAL_GEMEENTEN}`);
  const placed = regions.flatMap((r) => r.gemeenten.filter((g) => !g.synthetic)).length;
  if (placed !== Object.keys(REFERENCE_GEMEENTE_REGION).length) throw new Error('a reference gemeente has no region (or a region too few gemeenten)');
  const taken = new Set(referenceParties.map((p) => p.name));
  const clash = regions.flatMap((r) => [...r.gemeenten, ...r.corporations, ...r.providers, r.chair]).find((p) => p.synthetic && taken.has(p.name));
  if (clash) throw new Error(`synthetic party ${clash.id} would take the name of a reference party: "${clash.name}"`);
  return regions;
}
