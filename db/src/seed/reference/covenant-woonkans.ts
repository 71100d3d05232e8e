// Samenwerkingsovereenkomst Woonkans Noord- en Midden-Limburg — shared/seeds/002_e0afac3844f1148a.txt
// (raadsvoorstel Venray 16-04-2024 with the overeenkomst version 26032024, werkproces, Garantiefonds and DPIA).
import type { ReferenceCovenant } from './types.ts';

export const covenantWoonkans: ReferenceCovenant = {
  id: 'woonkans',
  name: 'Samenwerkingsovereenkomst Woonkans Noord- en Midden-Limburg',
  region: 'Noord- en Midden-Limburg',
  seedFile: '002_e0afac3844f1148a.txt',
  // Art. 12.1: in force on 15 April 2024, entered into for four years. No end date is written.
  startsOn: '2024-04-15',
  initialTermMonths: 48,
  // Art. 12.2: tacitly renewed each time by one year; parties that do not want renewal inform the
  // Werkgroep at the latest six months before expiry.
  tacitRenewal: true,
  renewalMonths: 12,
  noticeMonths: 6,
  // Art. 10.3: a party may leave unilaterally with two calendar months' notice; its fund contribution is not returned.
  partyLeaveNoticeMonths: 2,
  bodies: [
    {
      name: 'Woonkans-overleg Noord-Limburg',
      description: 'Operationeel bemiddelingsoverleg voor Noord-Limburg, voorgezeten door de ketenregisseur; verhuurconsulenten van de corporaties sluiten aan; de ketenregisseur bemiddelt (nog geen procesregisseur) (art. 1j, 6.1, 6.2; bijlage 2 voetnoot 1)',
    },
    {
      name: 'Woonkans-overleg Midden-Limburg',
      description: 'Operationeel bemiddelingsoverleg voor Midden-Limburg, voorgezeten door de ketenregisseur; de procesregisseur bemiddelt namens de gemeenten in Midden-Limburg (art. 1e, 1j, 6.1)',
    },
    {
      name: 'Werkgroep',
      description: 'Regionale werkgroep van maximaal 4 gemeenten, 4 woningcorporaties en 5 zorg- en welzijnsaanbieders plus de voorzitters van het Woonkans-overleg; stuurt het werkproces, monitort voortgang en aantallen; vergadert minimaal 5 keer per jaar (art. 1k, 8.6, 8.7)',
    },
    {
      name: 'Bestuurlijk overleg',
      description: 'Op initiatief van de werkgroep wanneer er aanleiding is zaken bestuurlijk te bespreken (art. 8.7, 8.9)',
    },
    {
      name: 'Casusoverleg',
      description: 'Geïnitieerd door de voorzitter van het Woonkans-overleg als ondersteuning stagneert of de situatie wijzigt (art. 8.2, 8.4)',
    },
  ],
  evaluationRules: [
    {
      rhythm: 'halfjaar',
      description: 'Alle deelnemende partijen worden twee keer per jaar geïnformeerd over de gegevens vanuit de monitoring',
      source: 'art. 8.8; raadsvoorstel, Evaluatie',
    },
  ],
  subRegions: [
    { id: 'woonkans-noord', name: 'Noord-Limburg' },
    { id: 'woonkans-midden', name: 'Midden-Limburg' },
  ],
  // Bijlage 2 "Werkproces met routeplanner" (stap 1, oriëntatie, precedes aanmelding and has no canonical step).
  stepLabels: [
    { step: 'aanmelding', label: 'Stap 2 – Melding gemeentelijk toegangsteam Wmo' },
    { step: 'toegang', label: 'Stap 3 – Onderzoek naar aanleiding van de melding (keukentafelgesprek door de Wmo-consulent)' },
    { step: 'ondersteuningsplan', label: 'Ondertekening ondersteuningsplan (akkoord met bemiddeling via Woonkans)' },
    { step: 'bemiddeling', label: 'Stap 4 – Bemiddeling door de Ketenregisseur of Procesregisseur (bemiddelingsprofiel)' },
    { step: 'woning_aangeboden', label: 'Stap 5 – Het gesprek met de corporaties' },
    { step: 'sleuteloverdracht', label: 'Stap 6 – Aangaan van de (huur)overeenkomst' },
    { step: 'evaluatie', label: 'Evaluatiegesprek corporatie, zorg- en welzijnsaanbieder en inwoner (art. 5.2c, 5.3b)' },
  ],
  norms: [
    {
      code: 'wk-woningen-per-jaar',
      description: 'Op jaarbasis wordt rekening gehouden met 120 woningen voor Noord-Limburg en 100 woningen voor Midden-Limburg',
      source: 'art. 5.2b',
    },
    {
      code: 'wk-evaluatiegesprek-2x-per-jaar',
      description: 'Woningcorporatie en zorg- en welzijnsaanbieder voeren bij voorkeur twee keer per jaar een evaluatiegesprek met de inwoner',
      source: 'art. 5.2c, 5.3b',
    },
    {
      code: 'wk-doelgroep',
      description: 'Volwassenen van 18 jaar en ouder uit een deelnemende gemeente, niet zijnde statushouders of arbeidsmigranten, die niet regulier aan een woning kunnen komen en een ondersteuningsvraag hebben bij zelfstandig (leren) wonen',
      source: 'art. 1b',
    },
    {
      code: 'wk-profiel-pseudoniem',
      description: 'Het bemiddelingsprofiel gaat op basis van een unieke code, zonder direct herleidbare persoonsgegevens, naar de woningcorporaties',
      source: 'bijlage 2, stap 5',
    },
    {
      code: 'wk-garantiefonds-aanvulling',
      description: 'Zakt het Garantiefonds onder € 25.000, dan leggen alle partijen opnieuw hun bijdrage in',
      source: 'art. 7.6; bijlage 3 par. 1',
    },
    {
      code: 'wk-garantiefonds-voorwaarden',
      description: 'Aanspraak alleen na negatieve beëindiging van de driepartijenovereenkomst (ontruimd of vertrokken), altijd met evaluatie, bedrag hoger dan de borg, via het standaard aanvraagformulier; bij ernstige nalatigheid geen aanspraak',
      source: 'art. 7.10; bijlage 3 par. 2, 3',
    },
    {
      code: 'wk-uittreden',
      description: 'Eenzijdige opzegging met 2 kalendermaanden opzegtermijn; de geleverde bijdrage aan het Garantiefonds wordt niet geretourneerd',
      source: 'art. 10.3',
    },
    {
      code: 'wk-beeindiging-restant-naar-rato',
      description: 'Bij gezamenlijke beëindiging worden de resterende middelen in het Garantiefonds naar rato van de oorspronkelijke inleg verdeeld',
      source: 'art. 10.5',
    },
    {
      code: 'wk-bewaartermijn',
      description: 'Gegevens worden 5 jaar bewaard als de cliënt niet in aanmerking komt voor Woonkans, 15 jaar als dat wel zo is',
      source: 'DPIA par. 10',
    },
    {
      code: 'wk-pgax-logging',
      description: 'PGAx logt wie welke aanmeldingen, aanpakken en trajecten inziet en alle wijzigingen; logbestanden 12 maanden bewaard; 2-factor authenticatie; toegangsrechten minimaal eens per half jaar beoordeeld',
      source: 'DPIA par. 16; bijlage beveiligingsmaatregelen PGAx',
    },
  ],
};
