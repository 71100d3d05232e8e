// The page's selection (covenant and year range): defaults, validation and the URL form.
import type { CovenantSummary, IsoDate } from '../lib/contract.ts';

export const DEFAULT_FROM_YEAR = 2023;
export const DEFAULT_TO_YEAR = 2026;
export const FIRST_SELECTABLE_YEAR = 2020;
export const LAST_SELECTABLE_YEAR = 2030;

export interface OutflowFilters {
  /** null until the user (or the URL) has chosen one. */
  covenantId: string | null;
  fromYear: number;
  toYear: number;
}

export function selectableYears(): number[] {
  const years: number[] = [];
  for (let year = FIRST_SELECTABLE_YEAR; year <= LAST_SELECTABLE_YEAR; year += 1) years.push(year);
  return years;
}

function parseYear(value: string | null, fallback: number): number {
  if (value === null || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return year >= FIRST_SELECTABLE_YEAR && year <= LAST_SELECTABLE_YEAR ? year : fallback;
}

/** Reads `?convenant=walcheren&van=2023&tot=2026`; anything unusable falls back to the default. */
export function parseFilters(search: string): OutflowFilters {
  const params = new URLSearchParams(search);
  const covenantId = params.get('convenant');
  return {
    covenantId: covenantId === null || covenantId.trim() === '' ? null : covenantId,
    fromYear: parseYear(params.get('van'), DEFAULT_FROM_YEAR),
    toYear: parseYear(params.get('tot'), DEFAULT_TO_YEAR),
  };
}

export function serializeFilters(filters: OutflowFilters): string {
  const params = new URLSearchParams();
  if (filters.covenantId !== null) params.set('convenant', filters.covenantId);
  params.set('van', String(filters.fromYear));
  params.set('tot', String(filters.toYear));
  return `?${params.toString()}`;
}

/** A message the user can act on, or null when the range is usable. */
export function yearRangeError(filters: Pick<OutflowFilters, 'fromYear' | 'toYear'>): string | null {
  return filters.fromYear > filters.toYear
    ? `Het jaar ‘van’ (${filters.fromYear}) ligt na het jaar ‘tot en met’ (${filters.toYear}). Kies een eerder beginjaar of een later eindjaar.`
    : null;
}

/** Whole calendar years, both ends inclusive. */
export function yearRangeToDates(fromYear: number, toYear: number): { from: IsoDate; to: IsoDate } {
  return { from: `${fromYear}-01-01`, to: `${toYear}-12-31` };
}

/** The URL's covenant when it exists, otherwise the first in the list. */
export function resolveCovenant(
  covenants: readonly CovenantSummary[],
  requestedId: string | null,
): CovenantSummary | undefined {
  return covenants.find((covenant) => covenant.id === requestedId) ?? covenants[0];
}

export function sortCovenantsByName(covenants: readonly CovenantSummary[]): CovenantSummary[] {
  return [...covenants].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
