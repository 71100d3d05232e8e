// The Importeren page in a real browser: upload the example sheet, see the uitstroom figures
// change and download them as CSV; upload a bad sheet and see every problem listed and nothing stored.
// As the beheerder, who sees true counts: a protected count would not move by exactly the 3 imported.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { directOutflowCounts } from '@uitstroom/db/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';
import { pageAs } from './published-counts.ts';

const example = fileURLToPath(new URL('../fixtures/uitstroommonitor-voorbeeld.csv', import.meta.url));
const FILTERS = '?convenant=walcheren&van=2025&tot=2025';

const HEADER =
  'casuscode;convenant;doelgroep;voorziening;zorgaanbieder;gemeente_herkomst;gemeente_uitstroom;leeftijdscategorie;' +
  'datum_aanmelding;datum_woning;corporatie;contractvorm;datum_omklap;datum_terugval;soort_terugval;' +
  'datum_negatief_einde;datum_afgesloten';
/** Line 2: unknown doelgroep; line 3: home before registration; line 4 is fine but must not be stored either. */
const BAD_SHEET = [
  HEADER,
  "WTW-9001;walcheren;XX;Beschermd wonen Middelburg;Emergis;Vlissingen;Vlissingen;28-49;2025-01-13;2025-05-02;l'escaut;tijdelijk;;;;;",
  "WTW-9002;walcheren;BW;Beschermd wonen Middelburg;Emergis;Vlissingen;Vlissingen;28-49;2025-06-01;2025-05-02;l'escaut;tijdelijk;;;;;",
  "WTW-9003;walcheren;BW;Beschermd wonen Middelburg;Emergis;Vlissingen;Vlissingen;28-49;2025-02-01;2025-04-02;l'escaut;tijdelijk;;;;;",
].join('\n');

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Importeren in Chromium', () => {
  let session: BrowserSession;
  let p: BrowserSession['p'];
  let dashboard: BrowserSession['dashboard'];
  let tempDir: string;

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ p, dashboard } = session);
    tempDir = await mkdtemp(path.join(tmpdir(), 'uitstroom-import-'));
  });
  afterAll(async () => {
    await session?.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  /** Key handovers for Walcheren in 2025, counted straight on the tables. */
  async function walcheren2025(): Promise<number> {
    const counts = await directOutflowCounts(p.test.database, 'walcheren', '2025-01-01', '2025-12-31');
    return [...counts.values()].reduce((a, b) => a + b, 0);
  }

  async function shownTotal(page: Page): Promise<number> {
    const total = page.getByTestId('outflow-total');
    await total.waitFor({ timeout: 60_000 });
    const text = (await total.textContent())?.trim() ?? '';
    expect(text, 'the grand total for Walcheren 2025 is large enough to be shown').toMatch(/^\d+$/);
    return Number(text);
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

  async function openImportPage(page: Page): Promise<void> {
    await nav(page).getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestand importeren' }).waitFor();
    expect(new URL(page.url()).search).toBe(`${FILTERS}&pagina=importeren`);
    await expect(nav(page).getByRole('link', { name: 'Importeren' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(nav(page).getByRole('link', { name: 'Uitstroom per kwartaal' }).getAttribute('aria-current')).resolves.toBeNull();
  }

  async function backToUitstroom(page: Page): Promise<number> {
    await nav(page).getByRole('link', { name: 'Uitstroom per kwartaal' }).click();
    expect(new URL(page.url()).search).toBe(FILTERS);
    await expect(nav(page).getByRole('link', { name: 'Uitstroom per kwartaal' }).getAttribute('aria-current')).resolves.toBe('page');
    return shownTotal(page);
  }

  it('imports the example sheet, and the uitstroom page shows its three key handovers in 2025', async () => {
    const page = await pageAs(session.chromium, p, 'beheerder');
    await page.goto(`${dashboard.url}${FILTERS}`);
    const before = await shownTotal(page);
    expect(before).toBe(await walcheren2025());

    await openImportPage(page);
    await page.getByLabel('Bestand (.csv of .xlsx)').setInputFiles(example);
    await page.getByRole('button', { name: 'Importeren' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Geïmporteerd:' });
    await status.waitFor({ timeout: 60_000 });
    await expect(status.textContent()).resolves.toContain(
      'Geïmporteerd: uitstroommonitor-voorbeeld.csv — 4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd.',
    );

    const after = await backToUitstroom(page);
    expect(after).toBe(before + 3);
    expect(after).toBe(await walcheren2025());

    // The CSV of the table holds the new figures, exactly as shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('uitstroom-per-kwartaal_walcheren_2025-01-01_2025-12-31.csv');
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(';'));
    expect(lines[0]?.[0]).toBe('Kwartaal');
    expect(lines.map((line) => line[0])).toEqual(['Kwartaal', '2025-K1', '2025-K2', '2025-K3', '2025-K4', 'Totaal', 'Exacte aantallen: de werkelijke aantallen, zonder afwijkingen.']);
    expect(lines[5]?.at(-1)).toBe(String(after));
    await page.close();
  });

  it('lists every problem of a bad sheet by line, and stores nothing', async () => {
    const badFile = path.join(tempDir, 'fout.csv');
    await writeFile(badFile, BAD_SHEET, 'utf8');
    const page = await pageAs(session.chromium, p, 'beheerder');
    await page.goto(`${dashboard.url}${FILTERS}`);
    const before = await shownTotal(page);
    const storedBefore = await walcheren2025();
    await openImportPage(page);

    // Checked in the browser before anything is sent.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Kies eerst een bestand.').waitFor();

    await page.getByLabel('Bestand (.csv of .xlsx)').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Niet geïmporteerd: er is niets opgeslagen.' }).waitFor({ timeout: 60_000 });
    const table = page.getByTestId('import-errors');
    await expect(table.locator('caption').textContent()).resolves.toBe('Fouten in fout.csv');
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    const summary = await page.getByRole('alert').filter({ hasText: 'Niet geïmporteerd' }).textContent();
    expect(summary).toContain(`${rows.length} fout(en) gevonden.`);
    const doelgroep = rows.find(([line, column]) => line === '2' && column === 'doelgroep');
    expect(doelgroep?.[2]).toContain('XX');
    const woning = rows.find(([line, column]) => line === '3' && column === 'datum_woning');
    expect(woning?.[2]).toContain('datum_aanmelding');
    // The good line 4 is not a problem, and not stored either.
    expect(rows.some(([line]) => line === '4')).toBe(false);
    expect(await walcheren2025()).toBe(storedBefore);

    expect(await backToUitstroom(page)).toBe(before);
    await page.close();
  });
});
