// A small uitstroommonitor as a protected viewer gets it, for the unit tests of the transforms that
// shape it: numbers, '<5', a withheld share, quantiles with and without a number.
import type { ShownCount } from '../lib/contract.ts';
import type { UitstroomMonitor, WaitingQuantile } from '../lib/monitor-contract.ts';

/** A published count (protected unless said otherwise). */
export const n = (count: number, isProtected = true): ShownCount => ({ count, display: String(count), suppressed: false, protected: isProtected });
/** A published 1–4. */
export const SMALL: ShownCount = { count: null, display: '<5', suppressed: true, protected: true };
/** A number of 5 or more hidden to protect another, in an evaluation frozen before the cell key method. */
export const SECRET: ShownCount = { count: null, display: 'x', suppressed: true, protected: true };

function band(key: string, fromDays: number, toDays: number | null, housed: ShownCount, stillWaiting: ShownCount) {
  return { key, label: `${key} maanden`, fromDays, toDays, housed, stillWaiting };
}

export const estimated = (percent: number, days: number): WaitingQuantile => ({ percent, days, status: 'GESCHAT', note: null });
export const notReached = (percent: number): WaitingQuantile => ({ percent, days: null, status: 'NOG_NIET_BEREIKT', note: `nog niet bereikt: minder dan ${percent}% heeft al een woning` });
export const tooFew = (percent: number): WaitingQuantile => ({ percent, days: null, status: 'TE_WEINIG_GEGEVENS', note: 'nog niet te schatten: op dat punt wachtten nog minder dan 10 mensen' });

export function monitor(overrides: Partial<UitstroomMonitor> = {}): UitstroomMonitor {
  return {
    from: '2026-01-01',
    to: '2026-06-30',
    asOf: '2026-06-30',
    dataDate: '2026-10-31',
    provisional: false,
    outflowByFacility: { rows: [{ key: 'Beschermd wonen', value: n(20) }, { key: 'Nachtopvang', value: SMALL }], total: n(23) },
    outflowByAgeCategory: { rows: [{ key: '28-49', value: n(23) }], total: n(23) },
    woonplaatsbeginsel: {
      housed: n(23),
      returnedToOrigin: n(18),
      shareBasisPoints: 7826,
      perGemeente: [
        { gemeente: { id: 'vlissingen', name: 'Vlissingen' }, housed: n(15), returnedToOrigin: n(12), shareBasisPoints: 8000 },
        { gemeente: { id: 'middelburg', name: 'Middelburg' }, housed: n(8), returnedToOrigin: n(6), shareBasisPoints: null },
      ],
    },
    waitingTime: {
      registered: n(30),
      housed: n(20),
      stillWaiting: n(10),
      longerThanNorm: n(41),
      registeredLongerThanNorm: n(0),
      normDays: 183,
      medianDays: 140,
      p75Days: 196,
      p90Days: null,
      quantiles: [estimated(50, 140), estimated(75, 196), tooFew(90)],
      bands: [band('0-3', 0, 91, n(8), SMALL), band('3-6', 92, 183, n(7), SMALL), band('6-9', 184, 274, n(5), n(5)), band('9-12', 275, 365, n(0), n(0))],
    },
    afterHome: {
      housed: n(23),
      temporaryRelapseWithin6Months: SMALL,
      structuralRelapseWithin6Months: n(0),
      temporaryRelapseWithin12Months: n(6),
      structuralRelapseWithin12Months: SMALL,
      omklap: n(10),
      omklapShareBasisPoints: 4348,
      negativeEndings: SMALL,
      within6MonthsObserved: true,
      within12MonthsObserved: false,
      observedUntil: '2026-10-31',
    },
    prognosis: [
      { months: 3, expectedOutflow: 4, note: null, openTrajectories: n(10) },
      { months: 12, expectedOutflow: 9, note: null, openTrajectories: n(10) },
    ],
    signals: { pastNorm: n(41), relapses: SMALL, negativeEndings: n(0) },
    protectionApplied: true,
    ...overrides,
  };
}
