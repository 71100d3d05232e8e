// Attack 7 of issue 15 as the analist: target progress and its month-end history, where every
// month's count is the difference of two cumulative values. Woonkans' sub-region targets are in
// attacks-outflow (with the sub-regions' outflow); here Walcheren's corporations, Meppel's visits,
// and the projection beside the realised count. Checked against the beheerder's exact figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attack } from './client.ts';
import { attack, total, type AttackResult } from './feasibility.ts';
import { covenantInfo, cumulativePoints } from './outflow-model.ts';
import { timeFamily } from './time-model.ts';
import { addDays } from './periods.ts';
import { cumulativeModel, landlordFamily, leaks, seasonalAttack, type Learned } from './target-model.ts';

const YEARS = [2023, 2024, 2025, 2026];

let a: Attack;
const results: AttackResult[] = [];
const seasonal = { learned: [] as Learned[], combined: [] as string[] };

beforeAll(async () => {
  a = await Attack.start();
}, 180_000);

afterAll(async () => {
  const sum = total(results);
  console.log(a?.figures('target progress and history', `${sum.groups} groups (${sum.small} of 1–4 attacked, months included), ${sum.published} published numbers combined, ${sum.relations} relations; recovered ${sum.recovered.length}, singled out ${sum.singledOut.length}; from the seasonal projection ${seasonal.learned.length} true counts learnt exactly, ${seasonal.combined.length} counts of 1–4 recovered with them`));
  await a?.close();
});

describe('target progress and its month-end history', () => {
  it("Walcheren's corporations: their progress, the party filter and the covenant's own periods recover no month", async () => {
    const family = await landlordFamily(a, 'walcheren', YEARS);
    const result = attack(family.model, family.months);
    results.push(result);
    expect(result.recovered).toEqual([]);
    expect(result.singledOut).toEqual([]);
    // The corporations' small counts (4, 2, 1 at the end of their period) were among those attacked.
    expect(family.months.length).toBeGreaterThanOrEqual(4 * 6);
    expect(result.small).toBeGreaterThan(0);
  });

  it("Meppel's visits: no month's count follows from the cumulative values", async () => {
    const info = await covenantInfo(a, 'meppel-vzw');
    const points = await cumulativePoints(a, 'meppel-vzw', info, info.targets.map((t) => t.id));
    const family = cumulativeModel(points);
    const result = attack(family.model, family.months);
    results.push(result);
    expect(result.recovered).toEqual([]);
    expect(result.singledOut).toEqual([]);
    expect(family.months.length).toBeGreaterThan(12);
  });
});

describe('the projection beside a realised count', () => {
  it('gives away no true count: realised ÷ a seasonal projection is not a ratio of true counts', async () => {
    for (const c of ['woonkans', 'meppel-vzw', 'walcheren']) {
      const info = await covenantInfo(a, c);
      const found = leaks((await seasonalAttack(a, c, info.dataDate)).learned);
      seasonal.learned.push(...found);
      if (found.length === 0) continue;
      // Combined with everything else the analist sees of the covenant: do exact totals pin small cells?
      const family = await timeFamily(a, c, YEARS, found.map((l) => addDays(l.range.to, 1)));
      for (const l of found) family.model.constrain(family.atoms([l.region])(l.range, null), { lo: l.value, hi: l.value }, l.label);
      seasonal.combined.push(...attack(family.model, family.months).recovered);
    }
    if (seasonal.learned.length > 0) console.log(`the seasonal projection gives away: ${seasonal.learned.slice(0, 6).map((l) => `${l.label} = ${l.value} (published ${l.published?.display ?? '–'})`).join('; ')} …; with them recovered: ${seasonal.combined.slice(0, 6).join('; ') || 'none'}`);
    expect(seasonal.combined).toEqual([]);
    expect(seasonal.learned.map((l) => `${l.label} = ${l.value} (published ${l.published?.display ?? '–'})`)).toEqual([]);
  });
});
