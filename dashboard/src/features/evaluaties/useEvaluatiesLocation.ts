import { useCallback, useMemo } from 'react';
import { evaluatiesSearch, parseEvaluatiesLocation, type EvaluatiesLocation } from '../../transforms/evaluations.ts';
import { hrefForSearch, pushSearch, replaceSearch, useLocationSearch } from '../navigation/location.ts';

export interface EvaluatiesNavigation {
  location: EvaluatiesLocation;
  /** Link target of a view, with the other parameters kept. */
  hrefFor: (next: EvaluatiesLocation) => string;
  /** Opening an evaluation or its print view is a history step (Back returns); choosing a covenant is not. */
  go: (next: EvaluatiesLocation, mode: 'push' | 'replace') => void;
}

/** Which covenant, evaluation and view the page shows, kept in the URL so each can be shared. */
export function useEvaluatiesLocation(): EvaluatiesNavigation {
  const search = useLocationSearch();
  const location = useMemo(() => parseEvaluatiesLocation(search), [search]);
  const hrefFor = useCallback((next: EvaluatiesLocation) => hrefForSearch(evaluatiesSearch(next, search)), [search]);
  const go = useCallback((next: EvaluatiesLocation, mode: 'push' | 'replace') => {
    // Built from the URL as it is now, not as it was at the last render.
    const target = evaluatiesSearch(next, window.location.search);
    if (target === window.location.search) return;
    if (mode === 'push') pushSearch(target);
    else replaceSearch(target);
  }, []);
  return { location, hrefFor, go };
}
