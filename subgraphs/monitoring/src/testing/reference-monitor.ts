// A second calculation of the uitstroommonitor, for tests: plain TypeScript over whole trajectory
// records (as generated, or as read back from the base tables), sharing nothing with the SQL on the
// published view. Every figure is a group of records; it is published through the Disclosure asked
// for — true counts (the beheerder) by default, or protected ones when the records' keys are given.
import { exact, type Disclosure, type Tally } from '@uitstroom/disclosure';
import type { TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';
import { quantile } from '../domain/monitor-waiting.ts';
import { kaplanMeier, WAITING_NORM_DAYS } from '../domain/waiting-time.ts';

export interface ReferenceScope {
  covenantId: string;
  subRegionId?: string | null;
  targetGroup?: TrajectoryRecord['targetGroup'] | null;
  partyId?: string | null;
  from: string;
  to: string;
  asOf: string;
}

/** How the reference publishes a group: which disclosure, and each record's secret key. */
export interface ReferencePublishing {
  disclosure: Disclosure;
  keyOf: (r: TrajectoryRecord) => number;
}

const TRUE_COUNTS: ReferencePublishing = { disclosure: exact, keyOf: () => 0 };

/** The month bands of WaitingTime.bands, written out again: last day of each band. */
const BAND_ENDS = [91, 183, 274, 365, 548, Number.POSITIVE_INFINITY];

const day = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / day);
const stepOn = (r: TrajectoryRecord, step: string) => r.steps.find((s) => s.step === step)?.occurredOn;
const firstEvent = (r: TrajectoryRecord, kind: string) =>
  r.events.filter((e) => e.kind === kind).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0];
const quarterOf = (date: string) => `${date.slice(0, 4)}-K${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

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

/** Publishes groups of records: their count with the sum of their keys, through the disclosure. */
function publisher(p: ReferencePublishing) {
  const tally = (group: readonly TrajectoryRecord[]): Tally => ({ n: group.length, keySum: group.reduce((sum, r) => (sum + p.keyOf(r)) % 2 ** 31, 0) });
  const count = (group: readonly TrajectoryRecord[]) => p.disclosure.show(tally(group)).count;
  /** Per key, the published count; keys published as 0 are left out, as the API leaves them out. */
  const byKey = (group: readonly TrajectoryRecord[], key: (r: TrajectoryRecord) => string) => {
    const groups = new Map<string, TrajectoryRecord[]>();
    for (const r of group) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return Object.fromEntries([...groups].filter(([, g]) => p.disclosure.value(tally(g)) > 0).map(([k, g]) => [k, count(g)]));
  };
  return { tally, count, byKey };
}

/** Everything the monitor reports, computed one record at a time. */
export function referenceMonitor(records: readonly TrajectoryRecord[], s: ReferenceScope, publishing: ReferencePublishing = TRUE_COUNTS) {
  const { tally, count, byKey } = publisher(publishing);
  const mine = selectScope(records, s);
  const inRange = (d: string | undefined) => d !== undefined && d >= s.from && d <= s.to;
  const housed = mine.filter((r) => inRange(stepOn(r, 'sleuteloverdracht')));
  const returned = housed.filter((r) => r.placementMunicipalityId === r.originMunicipalityId);
  const perGemeente: Record<string, [number | null, number | null]> = {};
  for (const origin of new Set(housed.map((r) => r.originMunicipalityId))) {
    const here = housed.filter((r) => r.originMunicipalityId === origin);
    const back = here.filter((r) => r.placementMunicipalityId === origin);
    if (publishing.disclosure.value(tally(here)) > 0 || publishing.disclosure.value(tally(back)) > 0) perGemeente[origin] = [count(here), count(back)];
  }
  const relapseWithin = (limit: number, kind: string) =>
    housed.filter((r) => {
      const first = firstEvent(r, 'terugval');
      return first?.relapseKind === kind && daysBetween(stepOn(r, 'sleuteloverdracht') as string, first.occurredOn) <= limit;
    });
  return {
    outflowPerQuarter: byKey(housed, (r) => `${quarterOf(stepOn(r, 'sleuteloverdracht') as string)}/${r.targetGroup}`),
    facility: byKey(housed, (r) => r.facility),
    ageCategory: byKey(housed, (r) => r.ageCategory),
    woonplaatsbeginsel: { housed: count(housed), returned: count(returned), perGemeente },
    waitingTime: waiting(mine, s, publishing),
    afterHome: {
      housed: count(housed),
      temporaryRelapseWithin6Months: count(relapseWithin(183, 'tijdelijk')),
      structuralRelapseWithin6Months: count(relapseWithin(183, 'structureel')),
      temporaryRelapseWithin12Months: count(relapseWithin(365, 'tijdelijk')),
      structuralRelapseWithin12Months: count(relapseWithin(365, 'structureel')),
      omklap: count(housed.filter((r) => stepOn(r, 'omklap') !== undefined)),
      negativeEndings: count(housed.filter((r) => firstEvent(r, 'negatief_einde') !== undefined)),
    },
    ...openAndSignals(mine, s, publishing),
  };
}

/** Gegevens t/m, computed again: the last milestone or event date of the covenant, not after today. */
export function referenceDataDate(records: readonly TrajectoryRecord[], covenantId: string, today: string): string | null {
  const milestones = new Set(['aanmelding', 'sleuteloverdracht', 'omklap', 'afgesloten']);
  let latest: string | null = null;
  for (const r of records) {
    if (r.covenantId !== covenantId) continue;
    const dates = [...r.steps.filter((st) => milestones.has(st.step)).map((st) => st.occurredOn), ...r.events.map((e) => e.occurredOn)];
    for (const d of dates) if (d <= today && (latest === null || d > latest)) latest = d;
  }
  return latest;
}

function openRecords(mine: readonly TrajectoryRecord[], asOf: string): TrajectoryRecord[] {
  const notBy = (d: string | undefined) => d === undefined || d > asOf;
  return mine.filter((r) => {
    const registered = stepOn(r, 'aanmelding');
    return registered !== undefined && registered <= asOf && notBy(stepOn(r, 'sleuteloverdracht')) && notBy(stepOn(r, 'afgesloten'));
  });
}

function waiting(mine: readonly TrajectoryRecord[], s: ReferenceScope, publishing: ReferencePublishing) {
  const { count } = publisher(publishing);
  const cohort = mine.filter((r) => {
    const registered = stepOn(r, 'aanmelding');
    return registered !== undefined && registered >= s.from && registered <= s.to && registered <= s.asOf;
  });
  const observed = cohort.map((r) => {
    const home = stepOn(r, 'sleuteloverdracht');
    const isHoused = home !== undefined && home <= s.asOf;
    return { record: r, days: daysBetween(stepOn(r, 'aanmelding') as string, isHoused ? (home as string) : s.asOf), housed: isHoused };
  });
  const curve = kaplanMeier(observed);
  const inBand = (i: number, housed: boolean) =>
    observed.filter((o) => o.housed === housed && BAND_ENDS.findIndex((end) => o.days <= end) === i).map((o) => o.record);
  const pastNorm = openRecords(mine, s.asOf).filter((r) => daysBetween(stepOn(r, 'aanmelding') as string, s.asOf) > WAITING_NORM_DAYS);
  const [median, p75, p90] = [50, 75, 90].map((percent) => quantile(curve, observed.length, percent, publishing.disclosure.protects).days);
  return {
    observations: count(cohort),
    housed: count(observed.filter((o) => o.housed).map((o) => o.record)),
    stillWaiting: count(observed.filter((o) => !o.housed).map((o) => o.record)),
    longerThanNorm: count(pastNorm),
    registeredLongerThanNorm: count(observed.filter((o) => o.days > WAITING_NORM_DAYS).map((o) => o.record)),
    medianDays: median ?? null,
    p75Days: p75 ?? null,
    p90Days: p90 ?? null,
    bands: BAND_ENDS.map((_, i) => [count(inBand(i, true)), count(inBand(i, false))]),
  };
}

function openAndSignals(mine: readonly TrajectoryRecord[], s: ReferenceScope, publishing: ReferencePublishing) {
  const { count } = publisher(publishing);
  const open = openRecords(mine, s.asOf);
  const inRange = (d: string | undefined) => d !== undefined && d >= s.from && d <= s.to;
  return {
    open: count(open),
    pastNorm: count(open.filter((r) => daysBetween(stepOn(r, 'aanmelding') as string, s.asOf) > WAITING_NORM_DAYS)),
    signals: {
      relapses: count(mine.filter((r) => inRange(firstEvent(r, 'terugval')?.occurredOn))),
      negativeEndings: count(mine.filter((r) => inRange(firstEvent(r, 'negatief_einde')?.occurredOn))),
    },
  };
}
