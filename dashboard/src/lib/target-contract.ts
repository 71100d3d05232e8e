// Types mirroring the gateway's targets (Query.targets) and evaluation moments; keep them in step with the supergraph.
import type { IsoDate, ShownCount } from './contract.ts';

/** What a target counts: VoorzieningenWijzer home visits, or homes received (sleuteloverdracht). */
export type TargetMetric = 'BEZOEKEN' | 'WONINGEN';

/** A number per period, or a share of the homes vacated in the previous year (aandeel vrijgekomen). */
export type TargetKind = 'AANTAL' | 'AANDEEL_VRIJGEKOMEN';

/** Whether the projection meets the target: op koers (on course), achter (behind), boven (above). */
export type TargetStatus = 'OP_KOERS' | 'ACHTER' | 'BOVEN';

/** RUN_RATE: the pace so far; SEASONAL: the pattern of earlier full periods. */
export type ProjectionMethod = 'RUN_RATE' | 'SEASONAL';

export interface TargetProgress {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** The date the figures are for: the peildatum, or the period's end or the data date when earlier. */
  asOf: IsoDate;
  elapsedDays: number;
  totalDays: number;
  /** Pro-rated to a clipped period, so often fractional; null when a ratio target lacks its vacancy count. */
  target: number | null;
  /** Protected for every role but the beheerder. */
  realised: ShownCount;
  expectedByNow: number | null;
  /** null while realised shows '<5': the projection would give it away. */
  projection: number | null;
  projectionMethod: ProjectionMethod;
  /** null without a target. */
  status: TargetStatus | null;
  /** The status in Dutch words, or what is missing. */
  statusLabel: string;
  /** false in the first month of a period, when the projection says little yet. */
  reliable: boolean;
  vacanciesPreviousYear: number | null;
  /** Dutch, or null. */
  missingInput: string | null;
}

/** One month of the period, for the cumulative chart. */
export interface TargetProgressPoint {
  /** Last day of the month (or of the period). */
  date: IsoDate;
  /** null after the peildatum; protected for every role but the beheerder. */
  realised: ShownCount | null;
  /** null without a target. */
  proRata: number | null;
  /** null up to the peildatum, and while the projection is not shown. */
  projection: number | null;
}

export type EvaluationKind = 'KWARTAAL' | 'HALFJAAR' | 'JAAR' | 'EENMALIG';
export type EvaluationMomentState = 'VASTGESTELD' | 'CONCEPT' | 'TE_LAAT' | 'GEPLAND';

/** An evaluation moment from the covenant's rules; its state is as of today (not the peildatum). */
export interface EvaluationMoment {
  kind: EvaluationKind;
  /** '2025-K3', '2025-H1', '2025', 'convenantjaar-2' or 'eenmalig-6'. */
  periodCode: string;
  dueOn: IsoDate;
  description: string;
  /** Where the covenant fixes it: two rules of the same kind give two moments for one period. */
  source: string;
  state: EvaluationMomentState;
}

export interface TargetCovenant {
  id: string;
  name: string;
  /** Gegevens t/m: the default peildatum; null when nothing is recorded. */
  dataDate: IsoDate | null;
  nextEvaluation: EvaluationMoment | null;
  overdueEvaluations: EvaluationMoment[];
}

/** A streefaantal (target number) of a covenant, optionally for one sub-region or party. */
export interface Target {
  id: string;
  covenant: TargetCovenant;
  subRegionId: string | null;
  party: { id: string; name: string } | null;
  metric: TargetMetric;
  kind: TargetKind;
  amount: number | null;
  basisPoints: number | null;
  /** 'jaar' or 'halfjaar'. */
  period: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** The target in the covenant's words. */
  description: string;
  /** Where the covenant fixes it, e.g. 'art. 10.3'. */
  source: string;
  toleranceBasisPoints: number;
  /** What the covenant says must happen when the target is not on course, or null. */
  consequence: string | null;
  progress: TargetProgress;
  history: TargetProgressPoint[];
}
