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

export interface UitstroomMonitor {
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
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
    longerThanNorm: ShownCount;
    normDays: number;
    medianDays: number | null;
    p75Days: number | null;
    p90Days: number | null;
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
  };
  prognosis: { months: number; expectedOutflow: number; openTrajectories: ShownCount }[];
  signals: { pastNorm: ShownCount; relapses: ShownCount; negativeEndings: ShownCount };
  suppressionApplied: boolean;
}
