import { useCallback, useState } from 'react';
import { parseFilters, serializeFilters, type OutflowFilters } from '../../transforms/filters.ts';
import { replaceSearch } from '../navigation/location.ts';

/** The selection lives in the URL, so a view can be bookmarked, shared and reloaded. */
export function useUrlFilters(): [OutflowFilters, (next: OutflowFilters) => void] {
  const [filters, setFilters] = useState(() => parseFilters(window.location.search));
  const update = useCallback((next: OutflowFilters) => {
    setFilters(next);
    replaceSearch(serializeFilters(next));
  }, []);
  return [filters, update];
}
