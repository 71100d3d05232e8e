import { describe, expect, it } from 'vitest';
import {
  parseFilters,
  resolveCovenant,
  selectableYears,
  serializeFilters,
  sortCovenantsByName,
  yearRangeError,
  yearRangeToDates,
} from './filters.ts';

describe('parseFilters', () => {
  it.each([
    { search: '', expected: { covenantId: null, fromYear: 2023, toYear: 2026 } },
    { search: '?convenant=walcheren&van=2024&tot=2025', expected: { covenantId: 'walcheren', fromYear: 2024, toYear: 2025 } },
    { search: '?convenant=&van=abcd&tot=20255', expected: { covenantId: null, fromYear: 2023, toYear: 2026 } },
    { search: '?van=1999&tot=2031', expected: { covenantId: null, fromYear: 2023, toYear: 2026 } },
    { search: '?van=2026&tot=2024', expected: { covenantId: null, fromYear: 2026, toYear: 2024 } },
  ])('$search', ({ search, expected }) => {
    expect(parseFilters(search)).toEqual(expected);
  });

  it('round-trips through serializeFilters', () => {
    const filters = { covenantId: 'noord-veluwe', fromYear: 2024, toYear: 2025 };
    expect(serializeFilters(filters)).toBe('?convenant=noord-veluwe&van=2024&tot=2025');
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
  });
});

describe('yearRangeError', () => {
  it.each([
    { fromYear: 2023, toYear: 2026, invalid: false },
    { fromYear: 2025, toYear: 2025, invalid: false },
    { fromYear: 2026, toYear: 2023, invalid: true },
  ])('$fromYear–$toYear invalid: $invalid', ({ fromYear, toYear, invalid }) => {
    expect(yearRangeError({ fromYear, toYear }) !== null).toBe(invalid);
  });
});

describe('yearRangeToDates', () => {
  it('covers whole calendar years, both ends inclusive', () => {
    expect(yearRangeToDates(2023, 2026)).toEqual({ from: '2023-01-01', to: '2026-12-31' });
  });
});

describe('selectableYears', () => {
  it('includes the default range, ascending', () => {
    const years = selectableYears();
    expect(years).toContain(2023);
    expect(years).toContain(2026);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });
});

describe('covenant selection', () => {
  const covenants = [
    { id: 'woonkans', name: 'Woonkans Noord- en Midden-Limburg', region: 'Noord- en Midden-Limburg' },
    { id: 'walcheren', name: 'Weer Thuis op Walcheren', region: 'Walcheren' },
    { id: 'meppel-vzw', name: 'Convenant VoorzieningenWijzer Meppel', region: 'Meppel' },
  ];

  it.each([
    { requested: 'walcheren', expected: 'walcheren' },
    { requested: 'bestaat-niet', expected: 'woonkans' },
    { requested: null, expected: 'woonkans' },
  ])('resolves $requested to $expected (unknown or none: the first in the list)', ({ requested, expected }) => {
    expect(resolveCovenant(covenants, requested)?.id).toBe(expected);
  });

  it('resolves nothing from an empty list', () => {
    expect(resolveCovenant([], 'walcheren')).toBeUndefined();
  });

  it('sorts by name, Dutch collation', () => {
    expect(sortCovenantsByName(covenants).map((c) => c.id)).toEqual(['meppel-vzw', 'walcheren', 'woonkans']);
  });
});
