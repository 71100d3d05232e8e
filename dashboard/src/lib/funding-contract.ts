// Types mirroring the gateway's funding contract (cost agreements, Covenant.costYear, the
// Garantiefonds); keep them in step with the supergraph. Money is always integer euro cents.
import type { IsoDate } from './contract.ts';

export interface PartyRef {
  id: string;
  name: string;
}

/** Kind of cost in a kostenafspraak (cost agreement). */
export type CostType = 'LICENTIE' | 'UITVOERING' | 'TRAINING';

/** What the page needs of a covenant to offer it: its cost agreements' start and its funds. */
export interface FinanceCovenant {
  id: string;
  name: string;
  costAgreements: { id: string; validFrom: IsoDate }[];
  funds: { id: string; name: string }[];
}

/** One cost agreement in one year: voorcalculatie (budget) and nacalculatie (actual). */
export interface AgreementYear {
  agreement: { id: string; costType: CostType; description: string; source: string };
  /** After statutory indexation; null for fixed amounts. */
  hourlyRateCents: number | null;
  /** null when the covenant fixes no amount. */
  budgetCents: number | null;
  /** Visits, for agreements paid per visit; null otherwise. */
  actualUnits: number | null;
  actualCents: number | null;
}

export interface PartyCostYear {
  party: PartyRef;
  budgetCents: number;
  actualCents: number;
}

/** A covenant's costs for one calendar year; every split sums exactly to its total. */
export interface CostYear {
  year: number;
  /** Household visits recorded in the year. */
  visits: number;
  agreements: AgreementYear[];
  parties: PartyCostYear[];
}

/** A fund's balance on a day. */
export interface FundBalance {
  on: IsoDate;
  balanceCents: number;
  /** Approved claims not yet paid out. */
  reservedCents: number;
  /** Balance minus reserved. */
  availableCents: number;
  belowThreshold: boolean;
}

/** INLEG: the first deposit; AANVULLING: a top-up after the balance fell below the threshold. */
export type FundRoundKind = 'INLEG' | 'AANVULLING';

export interface FundRoundPart {
  party: PartyRef;
  owedCents: number;
  /** null while unpaid. */
  paidOn: IsoDate | null;
}

export interface FundRound {
  id: string;
  number: number;
  kind: FundRoundKind;
  raisedOn: IsoDate;
  balanceAtRaiseCents: number;
  reason: string;
  owedCents: number;
  paidCents: number;
  open: boolean;
  /** Ordered by party id. */
  parts: FundRoundPart[];
}

/** Where a claim (aanvraag) is in its workflow, in workflow order. */
export const CLAIM_STATUSES = ['INGEDIEND', 'BESPROKEN', 'GOEDGEKEURD', 'AFGEWEZEN', 'UITBETAALD'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A claim as the werkgroep sees it: no case code (the API withholds it from this role). */
export interface FundClaim {
  id: string;
  status: ClaimStatus;
  submittedOn: IsoDate;
  claimant: PartyRef;
  claimedCents: number;
  /** null until approved. */
  approvedCents: number | null;
}

/** Claims in one status with a line of one cost type, and the sum of those lines. */
export interface FundClaimSummary {
  status: ClaimStatus;
  costType: string;
  claims: number;
  cents: number;
}

/** A Garantiefonds with what the Financiën page shows of it. */
export interface Fund {
  id: string;
  name: string;
  source: string;
  covenant: { id: string; name: string };
  cashier: PartyRef;
  /** Below this balance every party is asked to contribute again (€25,000). */
  topUpThresholdCents: number;
  terminatedOn: IsoDate | null;
  /** Today. */
  balance: FundBalance;
  /** The start, every day with a booking, and today. */
  balanceHistory: FundBalance[];
  /** Rounds in which some party has not paid yet, newest first. */
  openRounds: FundRound[];
  /** Newest first. */
  claims: FundClaim[];
  claimSummary: FundClaimSummary[];
}
