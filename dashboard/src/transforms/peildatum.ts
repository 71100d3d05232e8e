// The Bestuurlijk overleg's peildatum: by default each covenant's own data date (gegevens t/m),
// otherwise the last day of a month — the only dates the API gives protected figures for, so that
// moving the date by a day cannot single out one day's realisations. Kept in the URL.
import type { IsoDate } from '../lib/contract.ts';

export const PEILDATUM_PARAM = 'peildatum';
/** The earliest month end offered: no covenant target starts before it. */
export const FIRST_PEILDATUM: IsoDate = '2020-01-31';

function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Whether `value` is a real 'YYYY-MM-DD' that is the last day of its month. */
export function isMonthEnd(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return lastDayOfMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7))) === value;
}

/**
 * A month end from FIRST_PEILDATUM up to today. Not after today: nothing is realised beyond it,
 * and a projection from a future date would look like a count.
 */
export function isSelectablePeildatum(value: string, today: IsoDate): boolean {
  return isMonthEnd(value) && value >= FIRST_PEILDATUM && value <= today;
}

/** `?peildatum=2026-06-30` → '2026-06-30'; no or an unusable date → null: each covenant's data date. */
export function parsePeildatum(search: string, today: IsoDate): IsoDate | null {
  const value = new URLSearchParams(search).get(PEILDATUM_PARAM)?.trim() ?? '';
  return isSelectablePeildatum(value, today) ? value : null;
}

/** The query string with this peildatum (none for the data date), keeping the other parameters (such as `pagina`). */
export function peildatumSearch(peildatum: IsoDate | null, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  if (peildatum === null) params.delete(PEILDATUM_PARAM);
  else params.set(PEILDATUM_PARAM, peildatum);
  return `?${params.toString()}`;
}

/** Every selectable month end, newest first, grouped by year (newest year first). */
export function selectableMonthEnds(today: IsoDate): { year: number; dates: IsoDate[] }[] {
  const groups: { year: number; dates: IsoDate[] }[] = [];
  for (let year = Number(today.slice(0, 4)); year >= Number(FIRST_PEILDATUM.slice(0, 4)); year -= 1) {
    const dates: IsoDate[] = [];
    for (let month = 12; month >= 1; month -= 1) {
      const date = lastDayOfMonth(year, month);
      if (isSelectablePeildatum(date, today)) dates.push(date);
    }
    if (dates.length > 0) groups.push({ year, dates });
  }
  return groups;
}

/** The date a target's figures are for: the chosen month end, else its covenant's data date (today without one). */
export function effectivePeildatum(peildatum: IsoDate | null, dataDate: IsoDate | null, today: IsoDate): IsoDate {
  return peildatum ?? dataDate ?? today;
}
