// The time hierarchy. Atoms are day segment × target group × sub-region, the segments cut at every
// boundary of a range the attacker can ask for; the truth of each from the beheerder's outflow over
// exactly that segment. Relations: a half-year is its quarters, a year its half-years, a covenant
// its sub-regions, a total its target groups, a cumulative count its months.
//
// timeFamily (the analist): the outflow reports at quarter, half-year and year granularity for the
// covenant and each sub-region (cells, period totals); the monitor's outflow total for each of the
// covenant's own evaluation periods off the calendar grid (Walcheren's covenant years, the first 6
// and 12 months), per target group and unfiltered; the covenant's and sub-regions' own targets'
// progress at every month end and at the data date.
//
// werkgroepFamily (the werkgroep, the dashboard's persisted operations only): DashboardOutflow at
// every granularity; DashboardMonitor for every quarter, half-year and year of the covenant and each
// sub-region (its outflow report from the previous period to the current one, and both monitors'
// totals); DashboardTargets at every half-year end and the data date (month-end history).
import type { Attack } from './client.ts';
import { Model, type Shown } from './feasibility.ts';
import { count, covenantInfo, cumulativePoints, GRANULARITIES, observeOutflow, OUTFLOW, outflowPair, ownPeriods, targetGroupsPresent, type CovenantInfo, type CumulativePoint, type OutflowReport, type ProgressTarget } from './outflow-model.ts';
import { addDays, calendarPeriods, periodRange, Timeline, type DayRange } from './periods.ts';

export interface TimeFamily {
  model: Model;
  /** Groups no single request publishes: each month's count, the difference of two cumulative values. */
  months: { label: string; atoms: string[] }[];
  /** The atoms of a range and target group (null: all) in some sub-regions (null: a covenant without). */
  atoms: (regions: readonly (string | null)[]) => (range: DayRange, tg: string | null) => string[];
}

async function timeAtoms(a: Attack, c: string, years: readonly number[], regions: readonly (string | null)[], cuts: readonly string[]) {
  const whole = { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` };
  const groups = await targetGroupsPresent(a, c, whole);
  const all = [addDays(whole.to, 1), ...cuts];
  for (const y of years) for (const q of [1, 2, 3, 4]) all.push(periodRange(`${y}-K${q}`).from);
  const timeline = new Timeline(all);
  const model = new Model();
  for (const r of regions) {
    for (const s of timeline.starts) {
      const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, from: s, to: timeline.end(s), g: 'YEAR', s: r, tg: null, p: null })).covenant.outflow;
      if (truth.cells.some((cell) => !groups.includes(cell.targetGroup))) throw new Error(`${c} ${s}: a target group outside ${groups.join(',')}`);
      for (const tg of groups) model.atom(`${r ?? c}|${s}|${tg}`, count(truth.cells.find((cell) => cell.targetGroup === tg)?.value));
    }
  }
  const atoms = (inRegions: readonly (string | null)[]) => (range: DayRange, tg: string | null) =>
    inRegions.flatMap((r) => timeline.within(range).flatMap((s) => (tg === null ? groups : [tg]).map((t) => `${r ?? c}|${s}|${t}`)));
  return { model, atoms, groups, whole };
}

/** The cumulative points as constraints, and each month (between two points) as a group to attack. */
function observePoints(model: Model, info: CovenantInfo, regions: readonly (string | null)[], points: readonly CumulativePoint[], atoms: TimeFamily['atoms']): TimeFamily['months'] {
  const months: TimeFamily['months'] = [];
  for (const p of points) {
    const region = info.targets.find((t) => t.id === p.targetId)?.subRegionId ?? null;
    const inRegions = region === null ? regions : [region];
    model.observe(atoms(inRegions)({ from: p.start, to: p.date }, null), p.shown, `${p.targetId} t/m ${p.date}`, p.truth);
    const before = points.filter((q) => q.targetId === p.targetId && q.start === p.start && q.date < p.date).map((q) => q.date).sort().pop();
    const from = before === undefined ? p.start : addDays(before, 1);
    months.push({ label: `${p.targetId} ${from}…${p.date}`, atoms: atoms(inRegions)({ from, to: p.date }, null) });
  }
  return months;
}

const ownTargets = (info: CovenantInfo) => info.targets.filter((t) => t.metric === 'WONINGEN' && t.party === null).map((t) => t.id);
const regionsOf = (info: CovenantInfo): (string | null)[] => (info.subRegions.length > 0 ? info.subRegions.map((r) => r.id) : [null]);
const cutsOf = (points: readonly CumulativePoint[]) => points.flatMap((p) => [p.start, addDays(p.date, 1)]);

const OWN_PERIOD = `query DisclosureOwnPeriod($c: ID!, $from: Date!, $to: Date!, $s: ID, $tg: TargetGroup) {
  covenant(id: $c) { monitor(from: $from, to: $to, subRegionId: $s, targetGroup: $tg) { outflowByFacility { total { count display } } } } }`;
type OwnPeriodAnswer = { covenant: { monitor: { outflowByFacility: { total: Shown } } } };

/** `extraCuts`: more days on which a segment must start (for a finer attack on top of this model). */
export async function timeFamily(a: Attack, c: string, years: readonly number[], extraCuts: readonly string[] = []): Promise<TimeFamily> {
  const info = await covenantInfo(a, c);
  const regions = regionsOf(info);
  const own = ownPeriods(info);
  const targets = ownTargets(info);
  const points = targets.length > 0 ? await cumulativePoints(a, c, info, targets) : [];
  const { model, atoms, groups, whole } = await timeAtoms(a, c, years, regions, [...extraCuts, ...own.flatMap((r) => [r.from, addDays(r.to, 1)]), ...cutsOf(points)]);
  for (const scope of regions[0] === null ? [null] : [null, ...regions]) {
    const inRegions = scope === null ? regions : [scope];
    for (const g of GRANULARITIES) observeOutflow(model, await outflowPair(a, c, { ...whole, g, s: scope }), groups, atoms(inRegions), `${scope ?? c} ${g}`);
    for (const r of own) {
      for (const tg of [null, ...groups]) {
        const vars = { c, ...r, s: scope, tg };
        const shown = (await a.analist<OwnPeriodAnswer>(OWN_PERIOD, vars)).covenant.monitor.outflowByFacility.total;
        const truth = (await a.beheerder<OwnPeriodAnswer>(OWN_PERIOD, vars)).covenant.monitor.outflowByFacility.total;
        model.observe(atoms(inRegions)(r, tg), shown, `${scope ?? c} ${r.from}…${r.to} ${tg ?? 'totaal'}`, count(truth));
      }
    }
  }
  return { model, months: observePoints(model, info, regions, points, atoms), atoms };
}

type DashboardTarget = ProgressTarget & { covenant: { id: string } };
type DashboardMonitor = { covenant: { outflow: OutflowReport; current: { outflowByFacility: { total: Shown } }; previous: { outflowByFacility: { total: Shown } } } };
const MONITOR_TOTAL = `query DisclosureMonitorTotal($c: ID!, $from: Date!, $to: Date!, $s: ID) {
  covenant(id: $c) { monitor(from: $from, to: $to, subRegionId: $s) { outflowByFacility { total { count display } } } } }`;

/** What the werkgroep can combine through the dashboard's persisted operations alone. */
export async function werkgroepFamily(a: Attack, c: string, years: readonly number[]): Promise<TimeFamily> {
  // The covenant's facts (sub-regions, targets, data date) are no figures: the werkgroep reads them on
  // its pages (DashboardCovenants, DashboardTargets); here they come from one request of the analist.
  const info = await covenantInfo(a, c);
  const regions = regionsOf(info);
  const targets = ownTargets(info);
  // The bestuur page asks for the data date by leaving the day out: each covenant's own data date.
  const viaDashboard = (on: string) => a.werkgroepTargets<DashboardTarget>(c, on === info.dataDate ? null : on);
  const points = targets.length > 0 ? await cumulativePoints(a, c, info, targets, viaDashboard) : [];
  // One year more in front: the first period's previous period is on the page too.
  const span = [years[0] as number - 1, ...years];
  const { model, atoms, groups, whole } = await timeAtoms(a, c, span, regions, cutsOf(points));
  for (const g of GRANULARITIES) {
    const shown = (await a.werkgroep<{ covenant: { outflow: OutflowReport } }>('DashboardOutflow', { covenantId: c, ...whole, granularity: g })).covenant.outflow;
    const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...whole, g, s: null, tg: null, p: null })).covenant.outflow;
    observeOutflow(model, { shown, truth }, groups, atoms(regions), `${c} DashboardOutflow ${g}`);
  }
  for (const scope of regions[0] === null ? [null] : [null, ...regions]) {
    const inRegions = scope === null ? regions : [scope];
    for (const { code, previous } of calendarPeriods(years)) {
      const current = periodRange(code);
      const before = periodRange(previous);
      const page = await a.werkgroep<DashboardMonitor>('DashboardMonitor', { covenantId: c, ...current, previousFrom: before.from, previousTo: before.to, subRegionId: scope, targetGroup: null });
      const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, from: before.from, to: current.to, g: 'QUARTER', s: scope, tg: null, p: null })).covenant.outflow;
      observeOutflow(model, { shown: page.covenant.outflow, truth }, groups, atoms(inRegions), `${scope ?? c} DashboardMonitor ${code}`);
      for (const [range, shown] of [[current, page.covenant.current], [before, page.covenant.previous]] as const) {
        const exact = (await a.beheerder<{ covenant: { monitor: { outflowByFacility: { total: Shown } } } }>(MONITOR_TOTAL, { c, ...range, s: scope })).covenant.monitor;
        model.observe(atoms(inRegions)(range, null), shown.outflowByFacility.total, `${scope ?? c} DashboardMonitor ${range.from}…${range.to}`, count(exact.outflowByFacility.total));
      }
    }
  }
  return { model, months: observePoints(model, info, regions, points, atoms), atoms };
}
