import { useCallback, useMemo } from 'react';
import type { IsoDate } from '../../lib/contract.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { parsePeildatum, peildatumSearch } from '../../transforms/peildatum.ts';
import { replaceSearch, useLocationSearch } from '../navigation/location.ts';

/** The peildatum, kept in the URL (replaced in place: a date change is not a history step); null is each covenant's data date. */
export function usePeildatum(today: IsoDate = todayInNetherlands()): [IsoDate | null, (next: IsoDate | null) => void] {
  const search = useLocationSearch();
  const peildatum = useMemo(() => parsePeildatum(search, today), [search, today]);
  const update = useCallback((next: IsoDate | null) => replaceSearch(peildatumSearch(next, window.location.search)), []);
  return [peildatum, update];
}
