// Types mirroring the gateway's evaluations (monitoring subgraph: Covenant.evaluationCalendar,
// Query.evaluation and the evaluation mutations); keep them in step with the supergraph.
import type { IsoDate, ShownCount } from './contract.ts';
import type { UitstroomMonitor } from './monitor-contract.ts';

/** Kwartaalrapportage, halfjaarlijkse monitor, jaarlijkse evaluatie or a one-off (eenmalig). */
export type EvaluationKind = 'KWARTAAL' | 'HALFJAAR' | 'JAAR' | 'EENMALIG';

/** Concept until the werkgroep adopts it (vastgesteld); from then on figures and notes are fixed. */
export type EvaluationStatus = 'CONCEPT' | 'VASTGESTELD';

/** Where a calendar moment stands today: done, made but not adopted, late, or not due yet. */
export type EvaluationMomentState = 'VASTGESTELD' | 'CONCEPT' | 'TE_LAAT' | 'GEPLAND';

export type TargetStatus = 'OP_KOERS' | 'ACHTER' | 'BOVEN';

/** An evaluation moment from the covenant's rules. */
export interface EvaluationMoment {
  kind: EvaluationKind;
  /** '2025-K3', '2025-H1', '2025', 'convenantjaar-2' or 'eenmalig-6'. */
  periodCode: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  dueOn: IsoDate;
  /** The rule in the covenant's words. */
  description: string;
  /** Where the covenant fixes it, e.g. 'art. 8.8'. */
  source: string;
  state: EvaluationMomentState;
  evaluation: { id: string } | null;
}

/** An agreed action: what, who, by when, done or not. */
export interface EvaluationAction {
  id: string;
  description: string;
  owner: string;
  dueOn: IsoDate;
  done: boolean;
}

/** A target's progress as it was frozen into the evaluation (the fields the page shows). */
export interface FrozenTargetProgress {
  targetId: string;
  description: string;
  progress: {
    periodStart: IsoDate;
    periodEnd: IsoDate;
    asOf: IsoDate;
    /** Pro-rated, so often fractional; null when a ratio target lacks its vacancy count. */
    target: number | null;
    realised: ShownCount;
    expectedByNow: number | null;
    /** null while realised shows '<5'. */
    projection: number | null;
    status: TargetStatus | null;
    /** The status in Dutch words, or what is missing. */
    statusLabel: string;
    reliable: boolean;
  };
}

/** An evaluation as the list shows it. */
export interface EvaluationSummary {
  id: string;
  subRegionId: string | null;
  kind: EvaluationKind;
  periodCode: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  dueOn: IsoDate;
  status: EvaluationStatus;
  /** A timestamp; see parseTimestamp for the forms it arrives in. */
  frozenAt: string;
  adoptedAt: string | null;
}

/** One evaluation with its frozen figures, notes and actions. */
export interface Evaluation extends EvaluationSummary {
  covenant: { id: string; name: string };
  figures: {
    /** 'ptable-2026-12-v1' (cell key method), or 'onderdrukking-2025' for figures frozen before it, in which 'x' is a number of 5 or more hidden to protect another. */
    disclosure: string;
    monitor: UitstroomMonitor;
    targets: FrozenTargetProgress[];
  };
  notes: string;
  actions: EvaluationAction[];
  createdAt: string;
  createdBy: string;
  adoptedBy: string | null;
}

export interface CreateEvaluationInput {
  covenantId: string;
  subRegionId: string | null;
  kind: EvaluationKind;
  periodCode: string;
  notes: string | null;
}
