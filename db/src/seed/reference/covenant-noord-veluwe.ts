// Convenant Maatschappelijke Zorg Noord-Veluwe 2024-2026 — shared/seeds/003_4d96e60439075fba.txt.
import type { ReferenceCovenant } from './types.ts';

export const covenantNoordVeluwe: ReferenceCovenant = {
  id: 'noord-veluwe',
  // Title as written; note the text itself runs the agreements to 31-12-2025 (see endsOn).
  name: 'Convenant Maatschappelijke Zorg Noord-Veluwe 2024-2026',
  region: 'Noord-Veluwe',
  seedFile: '003_4d96e60439075fba.txt',
  // "Evaluatie" and "Ingangsdatum": "Deze afspraken gelden vanaf 1 januari 2024 tot en met 31 december 2025."
  startsOn: '2024-01-01',
  endsOn: '2025-12-31',
  initialTermMonths: 24,
  // No renewal or notice period is written.
  tacitRenewal: false,
  bodies: [
    {
      name: 'Regiegroep Maatschappelijke Zorg',
      description: 'Zorgt voor uitvoering van het vastgestelde beleid (beleidsregie); ketenpartners dragen via deelname bij aan beleid; structurele deelnemers tekenen een instemmingsverklaring (Overleg en afstemming a, c, d; Werkwijze c)',
    },
    {
      name: 'Stuurgroep MZ',
      description: 'Voorgezeten door een wethouder van een van de samenwerkende gemeenten; monitort de voortgang op hoofdlijn (Overleg en afstemming a, b)',
    },
    {
      name: 'Centrale Toegang',
      description: 'Hier is de trajectregie belegd en wordt de uitvoeringsregie (casusregie) toegekend (Werkwijze b)',
    },
  ],
  evaluationRules: [
    {
      // The covenant fixes no rhythm; 'eenmalig' without monthsAfterStart marks an evaluation without a fixed moment.
      rhythm: 'eenmalig',
      description: 'Tijdens bijeenkomsten wordt de voortgang van de samenwerkingsafspraken geëvalueerd (frequentie niet vastgelegd); GGD Noord- en Oost-Gelderland monitort de uitvoering',
      source: 'Evaluatie; Intentiepartners (slot)',
    },
  ],
  subRegions: [],
  stepLabels: [
    { step: 'toegang', label: 'Centrale Toegang (trajectregie, toekenning casusregie)' },
  ],
  norms: [
    {
      code: 'mz-zrm',
      description: 'Ketenpartners blijven de Zelfredzaamheid-Matrix (ZRM) gebruiken als leidraad voor één taal en plan',
      source: 'Met het ondertekenen ... 1',
    },
    {
      code: 'mz-bemoeizorg-handreiking',
      description: 'Gegevensuitwisseling volgens de handreiking "Gegevensuitwisseling in de Bemoeizorg"',
      source: 'Met het ondertekenen ... 2',
    },
    {
      code: 'mz-1-gezin-1-plan',
      description: '1 gezin, 1 plan, 1 regisseur is leidend bij antwoorden en trajecten',
      source: 'Verplichtingen ketenpartners, Inhoudelijk b',
    },
    {
      code: 'mz-instemmingsverklaring',
      description: 'Overige organisaties die structureel deelnemen aan de Regiegroep Maatschappelijke Zorg ondertekenen een instemmingsverklaring',
      source: 'Intentiepartners (slot)',
    },
    {
      code: 'mz-wijziging-unaniem',
      description: 'Wijzigingen of aanvullingen worden ingevoerd als alle ketenpartners hiermee instemmen',
      source: 'Naleving en wijziging afspraken',
    },
  ],
};
