import { useCallback, useMemo } from 'react';
import type { IsoDate } from '../../lib/contract.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { parsePeildatum, peildatumSearch } from '../../transforms/targets.ts';
import { replaceSearch, useLocationSearch } from '../navigation/location.ts';

/** The peildatum, kept in the URL (replaced in place: a date change is not a history step). */
export function usePeildatum(today: IsoDate = todayInNetherlands()): [IsoDate, (next: IsoDate) => void] {
  const search = useLocationSearch();
  const peildatum = useMemo(() => parsePeildatum(search, today), [search, today]);
  const update = useCallback((next: IsoDate) => replaceSearch(peildatumSearch(next, window.location.search)), []);
  return [peildatum, update];
}
