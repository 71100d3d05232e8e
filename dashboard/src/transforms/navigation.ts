// Which page is shown, kept in the URL (`?pagina=monitor`, `?pagina=importeren`) next to the pages' filters.

export const APP_PAGES = ['uitstroom', 'monitor', 'bestuur', 'evaluaties', 'financien', 'importeren'] as const;
export type AppPage = (typeof APP_PAGES)[number];

export const PAGE_PARAM = 'pagina';
/** The page without `pagina` in the URL, so existing links to the uitstroom page keep working. */
export const DEFAULT_PAGE: AppPage = 'uitstroom';

export interface NavItem {
  page: AppPage;
  label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { page: 'monitor', label: 'Uitstroommonitor' },
  { page: 'uitstroom', label: 'Uitstroom per kwartaal' },
  { page: 'bestuur', label: 'Bestuurlijk overleg' },
  { page: 'evaluaties', label: 'Evaluaties' },
  { page: 'financien', label: 'Financiën' },
  { page: 'importeren', label: 'Importeren' },
];

function isAppPage(value: string | null): value is AppPage {
  return (APP_PAGES as readonly (string | null)[]).includes(value);
}

/** `?pagina=importeren` → 'importeren'; anything else is the default page. */
export function parsePage(search: string): AppPage {
  const value = new URLSearchParams(search).get(PAGE_PARAM)?.trim().toLowerCase() ?? null;
  return isAppPage(value) ? value : DEFAULT_PAGE;
}

/**
 * The query string for `page`, keeping every other parameter (the uitstroom filters) as it is.
 * The default page has no `pagina`; '' when nothing is left.
 */
export function pageSearch(page: AppPage, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  params.delete(PAGE_PARAM);
  if (page !== DEFAULT_PAGE) params.set(PAGE_PARAM, page);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

const SITE_NAME = 'Uitstroommonitor';
const PAGE_TITLES: Readonly<Record<AppPage, string>> = {
  uitstroom: 'Uitstroom per doelgroep per kwartaal',
  monitor: 'Uitstroommonitor per periode',
  bestuur: 'Bestuurlijk overleg: streefaantallen',
  evaluaties: 'Evaluaties',
  financien: 'Financiën: kostenverdeling en Garantiefonds',
  importeren: 'Bestand importeren',
};

/** The document title: page first, so tabs and screen readers name the page. */
export function documentTitle(page: AppPage): string {
  return `${PAGE_TITLES[page]} — ${SITE_NAME}`;
}

/** A click the page may handle itself; other clicks (new tab, new window, download) are the browser's. */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
