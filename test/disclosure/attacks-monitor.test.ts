// Attacks 5 and 6 of issue 15 as the analist: the tables on one monitor page, combined with each
// other, with the previous period's and with every other period of the year and sub-region; and the
// prognosis. Checked against the beheerder's exact figures (see feasibility.ts for the attacker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attack } from './client.ts';
import { attack, total, type AttackResult } from './feasibility.ts';
import { MEASURES, measureModel, yearMonitors, type Monitor, type YearMonitors } from './monitor-model.ts';
import { covenantInfo, GRANULARITIES, OUTFLOW, targetGroupsPresent, type OutflowReport } from './outflow-model.ts';
import { periodRange } from './periods.ts';

const COVENANTS = ['noordoostpolder', 'walcheren', 'noord-veluwe', 'woonkans'];
const YEARS = [2023, 2024, 2025, 2026];
const WHOLE = { from: '2023-01-01', to: '2026-12-31' };

let a: Attack;
const years: YearMonitors[] = [];
/** The analist's outflow period totals by covenant or sub-region and period code. */
const periodTotals = new Map<string, string>();
const results: AttackResult[] = [];
const checks = { consistency: 0, prognoses: 0, prognosesShown: 0 };

beforeAll(async () => {
  a = await Attack.start();
  for (const c of COVENANTS) {
    const info = await covenantInfo(a, c);
    const regions = info.subRegions.length > 0 ? info.subRegions.map((r) => r.id) : [null];
    for (const y of YEARS) years.push(await yearMonitors(a, c, y, regions));
    for (const s of regions[0] === null ? [null] : [null, ...regions]) {
      for (const g of GRANULARITIES) {
        const report = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, ...WHOLE, g, s, tg: null, p: null })).covenant.outflow;
        for (const t of report.periodTotals) periodTotals.set(`${s ?? c}|${t.periodCode}`, t.value.display);
        for (const p of report.periods) if (!report.periodTotals.some((t) => t.periodCode === p.code)) periodTotals.set(`${s ?? c}|${p.code}`, '0');
      }
    }
  }
}, 240_000);

afterAll(async () => {
  const sum = total(results);
  console.log(a?.figures('tables on one page, prognosis', `${years.reduce((s, y) => s + y.monitors.length, 0)} monitors; ${sum.groups} groups (${sum.small} of 1–4 attacked), ${sum.published} published numbers combined, ${sum.relations} relations; ${checks.consistency} identical-number checks, ${checks.prognoses} prognoses (${checks.prognosesShown} shown); recovered ${sum.recovered.length}, singled out ${sum.singledOut.length}`));
  await a?.close();
});

describe('the tables on one monitor page', () => {
  it('count the same people with the same number: facility, age, woonplaatsbeginsel, after the home and the outflow report', () => {
    for (const y of years) {
      for (const m of y.monitors) {
        const housed = [m.shown.outflowByFacility.total, m.shown.outflowByAgeCategory.total, m.shown.woonplaatsbeginsel.housed, m.shown.afterHome.housed].map((s) => s.display);
        const outflow = periodTotals.get(`${m.scope ?? y.covenant}|${m.code}`);
        expect({ where: `${m.scope ?? y.covenant} ${m.code}`, housed }).toEqual({ where: `${m.scope ?? y.covenant} ${m.code}`, housed: [outflow, outflow, outflow, outflow] });
        checks.consistency += 4;
        // Periods with the same reference date count the same open trajectories (e.g. K2 and H1).
        for (const other of y.monitors) {
          if (other.scope !== m.scope || other.shown.asOf !== m.shown.asOf || other === m) continue;
          expect(other.shown.prognosis.map((p) => p.openTrajectories.display)).toEqual(m.shown.prognosis.map((p) => p.openTrajectories.display));
          expect(other.shown.signals.pastNorm.display).toBe(m.shown.signals.pastNorm.display);
          checks.consistency += 2;
        }
      }
    }
  });

  it('recover nothing combined over quarters, half-years, the year (current and previous period) and the sub-regions', () => {
    for (const y of years) {
      for (const measure of MEASURES) {
        const result = attack(measureModel(y, measure));
        results.push(result);
        expect(result.recovered, `${y.covenant} ${y.year} ${measure.name}`).toEqual([]);
        expect(result.singledOut, `${y.covenant} ${y.year} ${measure.name}`).toEqual([]);
      }
    }
    expect(total(results).small).toBeGreaterThan(0);
  });
});

describe('the prognosis', () => {
  /** expectedOutflow only on an open base shown as a number of at least 10, so never beside a hidden one. */
  const check = (m: Monitor, where: string) => {
    for (const p of m.prognosis) {
      checks.prognoses++;
      const open = p.openTrajectories.count;
      if (open === null || open < 10) expect(p.expectedOutflow, `${where} ${p.months} months, open ${p.openTrajectories.display}`).toBeNull();
      if (p.expectedOutflow !== null) checks.prognosesShown++;
    }
  };

  it('is hidden unless its open trajectories are shown as at least 10, in every monitor of the page', () => {
    for (const y of years) for (const m of y.monitors) check(m.shown, `${m.scope ?? y.covenant} ${m.code}`);
    expect(checks.prognosesShown).toBeGreaterThan(0);
  });

  it('is hidden for the small open bases of one target group, and never equals a hidden open count', async () => {
    let hidden = 0;
    for (const c of COVENANTS) {
      for (const tg of await targetGroupsPresent(a, c, WHOLE)) {
        for (const q of [1, 2, 3, 4]) {
          const vars = { c, ...periodRange(`2026-K${q}`), s: null, tg };
          const shown = (await a.analist<{ covenant: { monitor: Monitor } }>(PROGNOSIS, vars)).covenant.monitor;
          check(shown, `${c} 2026-K${q} ${tg}`);
          for (const p of shown.prognosis) if (p.openTrajectories.count === null) hidden++;
        }
      }
    }
    // The attack had something to work on: open bases shown as "<5".
    expect(hidden).toBeGreaterThan(0);
  });
});

const PROGNOSIS = `query DisclosurePrognosis($c: ID!, $from: Date!, $to: Date!, $s: ID, $tg: TargetGroup) {
  covenant(id: $c) { monitor(from: $from, to: $to, subRegionId: $s, targetGroup: $tg) { prognosis { months expectedOutflow openTrajectories { count display } } } } }`;
