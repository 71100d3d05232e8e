// Targets (streefaantallen), cost agreements and funds fixed by the covenants. Money in integer euro cents.
import type { ReferenceCostAgreement, ReferenceFund, ReferenceTarget } from './types.ts';
import { woonkansCorporaties, woonkansGemeenten, woonkansZorgaanbieders } from './memberships.ts';
import { WALCHEREN_FIRST_HALF_YEAR_ENDS_ON, WALCHEREN_STARTS_ON } from './covenant-walcheren.ts';

/** Walcheren corporations (001, ondergetekenden), each with its own 5% target. */
const walcherenCorporaties = [
  { partyId: 'lescaut', name: "l'escaut" },
  { partyId: 'woongoed-middelburg', name: 'Woongoed Middelburg' },
  { partyId: 'zeeuwland', name: 'Zeeuwland' },
  { partyId: 'wbv-arnemuiden', name: 'WBV Arnemuiden' },
] as const;

export const referenceTargets: ReferenceTarget[] = [
  // 000 Meppel art. 10.3: "Per jaar worden 100 huishoudens door WMW bezocht en geadviseerd."
  {
    id: 'meppel-vzw-bezoeken',
    covenantId: 'meppel-vzw',
    metric: 'bezoeken',
    kind: 'aantal',
    amount: 100,
    period: 'jaar',
    validFrom: '2025-03-13',
    description: '100 huishoudens per jaar door WMW bezocht en geadviseerd',
    source: 'art. 10.3 (ook art. 10.2.II)',
    consequence:
      'Als het ernaar uitziet dat het streefaantal niet wordt gehaald, of wordt of al is overschreden, gaan partijen met elkaar in gesprek en maken zij afspraken over acties (art. 10.4).',
  },
  // 002 Woonkans art. 5.2b: 120 homes a year for Noord-Limburg, 100 for Midden-Limburg.
  {
    id: 'woonkans-noord-woningen',
    covenantId: 'woonkans',
    subRegionId: 'woonkans-noord',
    metric: 'woningen',
    kind: 'aantal',
    amount: 120,
    period: 'jaar',
    validFrom: '2024-04-15',
    description: 'Op jaarbasis wordt rekening gehouden met 120 woningen voor de regio Noord-Limburg',
    source: 'art. 5.2b',
  },
  {
    id: 'woonkans-midden-woningen',
    covenantId: 'woonkans',
    subRegionId: 'woonkans-midden',
    metric: 'woningen',
    kind: 'aantal',
    amount: 100,
    period: 'jaar',
    validFrom: '2024-04-15',
    description: 'Op jaarbasis wordt rekening gehouden met 100 woningen voor de regio Midden-Limburg',
    source: 'art. 5.2b',
  },
  // 001 Walcheren art. 4 (woningcorporaties): "Het eerste half jaar uitgaande van 5% op jaarbasis van de
  // vrijgekomen woningen in het voorgaande jaar." The rate is annual ('jaar'); it is valid for the first half
  // year only and is evaluated after 6 months. Dates follow WALCHEREN_STARTS_ON (not in the seed; see there).
  ...walcherenCorporaties.map(
    ({ partyId, name }): ReferenceTarget => ({
      id: `walcheren-${partyId}-vrijgekomen`,
      covenantId: 'walcheren',
      partyId,
      metric: 'woningen',
      kind: 'aandeel_vrijgekomen',
      basisPoints: 500,
      period: 'jaar',
      validFrom: WALCHEREN_STARTS_ON,
      validTo: WALCHEREN_FIRST_HALF_YEAR_ENDS_ON,
      description: `${name}: het eerste half jaar 5% op jaarbasis van de in het voorgaande jaar vrijgekomen woningen`,
      source: 'art. 4 (woningcorporaties)',
      consequence: 'Na 6 maanden worden de toelatingsvoorwaarde en de 5%-richtlijn voor woningen geëvalueerd (art. 1; art. 4).',
    }),
  ),
];

// 000 Meppel art. 10.2: gemeente 50%; corporations together 50%, of which Woonconcept 90% and Actium 10%.
const meppelShares: ReferenceCostAgreement['shares'] = [
  { partyId: 'gemeente-meppel', basisPoints: 5000 },
  { partyId: 'woonconcept', basisPoints: 4500 },
  { partyId: 'actium', basisPoints: 500 },
];

export const referenceCostAgreements: ReferenceCostAgreement[] = [
  {
    id: 'meppel-vzw-licentie',
    covenantId: 'meppel-vzw',
    costType: 'licentie',
    description: 'Licentiekosten VoorzieningenWijzer in het huidige contract met Zorgweb',
    amountCents: 1_500_000,
    validFrom: '2025-03-13',
    source: 'art. 10.2.I',
    shares: meppelShares,
  },
  {
    id: 'meppel-vzw-uitvoering',
    covenantId: 'meppel-vzw',
    costType: 'uitvoering',
    description:
      'Inzet VoorzieningenWijzer door WMW: 100 huishoudens × 2 uur × € 67,50 (tarief wijzigt alleen door wettelijke indexering); ' +
      'bij de jaarlijkse evaluatie kan een nacalculatie volgen waarbij Woonconcept en Actium alleen voor eigen huurders betalen',
    hourlyRateCents: 6750,
    hoursPerUnit: 2,
    budgetUnits: 100,
    validFrom: '2025-03-13',
    source: 'art. 10.2.II',
    shares: meppelShares,
  },
  // Art. 10.2.III fixes the split but no amount ("de mogelijke bijbehorende scholings- en trainingskosten").
  {
    id: 'meppel-vzw-training',
    covenantId: 'meppel-vzw',
    costType: 'training',
    description: 'Mogelijke scholings- en trainingskosten voor de VoorzieningenWijzer',
    validFrom: '2025-03-13',
    source: 'art. 10.2.III',
    shares: meppelShares,
  },
];

export const referenceFunds: ReferenceFund[] = [
  {
    id: 'woonkans-garantiefonds',
    covenantId: 'woonkans',
    name: 'Garantiefonds Woonkans',
    cashierPartyId: 'mgr-sociaal-domein-limburg-noord',
    // Art. 7.8: the chair of the Woonkans-overleg decides; DPIA par. 5: the ketenregisseurs of the ZVH chair it.
    chairPartyId: 'zorg-en-veiligheidshuis-noord-limburg',
    // Art. 7.2-7.5: every gemeente, corporation and provider that signs contributes (parties 1-39).
    memberPartyIds: [...woonkansGemeenten, ...woonkansCorporaties, ...woonkansZorgaanbieders],
    membersJoinedOn: '2024-04-15',
    // Art. 7.6; bijlage 3 par. 1: below € 25,000 every party contributes the same amount again.
    topUpThresholdCents: 2_500_000,
    source: 'art. 7; bijlage 3',
    contributionRules: [
      {
        partyKind: 'gemeente',
        groupTotalCents: 5_000_000,
        // Art. 7.3; bijlage 3 par. 1 ("actueel geldende verdeelsleutel ... Module 2"); raadsvoorstel 2.3.
        key: 'verdeelsleutel van de regionale begroting BW, MO en B&P (Module 2)',
      },
      {
        partyKind: 'woningcorporatie',
        groupTotalCents: 5_000_000,
        // Art. 7.4; bijlage 3 par. 1.
        key: 'naar rato van het woningbezit in de regio',
      },
      {
        partyKind: 'zorgaanbieder',
        perPartyCents: 100_000,
        // Art. 7.5; bijlage 3 par. 1.
        key: 'vast bedrag per zorg- en welzijnsaanbieder',
      },
    ],
    // Bijlage 3 par. 2 ("De volgende kosten kunnen gedeclareerd worden").
    eligibleCostTypes: ['mutatiekosten', 'juridische (proces)kosten', 'achterstallige huur/huurderving', 'ontruimingskosten'],
  },
];
