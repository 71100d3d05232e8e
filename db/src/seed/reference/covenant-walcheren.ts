// Samenwerkingsconvenant Weer Thuis op Walcheren — shared/seeds/001_38e0c0e0898840a1.txt.
import type { ReferenceCovenant } from './types.ts';

/**
 * Art. 9: in force "op de dag van ondertekening door Partijen", but every signature date in the seed is blank.
 * NOT taken from the seed: public announcements (e.g. zeeuwsegronden.nl) report signing on 13 June;
 * the year 2023 is an assumption. Replace when the signed copy is available.
 */
export const WALCHEREN_STARTS_ON = '2023-06-13';
/** Last day of the first half year (art. 1 and art. 4 "het eerste half jaar"), derived from WALCHEREN_STARTS_ON. */
export const WALCHEREN_FIRST_HALF_YEAR_ENDS_ON = '2023-12-12';

export const covenantWalcheren: ReferenceCovenant = {
  id: 'walcheren',
  name: 'Samenwerkingsconvenant Weer Thuis op Walcheren',
  region: 'Walcheren',
  seedFile: '001_38e0c0e0898840a1.txt',
  startsOn: WALCHEREN_STARTS_ON,
  // Art. 9: "tenminste aangegaan voor een periode van twee jaar. Hierna ... automatisch met een periode van één jaar verlengd."
  // No notice period is given (only termination by law or by written notice making execution impossible).
  initialTermMonths: 24,
  tacitRenewal: true,
  renewalMonths: 12,
  bodies: [
    {
      name: 'Team Thuis',
      description: 'Per gemeente, rond de cliënt: cliënt en netwerk, consulent toegang van de gemeente, woningcorporatie, ambulant begeleider; de gemeente is regievoerder en wijst een regiehouder aan (art. 6.1, 6.2; werkafspraak 1)',
    },
    {
      name: 'Werkgroep Weer Thuis op Walcheren',
      description: 'Uitvoeringsagenda, besluitvormingsstructuur, monitor (in Excel, anoniem) en prognose van uitstroom; voorzitter en secretariaat vanuit de gemeenten (art. 6.3)',
    },
    {
      name: 'Bestuurlijk Overleg',
      description: 'Wanneer nodig of gewenst, tussen de bestuurders van de deelnemers in de werkgroep; bereidt bestuurlijke besluitvorming voor (art. 6.4)',
    },
    {
      name: 'Partneroverleg',
      description: 'Minimaal 1 keer per jaar door de werkgroep georganiseerd met alle gemeenten, woningcorporaties en zorgaanbieders (art. 6.5)',
    },
  ],
  evaluationRules: [
    {
      rhythm: 'eenmalig',
      description: 'Na 6 maanden evaluatie van de toelatingsvoorwaarde voor het eerste half jaar en van de 5%-richtlijn voor woningen',
      monthsAfterStart: 6,
      source: 'art. 1; art. 4 (woningcorporaties)',
    },
    {
      rhythm: 'eenmalig',
      description: 'Evaluatie van het samenwerkingsconvenant uiterlijk 1 jaar na inwerkingtreding',
      monthsAfterStart: 12,
      source: 'art. 7.2',
    },
    {
      rhythm: 'jaar',
      description: 'Partneroverleg met alle gemeenten, woningcorporaties en zorgaanbieders, minimaal 1 keer per jaar',
      source: 'art. 6.5',
    },
  ],
  subRegions: [],
  // Bijlage 2 (stroomschema) unless stated otherwise.
  stepLabels: [
    { step: 'aanmelding', label: 'Aanmelding cliënt (6 maanden vóór beoogde uitstroomdatum)' },
    { step: 'toegang', label: 'Toegang checkt aanvraag en geeft informatie (één week na aanmelding)' },
    { step: 'bemiddeling', label: 'Start Team Thuis' },
    { step: 'ondersteuningsplan', label: 'Ondersteuningsplan en indicatie' },
    { step: 'woning_aangeboden', label: 'Woning aangeboden (werkafspraak 3.2)' },
    { step: 'sleuteloverdracht', label: 'Huurcontract en woning' },
    { step: 'evaluatie', label: '(Eind)evaluatie Team Thuis' },
    { step: 'omklap', label: 'Omzetten huurovereenkomst naar eigen naam / onbepaalde tijd (werkafspraak 9)' },
    { step: 'waakvlam', label: 'Waakvlamafspraak (werkafspraak 10)' },
  ],
  norms: [
    {
      code: 'wtw-woning-binnen-6-maanden',
      description: 'Woningcorporaties streven ernaar binnen 6 maanden na aanmelding door de zorgorganisatie passende woonruimte aan te bieden (inspanningsverplichting); wordt dit niet gehaald, dan wordt de zorgorganisatie direct geïnformeerd',
      source: 'art. 4 (woningcorporaties)',
    },
    {
      code: 'wtw-5-procent-vrijgekomen',
      description: 'Het eerste half jaar stellen woningcorporaties 5% op jaarbasis van de in het voorgaande jaar vrijgekomen woningen beschikbaar; na 6 maanden geëvalueerd',
      source: 'art. 4 (woningcorporaties)',
    },
    {
      code: 'wtw-eerste-halfjaar-toelating',
      description: 'Het eerste half jaar worden alleen uitstromers aangemeld die niet eerder uit hun woning zijn gezet vanwege criminele activiteiten, druggerelateerde activiteiten of overlast',
      source: 'art. 1; bijlage 2',
    },
    {
      code: 'wtw-toegang-check-1-week',
      description: 'De Toegang checkt de aanmelding binnen één week na aanmelding',
      source: 'bijlage 2 (stroomschema)',
    },
    {
      code: 'wtw-voordracht-3-tot-6-maanden',
      description: 'De zorgaanbieder draagt de cliënt voor aan Team Thuis wanneer deze binnen 3 tot 6 maanden kan uitstromen',
      source: 'werkafspraak 2.1',
    },
    {
      code: 'wtw-huurachterstand-1-maand',
      description: 'De woningcorporatie meldt huurachterstand binnen maximaal 1 maand na het ontstaan bij Team Thuis (en bij de gemeente als de waakvlamperiode loopt)',
      source: 'werkafspraak 5.3',
    },
    {
      code: 'wtw-evaluatie-3-tot-6-maanden',
      description: 'De regiehouder van Team Thuis evalueert tussen de 3 en de 6 maanden de voortgang (standaard na 3 maanden); de gemeente neemt het initiatief',
      source: 'werkafspraak 9.1; bijlage 2 stap 5',
    },
    {
      code: 'wtw-tijdelijke-terugval-huur-6-plus-6',
      description: 'Bij tijdelijke terugval naar beschermd wonen of opvang loopt het huurcontract 6 maanden door, te verlengen met 6 maanden; de gemeenten garanderen doorbetaling van de huur',
      source: 'werkafspraak 7.2',
    },
    {
      code: 'wtw-terugkeer-bw-6-maanden',
      description: 'Bij noodzakelijke (vrijwillige, niet spoedeisende) terugkeer wordt binnen maximaal 6 maanden een plek gerealiseerd',
      source: 'art. 4 (zorgorganisaties, gemeenten); werkafspraak 7.3',
    },
    {
      code: 'wtw-tijdelijke-huurovereenkomst',
      description: 'Bij uitstroom wordt standaard een tijdelijke huurovereenkomst aangegaan; in uitzonderlijke gevallen intermediaire verhuur met omklapconstructie',
      source: 'werkafspraak 8.1',
    },
    {
      code: 'wtw-woonplaatsbeginsel',
      description: 'Cliënten worden gevestigd in de gemeente van herkomst (BRP-inschrijving vóór opname), tenzij er gegronde redenen zijn om af te wijken',
      source: 'art. 4 (alle partijen); werkafspraak 3.1',
    },
    {
      code: 'wtw-datalek-48-uur',
      description: 'Partijen informeren elkaar uiterlijk binnen 48 uur over een inbreuk in verband met persoonsgegevens',
      source: 'bijlage 4 art. 6',
    },
  ],
};
