// Types mirroring the gateway's uitstroommonitor (Covenant.monitor); keep them in step with the supergraph.
import type { IsoDate, ShownCount } from './contract.ts';

export interface BreakdownRow {
  key: string;
  value: ShownCount;
}

export interface Breakdown {
  rows: BreakdownRow[];
  total: ShownCount;
}

export interface WaitingBand {
  key: string;
  label: string;
  fromDays: number;
  toDays: number | null;
  housed: ShownCount;
  stillWaiting: ShownCount;
}

export interface WoonplaatsbeginselGemeente {
  gemeente: { id: string; name: string };
  housed: ShownCount;
  returnedToOrigin: ShownCount;
  shareBasisPoints: number | null;
}

/** Whether a waiting-time quantile could be estimated; see `WaitingQuantile.note` for why not. */
export type QuantileStatus = 'GESCHAT' | 'NOG_NIET_BEREIKT' | 'TE_WEINIG_GEGEVENS';

export interface WaitingQuantile {
  /** 50, 75 or 90. */
  percent: number;
  /** null unless GESCHAT. */
  days: number | null;
  status: QuantileStatus;
  /** Why there is no number, in Dutch ('nog niet te schatten: …'); null when there is one. */
  note: string | null;
}

export interface Prognosis {
  months: number;
  /** A model estimate; null when its open base is not shown as at least 10 (see note). */
  expectedOutflow: number | null;
  /** Why there is no prognosis, in Dutch. */
  note: string | null;
  openTrajectories: ShownCount;
}

export interface UitstroomMonitor {
  from: IsoDate;
  to: IsoDate;
  /** Peildatum: the end of the period, or the data date when that is earlier. */
  asOf: IsoDate;
  /** Gegevens t/m; null when nothing is recorded (and in evaluations frozen before it existed). */
  dataDate: IsoDate | null;
  /** Voorlopig: the period is not over by the data date. */
  provisional: boolean;
  outflowByFacility: Breakdown;
  outflowByAgeCategory: Breakdown;
  woonplaatsbeginsel: {
    housed: ShownCount;
    returnedToOrigin: ShownCount;
    shareBasisPoints: number | null;
    perGemeente: WoonplaatsbeginselGemeente[];
  };
  waitingTime: {
    registered: ShownCount;
    housed: ShownCount;
    stillWaiting: ShownCount;
    /** Everyone still waiting at the peildatum past the norm, whenever registered (= signals.pastNorm). */
    longerThanNorm: ShownCount;
    /** Of the people registered in the period: waited (or waiting) past the norm. */
    registeredLongerThanNorm: ShownCount;
    normDays: number;
    medianDays: number | null;
    p75Days: number | null;
    p90Days: number | null;
    /** Median, p75 and p90 with their status and, without a number, the reason. */
    quantiles: WaitingQuantile[];
    bands: WaitingBand[];
  };
  afterHome: {
    housed: ShownCount;
    temporaryRelapseWithin6Months: ShownCount;
    structuralRelapseWithin6Months: ShownCount;
    temporaryRelapseWithin12Months: ShownCount;
    structuralRelapseWithin12Months: ShownCount;
    omklap: ShownCount;
    omklapShareBasisPoints: number | null;
    negativeEndings: ShownCount;
    /** false while someone housed in the period has not been followed for 6 months yet. */
    within6MonthsObserved: boolean;
    within12MonthsObserved: boolean;
    /** What happened after the home is known up to this day (the data date). */
    observedUntil: IsoDate;
  };
  prognosis: Prognosis[];
  signals: { pastNorm: ShownCount; relapses: ShownCount; negativeEndings: ShownCount };
  /** false only for the beheerder, who sees true counts. */
  protectionApplied: boolean;
}
