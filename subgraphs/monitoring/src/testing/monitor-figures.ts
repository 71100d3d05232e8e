// The monitor and outflow as an API client receives them, turned into the shape of
// referenceMonitor() — so a test compares the two with one toEqual, every cell at once.
import type { ReferenceScope } from './reference-monitor.ts';

const COUNT = 'count';

/** Selection on Covenant for every figure the reference computes; variables $from $to $subRegionId $targetGroup $partyId. */
export const MONITOR_FIGURES_SELECTION = `
  outflow(from: $from, to: $to, granularity: QUARTER, subRegionId: $subRegionId, targetGroup: $targetGroup, partyId: $partyId) {
    cells { periodCode targetGroup value { ${COUNT} } }
  }
  monitor(from: $from, to: $to, subRegionId: $subRegionId, targetGroup: $targetGroup, partyId: $partyId) {
    asOf
    outflowByFacility { rows { key value { ${COUNT} } } }
    outflowByAgeCategory { rows { key value { ${COUNT} } } }
    woonplaatsbeginsel { housed { ${COUNT} } returnedToOrigin { ${COUNT} } perGemeente { gemeente { id } housed { ${COUNT} } returnedToOrigin { ${COUNT} } } }
    waitingTime { registered { ${COUNT} } housed { ${COUNT} } stillWaiting { ${COUNT} } longerThanNorm { ${COUNT} } registeredLongerThanNorm { ${COUNT} } medianDays p75Days p90Days bands { housed { ${COUNT} } stillWaiting { ${COUNT} } } }
    afterHome {
      housed { ${COUNT} } temporaryRelapseWithin6Months { ${COUNT} } structuralRelapseWithin6Months { ${COUNT} }
      temporaryRelapseWithin12Months { ${COUNT} } structuralRelapseWithin12Months { ${COUNT} } omklap { ${COUNT} } negativeEndings { ${COUNT} }
    }
    prognosis { openTrajectories { ${COUNT} } }
    signals { pastNorm { ${COUNT} } relapses { ${COUNT} } negativeEndings { ${COUNT} } }
  }`;

export const MONITOR_FIGURES_VARIABLES = '$from: Date!, $to: Date!, $subRegionId: ID, $targetGroup: TargetGroup, $partyId: ID';

export function monitorVariables(s: ReferenceScope) {
  return { from: s.from, to: s.to, subRegionId: s.subRegionId ?? null, targetGroup: s.targetGroup ?? null, partyId: s.partyId ?? null };
}

type C = { count: number | null };
export interface MonitorFiguresResult {
  outflow: { cells: { periodCode: string; targetGroup: string; value: C }[] };
  monitor: {
    asOf: string;
    outflowByFacility: { rows: { key: string; value: C }[] };
    outflowByAgeCategory: { rows: { key: string; value: C }[] };
    woonplaatsbeginsel: { housed: C; returnedToOrigin: C; perGemeente: { gemeente: { id: string }; housed: C; returnedToOrigin: C }[] };
    waitingTime: Record<'registered' | 'housed' | 'stillWaiting' | 'longerThanNorm' | 'registeredLongerThanNorm', C> & {
      medianDays: number | null;
      p75Days: number | null;
      p90Days: number | null;
      bands: { housed: C; stillWaiting: C }[];
    };
    afterHome: Record<string, C>;
    prognosis: { openTrajectories: C }[];
    signals: { pastNorm: C; relapses: C; negativeEndings: C };
  };
}

const rows = (list: { key: string; value: C }[]) => Object.fromEntries(list.map((r) => [r.key, r.value.count]));

/** The API's answer in the reference's shape (cells published as 0 are not listed by either). */
export function asReference({ outflow, monitor: m }: MonitorFiguresResult) {
  const w = m.waitingTime;
  return {
    outflowPerQuarter: Object.fromEntries(outflow.cells.map((c) => [`${c.periodCode}/${c.targetGroup}`, c.value.count])),
    facility: rows(m.outflowByFacility.rows),
    ageCategory: rows(m.outflowByAgeCategory.rows),
    woonplaatsbeginsel: {
      housed: m.woonplaatsbeginsel.housed.count,
      returned: m.woonplaatsbeginsel.returnedToOrigin.count,
      perGemeente: Object.fromEntries(m.woonplaatsbeginsel.perGemeente.map((g) => [g.gemeente.id, [g.housed.count, g.returnedToOrigin.count]])),
    },
    waitingTime: {
      observations: w.registered.count,
      housed: w.housed.count,
      stillWaiting: w.stillWaiting.count,
      longerThanNorm: w.longerThanNorm.count,
      registeredLongerThanNorm: w.registeredLongerThanNorm.count,
      medianDays: w.medianDays,
      p75Days: w.p75Days,
      p90Days: w.p90Days,
      bands: w.bands.map((b) => [b.housed.count, b.stillWaiting.count]),
    },
    afterHome: Object.fromEntries(Object.entries(m.afterHome).map(([k, v]) => [k, v.count])),
    open: m.prognosis[0]?.openTrajectories.count,
    pastNorm: m.signals.pastNorm.count,
    signals: { relapses: m.signals.relapses.count, negativeEndings: m.signals.negativeEndings.count },
  };
}
