import { describe, expect, it } from 'vitest';
import { calendarPeriod, endOfMonth, isProvisional, monitorPeriodProblem, rangeProblem, referenceDate, referenceDateProblem } from './period-grid.ts';

describe('the period grid', () => {
  it.each([
    ['2025-01-01', '2025-03-31', '2025-K1'],
    ['2025-04-01', '2025-06-30', '2025-K2'],
    ['2025-01-01', '2025-06-30', '2025-H1'],
    ['2025-07-01', '2025-12-31', '2025-H2'],
    ['2024-01-01', '2024-12-31', '2024'],
  ])('%s to %s is the calendar period %s', (from, to, code) => {
    expect(calendarPeriod(from, to)?.code).toBe(code);
    expect(monitorPeriodProblem(from, to, 'werkgroep')).toBeNull();
  });

  it.each([
    ['a single day', '2025-02-10', '2025-02-10'],
    ['a quarter moved by a day', '2025-01-02', '2025-04-01'],
    ['a cumulative range', '2025-01-01', '2025-02-09'],
    ['two years', '2024-01-01', '2025-12-31'],
    ['three quarters', '2025-01-01', '2025-09-30'],
  ])('refuses %s, naming the periods around its start', (_, from, to) => {
    const problem = monitorPeriodProblem(from, to, 'analist');
    expect(problem).toContain(`figures for role analist exist only for whole calendar quarters, half-years and years; ${from} to ${to} is none of them`);
    expect(problem).toContain(`${from.slice(0, 4)}-K${Math.ceil(Number(from.slice(5, 7)) / 3)} (`);
  });

  it('accepts a period of the covenant’s own evaluation calendar, and names them when refusing', () => {
    const own = [{ code: 'eenmalig-6', from: '2023-06-13', to: '2023-12-12' }];
    expect(monitorPeriodProblem('2023-06-13', '2023-12-12', 'werkgroep', own)).toBeNull();
    expect(monitorPeriodProblem('2023-06-14', '2023-12-12', 'werkgroep', own)).toContain('eenmalig-6: 2023-06-13 to 2023-12-12');
  });

  it('takes ranges of whole periods of the granularity for the outflow report', () => {
    expect(rangeProblem('2024-01-01', '2026-09-30', 'quarter', 'werkgroep')).toBeNull();
    expect(rangeProblem('2024-01-01', '2026-09-30', 'half_year', 'werkgroep')).toContain('from must be the first day of one (2024-01-01) and to the last day of one (2026-12-31)');
    expect(rangeProblem('2024-02-01', '2024-12-31', 'year', 'werkgroep')).toContain('whole calendar years');
  });

  it('takes a month’s last day or the data date as a reference date', () => {
    expect(referenceDateProblem('2025-02-28', null, 'bestuurder')).toBeNull();
    expect(referenceDateProblem('2024-02-29', null, 'bestuurder')).toBeNull();
    expect(referenceDateProblem('2026-10-17', '2026-10-17', 'bestuurder')).toBeNull();
    expect(referenceDateProblem('2025-02-27', '2026-10-17', 'bestuurder')).toBe(
      'progress for role bestuurder exists only at the end of a month or on the data date (2026-10-17); 2025-02-27 is neither: ask for 2025-01-31 or 2025-02-28',
    );
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
  });

  it('counts up to the period’s end, the data date or today, whichever comes first, and marks what is not over', () => {
    expect(referenceDate('2025-06-30', '2026-10-31', '2026-12-07')).toBe('2025-06-30');
    expect(referenceDate('2026-12-31', '2026-10-31', '2026-12-07')).toBe('2026-10-31');
    expect(referenceDate('2026-12-31', null, '2026-12-07')).toBe('2026-12-07');
    expect(isProvisional('2026-09-30', '2026-10-31', '2026-12-07')).toBe(false);
    expect(isProvisional('2026-12-31', '2026-10-31', '2026-12-07')).toBe(true);
    // Data up to the quarter's last day: the quarter is complete.
    expect(isProvisional('2026-09-30', '2026-09-30', '2026-12-07')).toBe(false);
  });
});
