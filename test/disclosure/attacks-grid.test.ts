// Attacks 1 and 8 of issue 15, and what "<5" means. Off the period grid nothing is answered (day
// ranges, ranges moved by a day, cumulative ranges, bisection; progress on a day that is not a month
// end), as the analist and through the dashboard's persisted operations as the werkgroep; the same
// request gives the same numbers every time and by every path; and every "<5" is a published value of
// 1–4: the published values recomputed from the database (true count and key sum, perturb()).
import { perturb } from '@uitstroom/disclosure';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attack, type GraphQLAnswer } from './client.ts';
import type { Shown } from './feasibility.ts';
import { MONITOR } from './monitor-model.ts';
import { OUTFLOW, type OutflowReport } from './outflow-model.ts';
import { addDays, monthEnds, periodRange, type DayRange } from './periods.ts';

let a: Attack;
const figures = { offGrid: 0, answeredOffGrid: 0, repeats: 0, paths: 0, small: 0, checked: 0 };

beforeAll(async () => {
  a = await Attack.start();
}, 180_000);

afterAll(async () => {
  console.log(a?.figures('period grid, repeats, "<5"', `${figures.offGrid} off-grid requests, ${figures.answeredOffGrid} answered; ${figures.repeats} repeated requests and ${figures.paths} numbers compared across paths, all identical; ${figures.checked} published counts recomputed from the database (${figures.small} of them "<5"), all equal`));
  await a?.close();
});

/** The ranges an attacker differences with: single days, quarters moved by a day, 1 Jan … d, bisection of a quarter down to a day. */
function offGridRanges(year: number): DayRange[] {
  const ranges: DayRange[] = [];
  for (const d of [`${year}-02-14`, `${year}-05-01`, `${year}-08-20`, `${year}-11-03`]) ranges.push({ from: d, to: d });
  for (const q of [1, 2, 3]) {
    const p = periodRange(`${year}-K${q}`);
    ranges.push({ from: addDays(p.from, 1), to: addDays(p.to, 1) }, { from: addDays(p.from, -1), to: addDays(p.to, -1) }, { from: p.from, to: addDays(p.to, 1) });
  }
  for (const d of [`${year}-01-31`, `${year}-04-15`, `${year}-04-16`, `${year}-09-29`]) ranges.push({ from: `${year}-01-01`, to: d });
  // Bisection of the first quarter, both halves at every step, down to one day.
  let range = periodRange(`${year}-K1`);
  while (range.from !== range.to) {
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
    const mid = addDays(range.from, Math.floor(days / 2) - 1);
    ranges.push({ from: range.from, to: mid }, { from: addDays(mid, 1), to: range.to });
    range = { from: range.from, to: mid };
  }
  return ranges;
}

/** Refused with BAD_USER_INPUT naming the grid, and not a figure answered. */
function expectRefused(answer: GraphQLAnswer<unknown>, figure: (data: unknown) => unknown, what: string): void {
  figures.offGrid++;
  const answered = figure(answer.data) !== null && figure(answer.data) !== undefined;
  if (answered) figures.answeredOffGrid++;
  expect(answered, what).toBe(false);
  expect(answer.errors.map((e) => e.extensions?.code), what).toContain('BAD_USER_INPUT');
  expect(answer.errors.map((e) => e.message).join(' '), what).toMatch(/exist only|exists only/);
}

type CovenantData = { covenant: { monitor?: unknown; outflow?: unknown; targets?: { progress: unknown; history: unknown }[] } | null } | null;

describe('off the period grid', () => {
  it('the analist gets no monitor, outflow or target progress: every range and day is refused', async () => {
    for (const c of ['noordoostpolder', 'walcheren', 'woonkans']) {
      for (const range of offGridRanges(2025)) {
        expectRefused(await a.analistRaw(MONITOR, { c, ...range, s: null, tg: null }), (d) => (d as CovenantData)?.covenant?.monitor, `monitor ${c} ${range.from}…${range.to}`);
        expectRefused(await a.analistRaw(OUTFLOW, { c, ...range, g: 'QUARTER', s: null, tg: null, p: null }), (d) => (d as CovenantData)?.covenant?.outflow, `outflow ${c} ${range.from}…${range.to}`);
      }
    }
    for (const c of ['walcheren', 'woonkans', 'meppel-vzw']) {
      for (const on of ['2025-06-29', '2025-07-01', '2025-12-30', '2026-02-27']) {
        const answer = await a.analistRaw(`query ($c: ID!, $on: Date) { covenant(id: $c) { targets { progress(on: $on) { realised { count display } } history(on: $on) { date realised { count display } } } } }`, { c, on });
        // A refused target's progress nulls the answer up to the first nullable field: nothing is answered.
        expectRefused(answer, (d) => ((d as CovenantData)?.covenant?.targets ?? []).find((t) => t.progress !== null || t.history !== null), `progress and history ${c} ${on}`);
      }
    }
    // A covenant's own evaluation period is on the grid; a day more or less is not.
    expectRefused(await a.analistRaw(MONITOR, { c: 'walcheren', from: '2023-06-13', to: '2024-06-11', s: null, tg: null }), (d) => (d as CovenantData)?.covenant?.monitor, 'covenant year minus a day');
    // The same requests are answered for the beheerder, who has case-level rights: the refusal is the grid's.
    const exact = await a.beheerder<CovenantData>(MONITOR, { c: 'woonkans', from: '2025-05-01', to: '2025-05-01', s: null, tg: null });
    expect(exact?.covenant?.monitor).not.toBeNull();
  });

  it("the werkgroep gets nothing off the grid through the dashboard's own operations, and no operation of its own", async () => {
    for (const range of offGridRanges(2025).slice(0, 16)) {
      const previous = { previousFrom: addDays(range.from, -7), previousTo: addDays(range.from, -1) };
      expectRefused(await a.werkgroepRaw('DashboardMonitor', { covenantId: 'woonkans', ...range, ...previous, subRegionId: 'woonkans-noord', targetGroup: null }), (d) => (d as { covenant: { current?: unknown } } | null)?.covenant?.current, `DashboardMonitor ${range.from}…${range.to}`);
      expectRefused(await a.werkgroepRaw('DashboardOutflow', { covenantId: 'walcheren', ...range, granularity: 'QUARTER' }), (d) => (d as CovenantData)?.covenant?.outflow, `DashboardOutflow ${range.from}…${range.to}`);
    }
    for (const on of ['2025-06-29', '2026-01-15']) {
      expectRefused(await a.werkgroepRaw('DashboardTargets', { on }), (d) => ((d as { targets?: { progress: unknown }[] } | null)?.targets ?? []).find((t) => t.progress !== null), `DashboardTargets ${on}`);
    }
    const own = await a.werkgroepOwn(MONITOR, { c: 'woonkans', from: '2025-05-01', to: '2025-05-01', s: null, tg: null });
    expect(own.status).toBe(403);
    expect(own.data).toBeNull();
  });
});

describe('the same people give the same number', () => {
  it('the same request five times gives the same answer: there is no noise to average away', async () => {
    const vars = { c: 'noordoostpolder', ...periodRange('2025-K2'), s: null, tg: 'GGZ' };
    const first = await a.analist(MONITOR, vars);
    for (let i = 0; i < 4; i++) expect(await a.analist(MONITOR, vars)).toEqual(first);
    const outflowVars = { c: 'walcheren', from: '2023-01-01', to: '2026-12-31', g: 'QUARTER', s: null, tg: null, p: null };
    const outflow = await a.analist(OUTFLOW, outflowVars);
    for (let i = 0; i < 4; i++) expect(await a.analist(OUTFLOW, outflowVars)).toEqual(outflow);
    figures.repeats += 10;
  });

  it("the werkgroep's persisted operations and the analist's own operations give the same numbers", async () => {
    const compare = (werkgroep: Shown | undefined, analist: Shown | undefined, what: string) => {
      expect(werkgroep?.display, what).toBe(analist?.display);
      figures.paths++;
    };
    for (const [c, s] of [['woonkans', 'woonkans-midden'], ['noordoostpolder', null]] as const) {
      const range = periodRange('2025-K3');
      const previous = periodRange('2025-K2');
      const page = await a.werkgroep<{ covenant: { outflow: OutflowReport; current: Record<string, unknown> } }>('DashboardMonitor', { covenantId: c, ...range, previousFrom: previous.from, previousTo: previous.to, subRegionId: s, targetGroup: null });
      const own = (await a.analist<{ covenant: { monitor: Record<string, { total?: Shown; housed?: Shown; rows?: { key: string; value: Shown }[] }> } }>(MONITOR, { c, ...range, s, tg: null })).covenant.monitor;
      const current = page.covenant.current as typeof own;
      for (const table of ['outflowByFacility', 'outflowByAgeCategory'] as const) {
        compare(current[table]?.total, own[table]?.total, `${c} ${table} total`);
        for (const row of own[table]?.rows ?? []) compare(current[table]?.rows?.find((r) => r.key === row.key)?.value, row.value, `${c} ${table} ${row.key}`);
      }
      compare(current.woonplaatsbeginsel?.housed, own.woonplaatsbeginsel?.housed, `${c} woonplaatsbeginsel`);
      compare(current.afterHome?.housed, own.afterHome?.housed, `${c} afterHome`);
      const report = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, from: previous.from, to: range.to, g: 'QUARTER', s, tg: null, p: null })).covenant.outflow;
      for (const cell of report.cells) compare(page.covenant.outflow.cells.find((x) => x.periodCode === cell.periodCode && x.targetGroup === cell.targetGroup)?.value, cell.value, `${c} ${cell.periodCode} ${cell.targetGroup}`);
    }
    expect(figures.paths).toBeGreaterThan(20);
  });
});

describe('"<5"', () => {
  it('is shown exactly for a published value of 1–4: the published values recomputed from true counts and key sums', async () => {
    const rows = await a.platform.test.database.query<{ covenant_id: string; target_group: string; q: string; n: number; key_sum: number }>(sql`
      select covenant_id, target_group, to_char(date_trunc('quarter', housed_on), 'YYYY-MM-DD') as q, count(*)::int as n,
        (sum(record_key) % 2147483648)::int as key_sum
      from trajectories.monitor_trajectories where housed_on between '2023-01-01' and '2026-12-31' group by 1, 2, 3`);
    for (const c of ['noordoostpolder', 'walcheren', 'noord-veluwe', 'woonkans']) {
      const report = (await a.analist<{ covenant: { outflow: OutflowReport } }>(OUTFLOW, { c, from: '2023-01-01', to: '2026-12-31', g: 'QUARTER', s: null, tg: null, p: null })).covenant.outflow;
      for (const row of rows.filter((r) => r.covenant_id === c)) {
        const code = report.periods.find((p) => p.start === row.q)?.code;
        const published = perturb({ n: row.n, keySum: row.key_sum });
        const cell = report.cells.find((x) => x.periodCode === code && x.targetGroup === row.target_group)?.value;
        // A published 0 is not listed; 1–4 is "<5" with no number; anything else is the number.
        const expected = published === 0 ? undefined : published <= 4 ? { count: null, display: '<5' } : { count: published, display: String(published) };
        expect(cell, `${c} ${code} ${row.target_group}: ${row.n} people`).toEqual(expected);
        figures.checked++;
        if (published >= 1 && published <= 4) figures.small++;
      }
    }
    // The monitor's outflow by facility, every quarter of 2025.
    const facilities = await a.platform.test.database.query<{ covenant_id: string; facility: string; q: string; n: number; key_sum: number }>(sql`
      select covenant_id, facility, to_char(date_trunc('quarter', housed_on), 'YYYY-MM-DD') as q, count(*)::int as n,
        (sum(record_key) % 2147483648)::int as key_sum
      from trajectories.monitor_trajectories where housed_on between '2025-01-01' and '2025-12-31' group by 1, 2, 3`);
    for (const c of ['noordoostpolder', 'walcheren', 'noord-veluwe', 'woonkans']) {
      for (const q of [1, 2, 3, 4]) {
        const range = periodRange(`2025-K${q}`);
        const rows = (await a.analist<{ covenant: { monitor: { outflowByFacility: { rows: { key: string; value: Shown }[] } } } }>(MONITOR, { c, ...range, s: null, tg: null })).covenant.monitor.outflowByFacility.rows;
        for (const row of facilities.filter((r) => r.covenant_id === c && r.q === range.from)) {
          const published = perturb({ n: row.n, keySum: row.key_sum });
          const expected = published === 0 ? undefined : published <= 4 ? { count: null, display: '<5' } : { count: published, display: String(published) };
          expect(rows.find((r) => r.key === row.facility)?.value, `${c} 2025-K${q} ${row.facility}: ${row.n} people`).toEqual(expected);
          figures.checked++;
          if (published >= 1 && published <= 4) figures.small++;
        }
      }
    }
    // Meppel's visits: the target's cumulative realised count at every month end of 2026.
    const info = await a.analist<{ covenant: { targets: { id: string }[] } }>(`{ covenant(id: "meppel-vzw") { targets { id } } }`);
    expect(info.covenant.targets).toHaveLength(1);
    for (const on of monthEnds('2026-01-31', '2026-09-30')) {
      const [visits] = await a.platform.test.database.query<{ n: number; key_sum: number }>(sql`
        select count(*)::int as n, (coalesce(sum(record_key), 0) % 2147483648)::int as key_sum
        from trajectories.monitor_visits where covenant_id = 'meppel-vzw' and visited_on between '2026-01-01' and ${on}`);
      const shown = (await a.analist<{ covenant: { targets: { progress: { realised: Shown } }[] } }>(`query ($on: Date) { covenant(id: "meppel-vzw") { targets { progress(on: $on) { realised { count display } } } } }`, { on })).covenant.targets[0]?.progress.realised;
      const published = perturb({ n: visits?.n ?? 0, keySum: visits?.key_sum ?? 0 });
      expect(shown?.display, `Meppel visits t/m ${on}`).toBe(published >= 1 && published <= 4 ? '<5' : String(published));
      figures.checked++;
    }
    expect(figures.small).toBeGreaterThan(0);
  });
});
