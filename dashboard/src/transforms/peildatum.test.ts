import { describe, expect, it } from 'vitest';
import { effectivePeildatum, isMonthEnd, isSelectablePeildatum, parsePeildatum, peildatumSearch, selectableMonthEnds } from './peildatum.ts';

const TODAY = '2026-11-24';

describe('peildatum in the URL', () => {
  it.each([
    ['?pagina=bestuur&peildatum=2026-06-30', '2026-06-30'],
    ['?peildatum=2024-02-29', '2024-02-29'],
    ['?peildatum=%202026-06-30%20', '2026-06-30'],
    // No date, or one the API would refuse to a protected viewer: each covenant's data date.
    ['?pagina=bestuur', null],
    ['?peildatum=', null],
    ['?peildatum=2026-06-15', null],
    ['?peildatum=2023-02-29', null],
    ['?peildatum=2026-13-31', null],
    ['?peildatum=30-06-2026', null],
    ['?peildatum=2026-11-30', null],
    ['?peildatum=2019-12-31', null],
  ])('%s → %s', (search, expected) => {
    expect(parsePeildatum(search, TODAY)).toBe(expected);
  });

  it('writes the peildatum and keeps the page; the data date is no parameter at all', () => {
    expect(peildatumSearch('2026-06-30', '?pagina=bestuur')).toBe('?pagina=bestuur&peildatum=2026-06-30');
    expect(peildatumSearch('2026-07-31', '?pagina=bestuur&peildatum=2026-06-30')).toBe('?pagina=bestuur&peildatum=2026-07-31');
    expect(peildatumSearch(null, '?pagina=bestuur&peildatum=2026-06-30')).toBe('?pagina=bestuur');
  });
});

describe('month ends', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(['2024-02-29', '2023-02-28', '2026-04-30', '2026-12-31'].every(isMonthEnd)).toBe(true);
    expect(['2023-02-29', '2024-02-28', '2026-04-31', '2026-06-15', ''].some(isMonthEnd)).toBe(false);
  });

  it('offers every month end from January 2020 up to today, newest first, per year', () => {
    const groups = selectableMonthEnds(TODAY);
    expect(groups.map((g) => g.year)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(groups[0]?.dates.slice(0, 2)).toEqual(['2026-10-31', '2026-09-30']);
    expect(groups.at(-1)?.dates.at(-1)).toBe('2020-01-31');
    const all = groups.flatMap((g) => g.dates);
    expect(all).toHaveLength(6 * 12 + 10);
    expect(all.every((date) => isSelectablePeildatum(date, TODAY))).toBe(true);
  });

  it('uses the covenant’s data date unless a month end is chosen', () => {
    expect(effectivePeildatum(null, '2026-10-30', TODAY)).toBe('2026-10-30');
    expect(effectivePeildatum('2026-06-30', '2026-10-30', TODAY)).toBe('2026-06-30');
    expect(effectivePeildatum(null, null, TODAY)).toBe(TODAY);
  });
});
