import { describe, expect, it } from 'vitest';
import { disclosureOf, seesExactCounts } from './visibility.ts';

describe('who sees true counts', () => {
  it.each([
    ['beheerder', true],
    ['werkgroep', false],
    ['bestuurder', false],
    ['analist', false],
    ['medewerker', false],
  ] as const)('%s: %s', (role, exact) => {
    expect(seesExactCounts({ role })).toBe(exact);
    expect(disclosureOf({ role }).protects).toBe(!exact);
    // Three people with some key: the beheerder always sees 3.
    if (exact) expect(disclosureOf({ role }).show({ n: 3, keySum: 99 }).count).toBe(3);
  });
});
