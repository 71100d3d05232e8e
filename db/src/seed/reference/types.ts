// Shapes of the reference data taken from the five covenants in shared/seeds.
// Everything here is public (organisation names, covenant terms and numbers); nothing about people.

/** Kind of organisation (soort organisatie). */
export type PartyKind = 'gemeente' | 'woningcorporatie' | 'zorgaanbieder' | 'overig';

export interface ReferenceParty {
  /** Stable slug, lower-case a-z0-9 and '-', e.g. 'gemeente-vlissingen', 'woonconcept'. */
  id: string;
  /** Public name as the covenant writes it, e.g. "l'escaut", 'Leger des Heils'. */
  name: string;
  kind: PartyKind;
  /** One line in Dutch, e.g. 'Uitvoerder van de VoorzieningenWijzer'. Optional. */
  description?: string;
}

/** One party's role in one covenant (a party can have several roles in several covenants). */
export interface ReferenceMembership {
  covenantId: string;
  partyId: string;
  /** Role in Dutch as the covenant names it, e.g. 'opdrachtgever', 'opdrachtnemer', 'ketenpartner',
   *  'intentiepartner', 'centrumgemeente', 'kassier', 'monitor', 'leverancier', 'partner'. */
  role: string;
  /** Sub-region id when the role is within one sub-region (Woonkans noord/midden), else omitted. */
  subRegionId?: string;
}

export type EvaluationRhythm = 'kwartaal' | 'halfjaar' | 'jaar' | 'eenmalig';

export interface ReferenceEvaluationRule {
  rhythm: EvaluationRhythm;
  /** Dutch description as the covenant says it, e.g. 'Jaarlijkse evaluatie in oktober, geïnitieerd door de gemeente'. */
  description: string;
  /** Month (1-12) in which it falls, when the covenant fixes one (Meppel: 10). */
  month?: number;
  /** Months after the covenant start, for one-off evaluations (Walcheren: 6 and 12). */
  monthsAfterStart?: number;
  /** Article or bijlage where this is written, e.g. 'art. 10.3'. */
  source: string;
}

export interface ReferenceCovenant {
  /** Covenant code used in imports: 'meppel-vzw', 'walcheren', 'woonkans', 'noord-veluwe', 'noordoostpolder'. */
  id: string;
  name: string;
  region: string;
  /** shared/seeds file name this is taken from. */
  seedFile: string;
  /** ISO date 'YYYY-MM-DD'. */
  startsOn: string;
  /** ISO date when the covenant fixes an end date, else omitted. */
  endsOn?: string;
  initialTermMonths?: number;
  tacitRenewal: boolean;
  renewalMonths?: number;
  noticeMonths?: number;
  /** Notice for a single party leaving, when different (Woonkans Garantiefonds: 2 months). */
  partyLeaveNoticeMonths?: number;
  /** Bodies (organen) named by the covenant: werkgroep, stuurgroep, bestuurlijk overleg, Woonkans-overleg, Team Thuis, … */
  bodies: { name: string; description: string }[];
  evaluationRules: ReferenceEvaluationRule[];
  /** Sub-regions with their own monitor (Woonkans: 'woonkans-noord', 'woonkans-midden'). Import codes. */
  subRegions: { id: string; name: string }[];
  /** The covenant's own names for the canonical steps, where it names them. */
  stepLabels: { step: CanonicalStep; label: string }[];
  /** Norms the covenant fixes, in Dutch, with the article; e.g. 'Passende woning binnen 6 maanden na aanmelding (art. …)'. */
  norms: { code: string; description: string; source: string }[];
}

export type CanonicalStep =
  | 'aanmelding'
  | 'toegang'
  | 'bemiddeling'
  | 'ondersteuningsplan'
  | 'woning_aangeboden'
  | 'sleuteloverdracht'
  | 'evaluatie'
  | 'omklap'
  | 'waakvlam'
  | 'afgesloten';

/** A streefaantal: a count per year, or a share (basis points) of homes that became vacant the year before. */
export interface ReferenceTarget {
  id: string;
  covenantId: string;
  subRegionId?: string;
  partyId?: string;
  /** What is counted: household visits, homes received (sleuteloverdracht). */
  metric: 'bezoeken' | 'woningen';
  kind: 'aantal' | 'aandeel_vrijgekomen';
  /** For kind 'aantal': the number per period. */
  amount?: number;
  /** For kind 'aandeel_vrijgekomen': basis points (5% = 500). */
  basisPoints?: number;
  period: 'jaar' | 'halfjaar';
  validFrom: string;
  validTo?: string;
  description: string;
  source: string;
  /** How far the projection may stray from the target and still be 'op koers' (basis points; default 1000 = 10%). */
  toleranceBasisPoints?: number;
  /** What the covenant says must happen when the target is off course, with its article. */
  consequence?: string;
}

export type CostType = 'licentie' | 'uitvoering' | 'training';

/** A cost agreement with its split; money always in integer euro cents. */
export interface ReferenceCostAgreement {
  id: string;
  covenantId: string;
  costType: CostType;
  description: string;
  /** Fixed amount (licence) in cents, when fixed. */
  amountCents?: number;
  /** Rate per hour in cents (execution: 6750). */
  hourlyRateCents?: number;
  /** Hours per unit (visit): 2. */
  hoursPerUnit?: number;
  /** Budgeted units per year (100 households). */
  budgetUnits?: number;
  validFrom: string;
  source: string;
  /** Shares in basis points of the total, summing to 10000: gemeente 5000, Woonconcept 4500, Actium 500. */
  shares: { partyId: string; basisPoints: number }[];
}

export interface ReferenceFund {
  id: string;
  covenantId: string;
  name: string;
  cashierPartyId: string;
  /** The party whose chair decides on claims. */
  chairPartyId: string;
  /** Parties taking part from the start: every signatory of the kinds that contribute. */
  memberPartyIds: readonly string[];
  /** Day they joined: the covenant's start. */
  membersJoinedOn: string;
  /** Balance below which every party is asked to contribute again: 2_500_000 (€25,000). */
  topUpThresholdCents: number;
  source: string;
  /** Contribution rules per kind of party. */
  contributionRules: {
    partyKind: PartyKind;
    /** Amount the group pays together (gemeenten €50,000 → 5_000_000), divided by `key`. */
    groupTotalCents?: number;
    /** Amount each party of that kind pays (providers €1,000 → 100_000). */
    perPartyCents?: number;
    /** Dutch description of the distribution key, e.g. 'regionale verdeelsleutel BW/MO/B&P'. */
    key: string;
  }[];
  /** Claimable cost types, in Dutch. */
  eligibleCostTypes: string[];
}
