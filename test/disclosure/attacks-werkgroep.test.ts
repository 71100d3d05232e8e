// Issue 15's attacks as a werkgroep sends them: only the dashboard's persisted operations, by id,
// with the werkgroep's token, against a gateway with the production default (the werkgroep may send
// no operation of its own). Its monitor page with every period and sub-region, its outflow page at
// every granularity and its bestuur page (targets with month-end history) combined, as in
// time-model.ts; checked against the beheerder's exact figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attack } from './client.ts';
import { attack, total, type AttackResult } from './feasibility.ts';
import { covenantInfo } from './outflow-model.ts';
import { leaks, seasonalAttack, type Learned, type SeasonalTarget } from './target-model.ts';
import { werkgroepFamily } from './time-model.ts';

const YEARS = [2023, 2024, 2025, 2026];

let a: Attack;
const results: AttackResult[] = [];
const learned: Learned[] = [];

beforeAll(async () => {
  a = await Attack.start();
}, 180_000);

afterAll(async () => {
  const sum = total(results);
  console.log(a?.figures('werkgroep, persisted operations only', `${sum.groups} groups (${sum.small} of 1–4 attacked, months included), ${sum.published} published numbers combined, ${sum.relations} relations; recovered ${sum.recovered.length}, singled out ${sum.singledOut.length}; from the projection on the bestuur page ${learned.length} true counts learnt exactly`));
  await a?.close();
});

describe.each(['woonkans', 'walcheren', 'noordoostpolder'])('the werkgroep of %s', (c) => {
  it('recovers nothing from its monitor, outflow and bestuur pages over every period and sub-region', async () => {
    const family = await werkgroepFamily(a, c, YEARS);
    const result = attack(family.model, family.months);
    results.push(result);
    expect(result.recovered).toEqual([]);
    expect(result.singledOut).toEqual([]);
    expect(result.small).toBeGreaterThan(0);
    expect(a.tried.werkgroep).toBeGreaterThan(0);
  });
});

describe('the projection on the bestuur page', () => {
  it('gives away no true count', async () => {
    for (const c of ['woonkans', 'meppel-vzw']) {
      const info = await covenantInfo(a, c);
      const viaDashboard = (on: string) => a.werkgroepTargets<SeasonalTarget & { covenant: { id: string } }>(c, on === info.dataDate ? null : on);
      learned.push(...leaks((await seasonalAttack(a, c, info.dataDate, viaDashboard)).learned));
    }
    expect(learned.map((l) => `${l.label} = ${l.value} (published ${l.published?.display ?? '–'})`)).toEqual([]);
  });
});
