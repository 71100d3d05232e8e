// A second calculation of the uitstroommonitor, for tests: plain TypeScript over whole trajectory
// records (as generated, or as read back from the base tables), sharing nothing with the SQL on the
// published view. Exact counts only — what the beheerder sees; suppression is tested on its own.
import type { TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';
import { summariseWaitingTimes, WAITING_NORM_DAYS } from '../domain/waiting-time.ts';

export interface ReferenceScope {
  covenantId: string;
  subRegionId?: string | null;
  targetGroup?: TrajectoryRecord['targetGroup'] | null;
  partyId?: string | null;
  from: string;
  to: string;
  asOf: string;
}

/** The month bands of WaitingTime.bands, written out again: last day of each band. */
const BAND_ENDS = [91, 183, 274, 365, 548, Number.POSITIVE_INFINITY];

const day = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / day);
const stepOn = (r: TrajectoryRecord, step: string) => r.steps.find((s) => s.step === step)?.occurredOn;
const firstEvent = (r: TrajectoryRecord, kind: string) =>
  r.events.filter((e) => e.kind === kind).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0];
const quarterOf = (date: string) => `${date.slice(0, 4)}-K${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function involves(r: TrajectoryRecord, party: string): boolean {
  return [r.providerId, r.landlordId, r.originMunicipalityId, r.placementMunicipalityId].includes(party);
}

export function selectScope(records: readonly TrajectoryRecord[], s: Omit<ReferenceScope, 'from' | 'to' | 'asOf'>): TrajectoryRecord[] {
  return records.filter(
    (r) =>
      r.covenantId === s.covenantId &&
      (!s.subRegionId || r.subRegionId === s.subRegionId) &&
      (!s.targetGroup || r.targetGroup === s.targetGroup) &&
      (!s.partyId || involves(r, s.partyId)),
  );
}

/** Everything the monitor reports, computed one record at a time. */
export function referenceMonitor(records: readonly TrajectoryRecord[], s: ReferenceScope) {
  const mine = selectScope(records, s);
  const inRange = (d: string | undefined) => d !== undefined && d >= s.from && d <= s.to;
  const housed = mine.filter((r) => inRange(stepOn(r, 'sleuteloverdracht')));
  const returned = housed.filter((r) => r.placementMunicipalityId === r.originMunicipalityId);
  const perGemeente: Record<string, [number, number]> = {};
  for (const r of housed) {
    const entry = (perGemeente[r.originMunicipalityId] ??= [0, 0]);
    entry[0]++;
    if (r.placementMunicipalityId === r.originMunicipalityId) entry[1]++;
  }
  const relapseWithin = (limit: number, kind: string) =>
    housed.filter((r) => {
      const first = firstEvent(r, 'terugval');
      return first?.relapseKind === kind && daysBetween(stepOn(r, 'sleuteloverdracht') as string, first.occurredOn) <= limit;
    }).length;
  return {
    outflowPerQuarter: tally(housed, (r) => `${quarterOf(stepOn(r, 'sleuteloverdracht') as string)}/${r.targetGroup}`),
    facility: tally(housed, (r) => r.facility),
    ageCategory: tally(housed, (r) => r.ageCategory),
    woonplaatsbeginsel: { housed: housed.length, returned: returned.length, perGemeente },
    waitingTime: waiting(mine, s),
    afterHome: {
      housed: housed.length,
      temporaryRelapseWithin6Months: relapseWithin(183, 'tijdelijk'),
      structuralRelapseWithin6Months: relapseWithin(183, 'structureel'),
      temporaryRelapseWithin12Months: relapseWithin(365, 'tijdelijk'),
      structuralRelapseWithin12Months: relapseWithin(365, 'structureel'),
      omklap: housed.filter((r) => stepOn(r, 'omklap') !== undefined).length,
      negativeEndings: housed.filter((r) => firstEvent(r, 'negatief_einde') !== undefined).length,
    },
    ...openAndSignals(mine, s),
  };
}

function waiting(mine: readonly TrajectoryRecord[], s: ReferenceScope) {
  const cohort = mine.filter((r) => {
    const registered = stepOn(r, 'aanmelding');
    return registered !== undefined && registered >= s.from && registered <= s.to && registered <= s.asOf;
  });
  const observations = cohort.map((r) => {
    const home = stepOn(r, 'sleuteloverdracht');
    const isHoused = home !== undefined && home <= s.asOf;
    return { days: daysBetween(stepOn(r, 'aanmelding') as string, isHoused ? (home as string) : s.asOf), housed: isHoused };
  });
  const bands = BAND_ENDS.map((): [number, number] => [0, 0]);
  for (const o of observations) {
    const band = bands[BAND_ENDS.findIndex((end) => o.days <= end)] as [number, number];
    band[o.housed ? 0 : 1] += 1;
  }
  return { ...summariseWaitingTimes(observations), bands };
}

function openAndSignals(mine: readonly TrajectoryRecord[], s: ReferenceScope) {
  const notBy = (d: string | undefined) => d === undefined || d > s.asOf;
  const open = mine.filter((r) => {
    const registered = stepOn(r, 'aanmelding');
    return registered !== undefined && registered <= s.asOf && notBy(stepOn(r, 'sleuteloverdracht')) && notBy(stepOn(r, 'afgesloten'));
  });
  const inRange = (d: string | undefined) => d !== undefined && d >= s.from && d <= s.to;
  return {
    open: open.length,
    pastNorm: open.filter((r) => daysBetween(stepOn(r, 'aanmelding') as string, s.asOf) > WAITING_NORM_DAYS).length,
    signals: {
      relapses: mine.filter((r) => inRange(firstEvent(r, 'terugval')?.occurredOn)).length,
      negativeEndings: mine.filter((r) => inRange(firstEvent(r, 'negatief_einde')?.occurredOn)).length,
    },
  };
}
