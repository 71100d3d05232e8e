import { useCallback } from 'react';
import { pageSearch, parsePage, type AppPage } from '../../transforms/navigation.ts';
import { hrefForSearch, pushSearch, useLocationSearch } from './location.ts';

export interface UrlPage {
  page: AppPage;
  /** Link target of a page, with the current filters kept. */
  hrefFor: (page: AppPage) => string;
  /** Shows `page` and records it in the URL and the history. */
  navigate: (page: AppPage) => void;
}

/** The page lives in the URL (`?pagina=importeren`), so it can be bookmarked, reloaded and left with Back. */
export function useUrlPage(): UrlPage {
  const search = useLocationSearch();
  const hrefFor = useCallback((page: AppPage) => hrefForSearch(pageSearch(page, search)), [search]);
  const navigate = useCallback((page: AppPage) => {
    // Built from the URL as it is now, not as it was at the last render.
    const next = pageSearch(page, window.location.search);
    if (next !== window.location.search) pushSearch(next);
  }, []);
  return { page: parsePage(search), hrefFor, navigate };
}
