import { useCallback, useMemo } from 'react';
import { financeSearch, parseFinanceSelection, type FinanceSelection } from '../../transforms/funding-figures.ts';
import { replaceSearch, useLocationSearch } from '../navigation/location.ts';

/** The cost split's covenant and year, kept in the URL (replaced in place: a new year is not a history step). */
export function useFinanceSelection(): [FinanceSelection, (next: { covenantId: string; year: number }) => void] {
  const search = useLocationSearch();
  const selection = useMemo(() => parseFinanceSelection(search), [search]);
  const update = useCallback((next: { covenantId: string; year: number }) => replaceSearch(financeSearch(next, window.location.search)), []);
  return [selection, update];
}
