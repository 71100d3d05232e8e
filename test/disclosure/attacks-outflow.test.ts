// Attacks 2, 3, 4, 7 and 9 of issue 15 as the analist (operations of its own): the quarter /
// half-year / year hierarchy of every covenant and year with the covenant's own evaluation periods,
// the sub-region differences, the target-group and party filters, the sub-region targets' month-end
// progress, and profiling the smallest groups. Checked against the beheerder's exact figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attack } from './client.ts';
import { attack, total, type AttackResult } from './feasibility.ts';
import { covenantInfo, OUTFLOW } from './outflow-model.ts';
import { timeFamily } from './time-model.ts';
import { profile, providerFamily } from './provider-model.ts';

const COVENANTS = ['noordoostpolder', 'walcheren', 'noord-veluwe', 'woonkans'];
const YEARS = [2023, 2024, 2025, 2026];
/** People alone in their smallest group whose monitor the attacker reads, per covenant (bounded). */
const PROFILES_PER_COVENANT = 12;

let a: Attack;
const results: AttackResult[] = [];
const profiled = { groups: 0, alone: 0, proven: 0 };

beforeAll(async () => {
  a = await Attack.start();
}, 180_000);

afterAll(async () => {
  const sum = total(results);
  console.log(a?.figures('hierarchy, sub-regions, filters, target progress, profiling', `${sum.groups} groups (${sum.small} of 1–4 attacked), ${sum.published} published numbers combined, ${sum.relations} relations; ${profiled.groups} smallest groups profiled (of ${profiled.alone} holding one person), ${profiled.proven} proven to hold one; recovered ${sum.recovered.length}, singled out ${sum.singledOut.length}`));
  await a?.close();
});

describe.each(COVENANTS)('%s', (c) => {
  it('the quarter/half-year/year hierarchy, sub-regions, own evaluation periods and month-end target progress recover nothing', async () => {
    const family = await timeFamily(a, c, YEARS);
    const result = attack(family.model, family.months);
    results.push(result);
    expect(result.recovered).toEqual([]);
    expect(result.singledOut).toEqual([]);
    // Something small was there to attack.
    expect(result.small).toBeGreaterThan(0);
    if (c === 'woonkans') expect(family.months.length).toBeGreaterThan(20);
  });

  it("a provider's own share beside the covenant's total recovers nothing; no smallest group is shown to hold one person; no one narrows to another party", async () => {
    const info = await covenantInfo(a, c);
    const providers = [...new Set(info.memberships.filter((m) => m.party.kind === 'ZORGAANBIEDER').map((m) => m.party.id))].sort();
    expect(providers.length).toBeGreaterThan(1);
    // The analist (no organisation) and one provider's user narrowing to another: refused.
    const range = { c, from: `${YEARS[0]}-01-01`, to: `${YEARS[YEARS.length - 1]}-12-31`, g: 'QUARTER', s: null, tg: null };
    expect((await a.analistRaw(OUTFLOW, { ...range, p: providers[0] })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a.partyRaw(providers[0] as string, c, OUTFLOW, { ...range, p: providers[1] })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const families = [];
    for (const provider of providers) {
      const family = await providerFamily(a, c, YEARS, provider);
      const result = attack(family.model);
      results.push(result);
      expect(result.recovered).toEqual([]);
      expect(result.singledOut).toEqual([]);
      families.push(family);
    }

    // Profiling: one quarter × one target group × the own party, for people alone in theirs.
    const alone = families.flatMap((family) => family.cells.filter((x) => family.model.sum(family.model.ids([x.atom])) === 1).map((cell) => ({ family, cell })));
    profiled.alone += alone.length;
    const step = Math.max(1, Math.ceil(alone.length / PROFILES_PER_COVENANT));
    for (const { family, cell } of alone.filter((_, i) => i % step === 0)) {
      const { feasible, total: shownTotal } = await profile(a, c, family, cell);
      profiled.groups++;
      // The monitor narrowed to the group and the outflow cell of the group: the same people, the same number.
      expect(shownTotal.display, `${cell.quarter} ${cell.tg} ${cell.provider}`).toBe(cell.shown.display);
      expect(feasible).toContain(1);
      if (feasible.length === 1) profiled.proven++;
      expect(feasible.length, `${cell.quarter} ${cell.tg} ${cell.provider}: ${feasible.join(',')}`).toBeGreaterThan(1);
    }
    expect(profiled.groups).toBeGreaterThan(0);
  });
});
