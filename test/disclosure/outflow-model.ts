// The outflow report as the attacker reads it (people who got the keys of a home, by key-handover
// day), the covenant facts it starts from, and target progress as cumulative points.
import type { Attack } from './client.ts';
import type { Model, Shown } from './feasibility.ts';
import { periodRange, type DayRange } from './periods.ts';

export const GRANULARITIES = ['QUARTER', 'HALF_YEAR', 'YEAR'] as const;
const ZERO: Shown = { count: 0, display: '0' };
const SHOWN = '{ count display }';

export const OUTFLOW = `query DisclosureOutflow($c: ID!, $from: Date!, $to: Date!, $g: PeriodGranularity!, $s: ID, $tg: TargetGroup, $p: ID) {
  covenant(id: $c) { outflow(from: $from, to: $to, granularity: $g, subRegionId: $s, targetGroup: $tg, partyId: $p) {
    from to periods { code start end }
    cells { periodCode targetGroup value ${SHOWN} } periodTotals { periodCode value ${SHOWN} }
    targetGroupTotals { targetGroup value ${SHOWN} } total ${SHOWN} } } }`;

export interface OutflowReport {
  from: string;
  to: string;
  periods: { code: string; start: string; end: string }[];
  cells: { periodCode: string; targetGroup: string; value: Shown }[];
  periodTotals: { periodCode: string; value: Shown }[];
  targetGroupTotals: { targetGroup: string; value: Shown }[] | null;
  total: Shown | null;
}

export interface OutflowArgs {
  from: string;
  to: string;
  g: (typeof GRANULARITIES)[number];
  s?: string | null;
  tg?: string | null;
  p?: string | null;
}

/** The analist's report and the beheerder's report of the same request. */
export async function outflowPair(a: Attack, c: string, args: OutflowArgs): Promise<{ shown: OutflowReport; truth: OutflowReport }> {
  const vars = { c, s: null, tg: null, p: null, ...args };
  const shown = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, vars)).covenant.outflow;
  const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, vars)).covenant.outflow;
  return { shown, truth };
}

export const count = (s: Shown | undefined): number => (s === undefined ? 0 : (s.count as number));

/**
 * Every number of an outflow report as a constraint; `atoms` names the atoms of a range and target
 * group (null: all). With the beheerder's report of the same request, each relation is also checked
 * against its true count; without, only that the true count (the atoms' sum) lies in F(published).
 */
export function observeOutflow(model: Model, pair: { shown: OutflowReport; truth: OutflowReport | null }, groups: readonly string[], atoms: (range: DayRange, tg: string | null) => string[], label: string): void {
  const { shown } = pair;
  const truth = pair.truth ?? { ...shown, cells: [], periodTotals: [], targetGroupTotals: null, total: null };
  const exact = (n: number) => (pair.truth === null ? undefined : n);
  for (const cell of [...shown.cells, ...truth.cells]) if (!groups.includes(cell.targetGroup)) throw new Error(`${label}: a cell for ${cell.targetGroup}, which the model has no atoms for`);
  for (const period of shown.periods) {
    const range = { from: period.start < shown.from ? shown.from : period.start, to: period.end > shown.to ? shown.to : period.end };
    for (const tg of groups) {
      const find = (r: OutflowReport) => r.cells.find((c) => c.periodCode === period.code && c.targetGroup === tg)?.value;
      model.observe(atoms(range, tg), find(shown) ?? ZERO, `${label} ${period.code} ${tg}`, exact(count(find(truth))));
    }
    const total = (r: OutflowReport) => r.periodTotals.find((t) => t.periodCode === period.code)?.value;
    model.observe(atoms(range, null), total(shown) ?? ZERO, `${label} ${period.code}`, exact(count(total(truth))));
  }
  const whole = { from: shown.from, to: shown.to };
  if (shown.targetGroupTotals !== null) {
    for (const tg of groups) {
      const find = (r: OutflowReport) => r.targetGroupTotals?.find((t) => t.targetGroup === tg)?.value;
      model.observe(atoms(whole, tg), find(shown) ?? ZERO, `${label} ${whole.from}…${whole.to} ${tg}`, exact(count(find(truth))));
    }
  }
  if (shown.total !== null) model.observe(atoms(whole, null), shown.total, `${label} ${whole.from}…${whole.to}`, exact(count(truth.total ?? undefined)));
}

/** Target groups with any outflow in the range: the others are known to be empty (granted to the attacker). */
export async function targetGroupsPresent(a: Attack, c: string, range: DayRange): Promise<string[]> {
  const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...range, g: 'YEAR', s: null, tg: null, p: null })).covenant.outflow;
  return [...new Set(truth.cells.map((cell) => cell.targetGroup))].sort();
}

const INFO = `query DisclosureCovenant($c: ID!, $until: Date) { covenant(id: $c) { dataDate subRegions { id }
  evaluationCalendar(until: $until) { periodCode periodFrom periodTo }
  memberships { party { id kind } }
  targets { id subRegionId metric party { id } validFrom } } }`;

export interface CovenantInfo {
  dataDate: string;
  subRegions: { id: string }[];
  evaluationCalendar: { periodCode: string; periodFrom: string; periodTo: string }[];
  memberships: { party: { id: string; kind: string } }[];
  targets: { id: string; subRegionId: string | null; metric: string; party: { id: string } | null; validFrom: string }[];
}

export async function covenantInfo(a: Attack, c: string): Promise<CovenantInfo> {
  const first = await a.analist<{ covenant: CovenantInfo }>(INFO, { c, until: null });
  return (await a.analist<{ covenant: CovenantInfo }>(INFO, { c, until: first.covenant.dataDate })).covenant;
}

const PROGRESS = `query DisclosureProgress($c: ID!, $on: Date) { covenant(id: $c) { targets { id
  progress(on: $on) { periodStart asOf realised ${SHOWN} } history(on: $on) { date realised ${SHOWN} } } } }`;

interface ProgressAnswer {
  covenant: { targets: { id: string; progress: { periodStart: string; asOf: string; realised: Shown }; history: { date: string; realised: Shown | null }[] }[] };
}

/** Cumulative realised counts of a target: window start, date, shown (analist) and true (beheerder). */
export interface CumulativePoint {
  targetId: string;
  start: string;
  date: string;
  shown: Shown;
  truth: number;
}

/** A target's progress and history as one request answers them. */
export type ProgressTarget = ProgressAnswer['covenant']['targets'][number];

/** The analist's own request for one covenant's targets on a day. */
export const analistProgress = (a: Attack, c: string) => async (on: string) => (await a.analist<ProgressAnswer>(PROGRESS, { c, on })).covenant.targets;

/** Every month-end point of every window of the targets up to the data date, and the data date itself; `shown` asks as the attacker does. */
export async function cumulativePoints(a: Attack, c: string, info: CovenantInfo, targetIds: readonly string[], shown: (on: string) => Promise<ProgressTarget[]> = analistProgress(a, c)): Promise<CumulativePoint[]> {
  const ons = new Set<string>([info.dataDate]);
  const firstYear = Math.min(...info.targets.filter((t) => targetIds.includes(t.id)).map((t) => Number(t.validFrom.slice(0, 4))));
  for (let y = firstYear; y <= Number(info.dataDate.slice(0, 4)); y++) for (const md of ['06-30', '12-31']) if (`${y}-${md}` < info.dataDate) ons.add(`${y}-${md}`);
  const points = new Map<string, CumulativePoint>();
  for (const on of [...ons].sort()) {
    const targets = await shown(on);
    const truth = await a.beheerder<ProgressAnswer>(PROGRESS, { c, on });
    for (const t of targets) {
      if (!targetIds.includes(t.id)) continue;
      const exact = truth.covenant.targets.find((x) => x.id === t.id);
      const add = (date: string, s: Shown, n: number | null | undefined) => {
        if (date < t.progress.periodStart) return;
        points.set(`${t.id}|${date}`, { targetId: t.id, start: t.progress.periodStart, date, shown: s, truth: n as number });
      };
      add(t.progress.asOf, t.progress.realised, exact?.progress.realised.count);
      for (const p of t.history) if (p.realised !== null) add(p.date, p.realised, exact?.history.find((h) => h.date === p.date)?.realised?.count);
    }
  }
  return [...points.values()];
}

/** A covenant's own evaluation periods that are not calendar periods (begun by the data date). */
export function ownPeriods(info: CovenantInfo): DayRange[] {
  const own = info.evaluationCalendar.map((p) => ({ from: p.periodFrom, to: p.periodTo })).filter((r) => calendarCode(r) === null && r.from <= info.dataDate);
  return [...new Map(own.map((r) => [`${r.from}|${r.to}`, r])).values()];
}

function calendarCode(r: DayRange): string | null {
  const y = r.from.slice(0, 4);
  for (const code of [y, `${y}-H1`, `${y}-H2`, `${y}-K1`, `${y}-K2`, `${y}-K3`, `${y}-K4`]) {
    const p = periodRange(code);
    if (p.from === r.from && p.to === r.to) return code;
  }
  return null;
}
