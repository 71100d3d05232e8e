// Target progress: cumulative counts from a window's start to every month end (Target.history) and
// to the data date (Target.progress). The attacker's month counts are differences of cumulative
// values: atoms are the stretches between consecutive points.
//
// landlordFamily (Walcheren's corporations, whose 5% targets count the homes each lets): atoms are
// day segment × corporation (and "another landlord"); combined are the corporations' cumulative
// progress (every covenant user sees each corporation's target) and the covenant's outflow at every
// granularity (period totals), and the monitor's total for each of the covenant's own evaluation
// periods. The outflow narrowed to a corporation is for its own users only, so not the analist's.
import type { Attack } from './client.ts';
import { Model, publishedRange, trueRange, type Shown } from './feasibility.ts';
import { count, covenantInfo, cumulativePoints, GRANULARITIES, OUTFLOW, ownPeriods, type CumulativePoint, type OutflowReport } from './outflow-model.ts';
import { addDays, periodRange, Timeline, type DayRange } from './periods.ts';

export interface Months {
  model: Model;
  months: { label: string; atoms: string[] }[];
}

/** Only the cumulative points: atoms are the stretches between them, per target and window. */
export function cumulativeModel(points: readonly CumulativePoint[]): Months {
  const model = new Model();
  const months: Months['months'] = [];
  const windows = new Map<string, CumulativePoint[]>();
  for (const p of points) windows.set(`${p.targetId}|${p.start}`, [...(windows.get(`${p.targetId}|${p.start}`) ?? []), p]);
  for (const [window, list] of windows) {
    const sorted = [...list].sort((x, y) => (x.date < y.date ? -1 : 1));
    sorted.forEach((p, i) => {
      const previous = sorted[i - 1];
      const atom = `${window}|${previous ? addDays(previous.date, 1) : p.start}…${p.date}`;
      model.atom(atom, p.truth - (previous?.truth ?? 0));
      months.push({ label: atom, atoms: [atom] });
      model.observe(months.map((m) => m.atoms[0] as string).filter((m) => m.startsWith(`${window}|`)), p.shown, `${p.targetId} t/m ${p.date}`, p.truth);
    });
  }
  return { model, months };
}

const OWN_TOTAL = `query DisclosureOwnTotal($c: ID!, $from: Date!, $to: Date!, $p: ID) {
  covenant(id: $c) { monitor(from: $from, to: $to, partyId: $p) { outflowByFacility { total { count display } } } } }`;

export async function landlordFamily(a: Attack, c: string, years: readonly number[]): Promise<Months> {
  const info = await covenantInfo(a, c);
  const corporations = [...new Set(info.memberships.filter((m) => m.party.kind === 'WONINGCORPORATIE').map((m) => m.party.id))].sort();
  const targets = info.targets.filter((t) => t.metric === 'WONINGEN' && t.party !== null);
  const points = await cumulativePoints(a, c, info, targets.map((t) => t.id));
  const whole = { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` };
  const own = ownPeriods(info);

  const cuts = [addDays(whole.to, 1)];
  for (const y of years) for (const q of [1, 2, 3, 4]) cuts.push(periodRange(`${y}-K${q}`).from);
  for (const r of own) cuts.push(r.from, addDays(r.to, 1));
  for (const p of points) cuts.push(p.start, addDays(p.date, 1));
  const timeline = new Timeline(cuts);

  const model = new Model();
  const totalOf = async (range: DayRange, p: string | null) => {
    const r = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...range, g: 'YEAR', s: null, tg: null, p })).covenant.outflow;
    return r.periodTotals.reduce((s, t) => s + count(t.value), 0);
  };
  const rest = new Map<string, number>();
  for (const s of timeline.starts) {
    const range = { from: s, to: timeline.end(s) };
    let left = await totalOf(range, null);
    for (const p of corporations) {
      const n = await totalOf(range, p);
      model.atom(`${p}|${s}`, n);
      left -= n;
    }
    if (left < 0) throw new Error(`${c} ${s}: the corporations let more homes than the covenant counts`);
    rest.set(s, left);
  }
  // Homes of another landlord: atoms of their own only when there are any (else the attacker is granted that there are none).
  const classes = [...corporations, ...([...rest.values()].some((n) => n > 0) ? ['(andere)'] : [])];
  if (classes.includes('(andere)')) for (const [s, n] of rest) model.atom(`(andere)|${s}`, n);
  const atoms = (inClasses: readonly string[], range: DayRange) => inClasses.flatMap((p) => timeline.within(range).map((s) => `${p}|${s}`));

  // The outflow narrowed to a corporation (partyId) is for that corporation's own users only: the
  // analist combines the covenant's own reports with every corporation's target progress.
  for (const scope of [null]) {
    const inClasses = scope === null ? classes : [scope];
    for (const g of GRANULARITIES) {
      const vars = { c, ...whole, g, s: null, tg: null, p: scope };
      const shown = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, vars)).covenant.outflow;
      const truth = (await a.beheerder<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, vars)).covenant.outflow;
      for (const period of shown.periods) {
        const find = (r: OutflowReport) => r.periodTotals.find((t) => t.periodCode === period.code)?.value;
        model.observe(atoms(inClasses, { from: period.start, to: period.end }), find(shown) ?? { count: 0, display: '0' }, `${scope ?? c} ${period.code}`, count(find(truth)));
      }
    }
    for (const r of own) {
      const vars = { c, ...r, p: scope };
      const shown = (await a.analist<{ covenant: { monitor: { outflowByFacility: { total: Shown } } } }>(OWN_TOTAL, vars)).covenant.monitor.outflowByFacility.total;
      const truth = (await a.beheerder<{ covenant: { monitor: { outflowByFacility: { total: Shown } } } }>(OWN_TOTAL, vars)).covenant.monitor.outflowByFacility.total;
      model.observe(atoms(inClasses, r), shown, `${scope ?? c} ${r.from}…${r.to}`, count(truth));
    }
  }
  const months: Months['months'] = [];
  for (const p of points) {
    const corporation = targets.find((t) => t.id === p.targetId)?.party?.id as string;
    model.observe(atoms([corporation], { from: p.start, to: p.date }), p.shown, `${p.targetId} t/m ${p.date}`, p.truth);
    const before = points.filter((q) => q.targetId === p.targetId && q.start === p.start && q.date < p.date).map((q) => q.date).sort().pop();
    const from = before === undefined ? p.start : addDays(before, 1);
    months.push({ label: `${p.targetId} ${from}…${p.date}`, atoms: atoms([corporation], { from, to: p.date }) });
  }
  return { model, months };
}

const SEASONAL = `query DisclosureSeasonal($c: ID!, $on: Date) { covenant(id: $c) { targets { id subRegionId period validFrom
  progress(on: $on) { periodStart asOf elapsedDays realised { count display } projection projectionMethod } } } }`;

export interface SeasonalTarget {
  id: string;
  subRegionId: string | null;
  period: string;
  validFrom: string;
  progress: { periodStart: string; asOf: string; elapsedDays: number; realised: Shown; projection: number | null; projectionMethod: string };
}
interface SeasonalAnswer {
  covenant: { targets: SeasonalTarget[] };
}

/** A count the attacker derives, with the beheerder's figure and what is published for the same group. */
export interface Learned {
  label: string;
  /** The region (sub-region or covenant) and the day range of the group. */
  region: string | null;
  range: DayRange;
  value: number;
  truth: number;
  /** The group's own published count (its progress on that day), or null when none may be asked. */
  published: Shown | null;
}

/**
 * A leak: the derived value is the true count, and not merely the count published for the group
 * (a projection made from published counts gives back published counts, which is no news).
 */
export const leaks = (learned: readonly Learned[]) => learned.filter((l) => l.value === l.truth && l.published?.count !== l.value);

/**
 * The seasonal projection (Target.progress.projection, method SEASONAL) is realised ÷ share, where
 * the share is what earlier full periods had reached by the same day of the period, as a fraction
 * reached / total of their counts. With realised shown as a number, realised ÷ projection gives the
 * share. The attacker bounds total by the earlier periods' published final values (F of each) and
 * keeps every total for which every share × total is a whole number: when one is left, total and
 * every reached are known exactly. Calendar-year targets ('jaar') with one earlier year, as in the
 * demo data (more earlier years give a sum of totals, which this attacker does not split).
 */
export async function seasonalAttack(a: Attack, c: string, dataDate: string, shown: (on: string) => Promise<SeasonalTarget[]> = async (on) => (await a.analist<SeasonalAnswer>(SEASONAL, { c, on })).covenant.targets): Promise<{ requests: number; learned: Learned[] }> {
  const year = Number(dataDate.slice(0, 4));
  const ons = [...new Set([...monthEndsOf(year, dataDate), dataDate])];
  const shares = new Map<string, { on: string; elapsedDays: number; share: number }[]>();
  let requests = 0;
  let targets: SeasonalAnswer['covenant']['targets'] = [];
  for (const on of ons) {
    targets = await shown(on);
    requests++;
    for (const t of targets) {
      const p = t.progress;
      if (p.projectionMethod !== 'SEASONAL' || p.realised.count === null || p.realised.count === 0 || !p.projection) continue;
      shares.set(t.id, [...(shares.get(t.id) ?? []), { on, elapsedDays: p.elapsedDays, share: p.realised.count / p.projection }]);
    }
  }
  const learned: Learned[] = [];
  for (const [id, list] of shares) {
    const target = targets.find((t) => t.id === id);
    if (!target || target.period !== 'jaar') continue;
    // The earlier full years the method looks at, and what the attacker knows of their totals.
    const earlier: number[] = [];
    for (let y = year - 1; y >= year - 5 && `${y}-01-01` >= target.validFrom; y--) earlier.push(y);
    let lo = 0;
    let hi = 0;
    let truthTotal = 0;
    for (const y of earlier) {
      const final = (await shown(`${y}-12-31`)).find((t) => t.id === id)?.progress.realised as Shown;
      requests++;
      const range = trueRange(publishedRange(final));
      lo += range.lo;
      hi += range.hi;
      truthTotal += await realisedTruth(a, c, id, `${y}-12-31`);
    }
    const candidates: number[] = [];
    for (let total = Math.max(lo, 1); total <= hi; total++) if (list.every((s) => Math.abs(s.share * total - Math.round(s.share * total)) < 1e-6)) candidates.push(total);
    if (candidates.length !== 1 || earlier.length !== 1) continue;
    const total = candidates[0] as number;
    const y = earlier[0] as number;
    const publishedOn = async (on: string) => {
      requests++;
      return (await shown(on).catch(() => [] as SeasonalTarget[])).find((t) => t.id === id)?.progress.realised ?? null;
    };
    learned.push({ label: `${id}: ${y} in total`, region: target.subRegionId, range: { from: `${y}-01-01`, to: `${y}-12-31` }, value: total, truth: truthTotal, published: await publishedOn(`${y}-12-31`) });
    for (const s of list) {
      // The documented rule (docs/disclosure-control.md): for a protected viewer the earlier year is
      // counted up to the same day, taken back to the month's end before it when it is not one.
      const sameDay = addDays(`${y}-01-01`, s.elapsedDays - 1);
      const to = addDays(sameDay, 1).endsWith('-01') ? sameDay : addDays(`${sameDay.slice(0, 7)}-01`, -1);
      learned.push({ label: `${id}: ${y}-01-01 t/m ${to}`, region: target.subRegionId, range: { from: `${y}-01-01`, to }, value: Math.round(s.share * total), truth: await realisedTruth(a, c, id, to), published: await publishedOn(to) });
    }
  }
  return { requests, learned };
}

async function realisedTruth(a: Attack, c: string, id: string, on: string): Promise<number> {
  const answer = await a.beheerder<SeasonalAnswer>(SEASONAL, { c, on });
  return answer.covenant.targets.find((t) => t.id === id)?.progress.realised.count as number;
}

function monthEndsOf(year: number, until: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
    if (end <= until) out.push(end);
  }
  return out;
}
