import { describe, expect, it } from 'vitest';
import { indexationProblem } from './indexation.ts';

const agreement = { hourlyRateCents: 6750, validFrom: '2025-03-13' };
const ok = { agreementId: 'meppel-vzw-uitvoering', year: 2026, hourlyRateCents: 6953, source: 'CBS cao-lonen 2026' };

describe('indexationProblem', () => {
  it('accepts a later year with a positive rate and a source', () => {
    expect(indexationProblem(ok, agreement)).toBeNull();
  });
  it.each([
    [{ ...ok }, null, 'no cost agreement "meppel-vzw-uitvoering"'],
    [{ ...ok }, { hourlyRateCents: null, validFrom: '2025-03-13' }, 'cost agreement "meppel-vzw-uitvoering" has no hourly rate to index'],
    [{ ...ok, year: 2025 }, agreement, "year must be after 2025 (the agreement's first year) and at most 2100, got 2025"],
    [{ ...ok, hourlyRateCents: 0 }, agreement, 'hourlyRateCents must be whole cents above 0, got 0'],
    [{ ...ok, source: ' ' }, agreement, 'source must say where the indexation comes from (e.g. the CBS index or a letter)'],
  ])('%j refused', (input, a, message) => {
    expect(indexationProblem(input, a)).toBe(message);
  });
});
