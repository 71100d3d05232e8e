import { describe, expect, it } from 'vitest';
import { lastCompletedHalfYear, makePeriod, parsePeriod, previousPeriod, selectablePeriods } from './periods.ts';

describe('periods', () => {
  it.each([
    ['2025-K1', '2025-01-01', '2025-03-31', '1e kwartaal 2025'],
    ['2024-K1', '2024-01-01', '2024-03-31', '1e kwartaal 2024'],
    ['2025-K4', '2025-10-01', '2025-12-31', '4e kwartaal 2025'],
    ['2025-H1', '2025-01-01', '2025-06-30', '1e halfjaar 2025'],
    ['2024-H2', '2024-07-01', '2024-12-31', '2e halfjaar 2024'],
    ['2024', '2024-01-01', '2024-12-31', 'jaar 2024'],
    ['2025-h2', '2025-07-01', '2025-12-31', '2e halfjaar 2025'],
  ])('%s runs from %s to %s (%s)', (code, from, to, label) => {
    expect(parsePeriod(code)).toMatchObject({ from, to, label });
  });

  it('has the leap day in February', () => {
    expect(makePeriod('kwartaal', 2024, 1).to).toBe('2024-03-31');
    expect(parsePeriod('2028-H1')?.to).toBe('2028-06-30');
  });

  it.each(['2025-H3', '2025-K5', '2025-K0', '25-H1', '', 'halfjaar', '2025-X1'])('refuses %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });

  it.each([
    ['2025-H1', '2024-H2'],
    ['2025-H2', '2025-H1'],
    ['2025-K1', '2024-K4'],
    ['2025-K3', '2025-K2'],
    ['2025', '2024'],
  ])('compares %s with %s', (code, previous) => {
    expect(previousPeriod(parsePeriod(code) as NonNullable<ReturnType<typeof parsePeriod>>).code).toBe(previous);
  });

  it.each([
    ['2026-11-24', '2026-H1'],
    ['2026-07-01', '2026-H1'],
    ['2026-06-30', '2025-H2'],
    ['2026-01-01', '2025-H2'],
  ])('on %s the last completed half-year is %s', (today, code) => {
    expect(lastCompletedHalfYear(today).code).toBe(code);
  });

  it('offers periods that have begun, newest first', () => {
    const periods = selectablePeriods(2023, '2026-11-24');
    expect(periods.halfjaar.map((p) => p.code).slice(0, 3)).toEqual(['2026-H2', '2026-H1', '2025-H2']);
    expect(periods.halfjaar.at(-1)?.code).toBe('2023-H1');
    expect(periods.kwartaal[0]?.code).toBe('2026-K4');
    expect(periods.jaar.map((p) => p.code)).toEqual(['2026', '2025', '2024', '2023']);
    expect(selectablePeriods(2026, '2026-02-01').kwartaal.map((p) => p.code)).toEqual(['2026-K1']);
  });

  it('offers only whole calendar periods: the grid the API gives protected figures for', () => {
    const months = { kwartaal: 3, halfjaar: 6, jaar: 12 } as const;
    const all = Object.values(selectablePeriods(2020, '2026-11-24')).flat();
    expect(all.length).toBe(7 * (4 + 2 + 1));
    for (const period of all) {
      const firstMonth = Number(period.from.slice(5, 7));
      expect(period.from.slice(8), period.code).toBe('01');
      expect((firstMonth - 1) % months[period.kind], period.code).toBe(0);
      const dayAfter = new Date(`${period.to}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      // The period ends on the last day of its last month, months[kind] months after it began.
      expect(dayAfter.getUTCDate(), period.code).toBe(1);
      expect((dayAfter.getUTCFullYear() - period.year) * 12 + dayAfter.getUTCMonth() - (firstMonth - 1), period.code).toBe(months[period.kind]);
      // Compared with the period before it, of the same kind: also on the grid.
      expect(previousPeriod(period).kind).toBe(period.kind);
    }
  });
});
