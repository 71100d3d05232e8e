import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween } from './periods.ts';

describe('periodOf', () => {
  it.each([
    { date: '2025-07-01', g: 'quarter' as const, code: '2025-K3', label: '3e kwartaal 2025', start: '2025-07-01', end: '2025-09-30' },
    { date: '2025-12-31', g: 'quarter' as const, code: '2025-K4', label: '4e kwartaal 2025', start: '2025-10-01', end: '2025-12-31' },
    { date: '2024-02-29', g: 'quarter' as const, code: '2024-K1', label: '1e kwartaal 2024', start: '2024-01-01', end: '2024-03-31' },
    { date: '2025-06-30', g: 'half_year' as const, code: '2025-H1', label: '1e halfjaar 2025', start: '2025-01-01', end: '2025-06-30' },
    { date: '2025-07-01', g: 'half_year' as const, code: '2025-H2', label: '2e halfjaar 2025', start: '2025-07-01', end: '2025-12-31' },
    { date: '2026-03-15', g: 'year' as const, code: '2026', label: '2026', start: '2026-01-01', end: '2026-12-31' },
  ])('$date as $g → $code', ({ date, g, ...expected }) => {
    expect(periodOf(date, g)).toEqual(expected);
  });
});

describe('periodsBetween', () => {
  it('lists every overlapping quarter in order, across a year boundary', () => {
    expect(periodsBetween('2024-11-15', '2025-04-01', 'quarter').map((p) => p.code)).toEqual(['2024-K4', '2025-K1', '2025-K2']);
  });
  it('gives one period for a range inside it', () => {
    expect(periodsBetween('2025-02-01', '2025-02-02', 'year').map((p) => p.code)).toEqual(['2025']);
  });
  it('gives 16 quarters for 2023–2026', () => {
    expect(periodsBetween('2023-01-01', '2026-12-31', 'quarter')).toHaveLength(16);
  });
});
