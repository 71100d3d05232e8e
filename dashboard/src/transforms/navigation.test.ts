import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, documentTitle, isPlainLeftClick, pageSearch, parsePage } from './navigation.ts';

describe('parsePage', () => {
  it.each([
    { search: '', page: 'uitstroom' },
    { search: '?convenant=walcheren&van=2025&tot=2025', page: 'uitstroom' },
    { search: '?pagina=importeren', page: 'importeren' },
    { search: '?pagina=financien&jaar=2025', page: 'financien' },
    { search: '?convenant=walcheren&pagina=Importeren', page: 'importeren' },
    { search: '?pagina=uitstroom', page: 'uitstroom' },
    { search: '?pagina=bestaat-niet', page: 'uitstroom' },
    { search: '?pagina=', page: 'uitstroom' },
  ])('$search → $page', ({ search, page }) => {
    expect(parsePage(search)).toBe(page);
  });
});

describe('pageSearch', () => {
  it.each([
    { page: 'importeren' as const, from: '', expected: '?pagina=importeren' },
    {
      page: 'importeren' as const,
      from: '?convenant=walcheren&van=2025&tot=2025',
      expected: '?convenant=walcheren&van=2025&tot=2025&pagina=importeren',
    },
    { page: 'importeren' as const, from: '?pagina=importeren&van=2024', expected: '?van=2024&pagina=importeren' },
    {
      page: 'uitstroom' as const,
      from: '?convenant=walcheren&van=2025&tot=2025&pagina=importeren',
      expected: '?convenant=walcheren&van=2025&tot=2025',
    },
    { page: 'uitstroom' as const, from: '?pagina=importeren', expected: '' },
  ])('$page from "$from" → "$expected"', ({ page, from, expected }) => {
    expect(pageSearch(page, from)).toBe(expected);
  });

  it('round-trips through parsePage, keeping the filters', () => {
    for (const { page } of NAV_ITEMS) {
      const search = pageSearch(page, '?convenant=noord-veluwe&van=2024&tot=2025');
      expect(parsePage(search)).toBe(page);
      expect(new URLSearchParams(search).get('convenant')).toBe('noord-veluwe');
    }
  });
});

describe('navigation texts', () => {
  it('labels the pages in order', () => {
    expect(NAV_ITEMS.map((item) => item.label)).toEqual(['Uitstroommonitor', 'Uitstroom per kwartaal', 'Bestuurlijk overleg', 'Evaluaties', 'Financiën', 'Importeren']);
  });

  it.each([
    { page: 'uitstroom' as const, title: 'Uitstroom per doelgroep per kwartaal — Uitstroommonitor' },
    { page: 'importeren' as const, title: 'Bestand importeren — Uitstroommonitor' },
    { page: 'monitor' as const, title: 'Uitstroommonitor per periode — Uitstroommonitor' },
    { page: 'financien' as const, title: 'Financiën: kostenverdeling en Garantiefonds — Uitstroommonitor' },
  ])('$page is titled "$title"', ({ page, title }) => {
    expect(documentTitle(page)).toBe(title);
  });
});

describe('isPlainLeftClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  it.each([
    { name: 'a plain click', event: click, plain: true },
    { name: 'a middle click', event: { ...click, button: 1 }, plain: false },
    { name: 'ctrl-click', event: { ...click, ctrlKey: true }, plain: false },
    { name: 'cmd-click', event: { ...click, metaKey: true }, plain: false },
    { name: 'shift-click', event: { ...click, shiftKey: true }, plain: false },
    { name: 'alt-click', event: { ...click, altKey: true }, plain: false },
  ])('$name: $plain', ({ event, plain }) => {
    expect(isPlainLeftClick(event)).toBe(plain);
  });
});
