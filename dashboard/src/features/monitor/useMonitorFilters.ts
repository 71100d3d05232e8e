import { useCallback, useMemo } from 'react';
import { monitorSearch, parseMonitorFilters, type MonitorFilters } from '../../transforms/monitor-filters.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { replaceSearch, useLocationSearch } from '../navigation/location.ts';

/** The monitor's selection, kept in the URL (replaced in place: filter changes are not history steps). */
export function useMonitorFilters(): [MonitorFilters, (next: MonitorFilters) => void] {
  const search = useLocationSearch();
  const filters = useMemo(() => parseMonitorFilters(search, todayInNetherlands()), [search]);
  const update = useCallback((next: MonitorFilters) => replaceSearch(monitorSearch(next, window.location.search)), []);
  return [filters, update];
}
