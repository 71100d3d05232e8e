// The monitor page's selection (covenant, period, sub-region, target group), read from and written
// to the URL so a view can be bookmarked and shared: `?pagina=monitor&convenant=woonkans&periode=2026-H1&deelregio=woonkans-noord&doelgroep=MO`.
import { isTargetGroup, type TargetGroup } from '../lib/contract.ts';
import { lastCompletedHalfYear, parsePeriod, type ReportPeriod } from './periods.ts';

export interface MonitorFilters {
  covenantId: string | null;
  period: ReportPeriod;
  /** null: the whole covenant. */
  subRegionId: string | null;
  /** null: every target group. */
  targetGroup: TargetGroup | null;
}

/** The first year the period select offers. */
export const FIRST_SELECTABLE_YEAR = 2020;

const PARAMS = { covenant: 'convenant', period: 'periode', subRegion: 'deelregio', targetGroup: 'doelgroep' } as const;

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}

/** Unusable values (also a period not begun yet) fall back to the default: the last completed half-year, whole covenant, all target groups. */
export function parseMonitorFilters(search: string, today: string): MonitorFilters {
  const params = new URLSearchParams(search);
  const targetGroup = nonEmpty(params.get(PARAMS.targetGroup))?.toUpperCase() ?? null;
  const period = parsePeriod(params.get(PARAMS.period));
  // Only periods the select offers: begun by today, not before the first selectable year.
  const usable = period !== null && period.from <= today && period.year >= FIRST_SELECTABLE_YEAR;
  return {
    covenantId: nonEmpty(params.get(PARAMS.covenant)),
    period: usable ? period : lastCompletedHalfYear(today),
    subRegionId: nonEmpty(params.get(PARAMS.subRegion)),
    targetGroup: targetGroup !== null && isTargetGroup(targetGroup) ? targetGroup : null,
  };
}

/** The query string for these filters, keeping parameters that are not the monitor's (such as `pagina`). */
export function monitorSearch(filters: MonitorFilters, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => (value === null ? params.delete(name) : params.set(name, value));
  set(PARAMS.covenant, filters.covenantId);
  set(PARAMS.period, filters.period.code);
  set(PARAMS.subRegion, filters.subRegionId);
  set(PARAMS.targetGroup, filters.targetGroup);
  return `?${params.toString()}`;
}

/** The URL's sub-region when the covenant has it; otherwise the whole covenant. */
export function resolveSubRegion(subRegions: readonly { id: string }[], requested: string | null): string | null {
  return subRegions.some((s) => s.id === requested) ? requested : null;
}
