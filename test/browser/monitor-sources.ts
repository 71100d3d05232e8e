// Which API figure each cell of the monitor's tables shows — written out here from the API's field
// names, apart from the dashboard's transforms, so a page that shows the wrong figure (or '<5'
// where the API published a number) fails. Used for the monitor page and for the figures frozen
// into an evaluation (one period, no previous one).
import type { CellSource, ShownCount } from './published-counts.ts';

export const TARGET_GROUPS = ['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG'] as const;

interface Breakdown {
  rows: { key: string; value: ShownCount }[];
  total: ShownCount;
}

/** The fields of DashboardMonitor's MonitorFigures these tests look at. */
export interface MonitorFigures {
  asOf: string;
  dataDate: string | null;
  provisional: boolean;
  protectionApplied: boolean;
  outflowByFacility: Breakdown;
  outflowByAgeCategory: Breakdown;
  woonplaatsbeginsel: { housed: ShownCount; returnedToOrigin: ShownCount; perGemeente: { gemeente: { id: string }; housed: ShownCount; returnedToOrigin: ShownCount }[] };
  waitingTime: Record<'registered' | 'housed' | 'stillWaiting' | 'longerThanNorm' | 'registeredLongerThanNorm', ShownCount> & {
    bands: { key: string; housed: ShownCount; stillWaiting: ShownCount }[];
  };
  afterHome: Record<
    'housed' | 'temporaryRelapseWithin6Months' | 'structuralRelapseWithin6Months' | 'temporaryRelapseWithin12Months' | 'structuralRelapseWithin12Months' | 'omklap' | 'negativeEndings',
    ShownCount
  >;
  prognosis: { months: number; expectedOutflow: number | null; openTrajectories: ShownCount }[];
  signals: { pastNorm: ShownCount; relapses: ShownCount; negativeEndings: ShownCount };
}

export interface OutflowAnswer {
  periods: { code: string; provisional: boolean }[];
  cells: { periodCode: string; targetGroup: string; value: ShownCount }[];
  periodTotals: { periodCode: string; value: ShownCount }[];
  targetGroupTotals: { targetGroup: string; value: ShownCount }[] | null;
  total: ShownCount | null;
  protectionApplied: boolean;
}

/** A cell the API does not send is a published 0. */
const ZERO = (isProtected: boolean): ShownCount => ({ count: 0, display: '0', suppressed: false, protected: isProtected });

type Pick = (m: MonitorFigures) => ShownCount;

/** A table whose rows are figures and whose columns are periods: current (1), previous (2). */
function perPeriod(rows: Record<string, Pick>, periods: readonly MonitorFigures[]): CellSource {
  return (key, column) => {
    const pick = rows[key];
    const monitor = periods[column - 1];
    return pick === undefined || monitor === undefined ? undefined : pick(monitor);
  };
}

const KEY_FIGURES: Record<string, Pick> = {
  uitstroom: (m) => m.woonplaatsbeginsel.housed,
  aangemeld: (m) => m.waitingTime.registered,
  'nog-wachtend': (m) => m.waitingTime.stillWaiting,
  'langer-dan-norm': (m) => m.waitingTime.longerThanNorm,
  'aangemeld-langer-dan-norm': (m) => m.waitingTime.registeredLongerThanNorm,
  'terugval-tijdelijk': (m) => m.afterHome.temporaryRelapseWithin12Months,
  'terugval-structureel': (m) => m.afterHome.structuralRelapseWithin12Months,
  negatief: (m) => m.afterHome.negativeEndings,
};

const AFTER_HOME: Record<string, Pick> = {
  gehuisvest: (m) => m.afterHome.housed,
  'tijdelijk-6': (m) => m.afterHome.temporaryRelapseWithin6Months,
  'structureel-6': (m) => m.afterHome.structuralRelapseWithin6Months,
  'tijdelijk-12': (m) => m.afterHome.temporaryRelapseWithin12Months,
  'structureel-12': (m) => m.afterHome.structuralRelapseWithin12Months,
  omklap: (m) => m.afterHome.omklap,
  negatief: (m) => m.afterHome.negativeEndings,
};

function breakdownSource(pick: (m: MonitorFigures) => Breakdown, m: MonitorFigures): CellSource {
  return (key, column) => (column !== 1 ? undefined : key === 'totaal' ? pick(m).total : pick(m).rows.find((row) => row.key === key)?.value);
}

function waitingSource(m: MonitorFigures): CellSource {
  return (key, column) => {
    const band = key === 'totaal' ? m.waitingTime : m.waitingTime.bands.find((b) => b.key === key);
    return band === undefined ? undefined : column === 1 ? band.housed : column === 2 ? band.stillWaiting : undefined;
  };
}

function originSource(m: MonitorFigures): CellSource {
  return (key, column) => {
    const row = key === 'totaal' ? m.woonplaatsbeginsel : m.woonplaatsbeginsel.perGemeente.find((g) => g.gemeente.id === key);
    return row === undefined ? undefined : column === 1 ? row.housed : column === 2 ? row.returnedToOrigin : undefined;
  };
}

function outlookSource(m: MonitorFigures): CellSource {
  const rows: Record<string, ShownCount | undefined> = {
    'boven-norm': m.signals.pastNorm,
    terugval: m.signals.relapses,
    negatief: m.signals.negativeEndings,
    open: m.prognosis[0]?.openTrajectories,
  };
  return (key, column) => (column === 1 ? rows[key] : undefined);
}

/** The monitor's outflow table: a row per period (and 'totaal'), a column per target group and the total. */
export function outflowSource(outflow: OutflowAnswer): CellSource {
  const zero = ZERO(outflow.protectionApplied);
  return (key, column) => {
    const group = TARGET_GROUPS[column - 1];
    if (key === 'totaal') {
      if (group === undefined) return column === TARGET_GROUPS.length + 1 ? outflow.total : undefined;
      return outflow.targetGroupTotals === null ? null : (outflow.targetGroupTotals.find((t) => t.targetGroup === group)?.value ?? zero);
    }
    if (group === undefined) return column === TARGET_GROUPS.length + 1 ? outflow.periodTotals.find((t) => t.periodCode === key)?.value : undefined;
    return outflow.cells.find((c) => c.periodCode === key && c.targetGroup === group)?.value ?? zero;
  };
}

/** Per table test id (without the page's prefix): where its cells come from. */
export function monitorSources(current: MonitorFigures, previous: MonitorFigures | null): Record<string, CellSource> {
  const periods = previous === null ? [current] : [current, previous];
  return {
    'key-figures': perPeriod(KEY_FIGURES, periods),
    waiting: waitingSource(current),
    origin: originSource(current),
    'after-home': perPeriod(AFTER_HOME, periods),
    facility: breakdownSource((m) => m.outflowByFacility, current),
    age: breakdownSource((m) => m.outflowByAgeCategory, current),
    outlook: outlookSource(current),
  };
}
