// Opens the dashboard in a real browser: signing in and out, its security headers, and the start
// page's uitstroom per kwartaal read back from the page — as published to the werkgroep ('<5' only
// for a published 1–4, no totals over several years), and the beheerder's true counts.
import { directOutflowCounts } from '@uitstroom/db/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';
import { outflowSource, type OutflowAnswer } from './monitor-sources.ts';
import { expectCsvIsTable, expectPublished, gatewayAnswer, pageAs, sentVariables, type PageRow } from './published-counts.ts';

warnWhenNoChromium();

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let session: BrowserSession;
  let p: BrowserSession['p'];
  let dashboard: BrowserSession['dashboard'];
  let browser: BrowserSession['browser'];

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ p, dashboard, browser } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks a signed-out user to sign in, with the demo login marked as demo, and signs out again', async () => {
    const page = await session.chromium.newPage();
    await page.goto(`${dashboard.url}?pagina=monitor`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor({ timeout: 60_000 });
    // The picker appears once the demo users have loaded.
    await page.getByLabel('Aanmelden als').waitFor();
    await expect(page.getByText('Demo-aanmelding.').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    // Every role the demo issuer offers is in the picker.
    const options = await page.getByLabel('Aanmelden als').locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Beheerder (alle gegevens)', 'Werkgroep (alle convenanten)', 'Bestuurder (kerncijfers)', 'Analist (GraphQL, geaggregeerd)', 'Kassier Garantiefonds (MGR)']));
    await page.getByLabel('Aanmelden als').selectOption('bestuurder');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByTestId('session').textContent()).resolves.toMatch(/Aangemeld als Bestuurder \(kerncijfers\)/);
    // The page asked for is shown after signing in, with data from the gateway under the new token.
    await page.getByRole('heading', { level: 1, name: 'Uitstroommonitor' }).waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.close();
  });

  it('sends security headers with the page, and the app still runs under its content security policy', async () => {
    const response = await fetch(dashboard.url);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${dashboard.url}?pagina=financien`);
    await page.getByTestId('fund-key-figures-table').waitFor({ timeout: 60_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  /** The outflow table of the start page as rows: the period (th) and its cells in column order, totals row last. */
  function readOutflowTable(page: Page): Promise<PageRow[]> {
    return page.locator('main table').locator('tbody tr, tfoot tr').evaluateAll((rows) =>
      rows.map((row) => ({
        key: row.querySelector('th')?.getAttribute('data-period') ?? '',
        name: row.querySelector('th')?.textContent?.trim() ?? '',
        cells: [...row.querySelectorAll('td')].map((td, i) => ({ column: i + 1, text: td.textContent?.trim() ?? '' })),
      })),
    );
  }

  async function openOutflow(page: Page, search: string, user = 'werkgroep') {
    const variables = await sentVariables(page, 'DashboardOutflow', () => page.goto(`${dashboard.url}${search}`));
    const answer = await gatewayAnswer<{ covenant: { outflow: OutflowAnswer } }>(p, 'DashboardOutflow', variables, user);
    await page.locator('main table').waitFor({ timeout: 60_000 });
    return { variables, outflow: answer.covenant.outflow };
  }

  it('shows uitstroom per doelgroep per kwartaal exactly as published to the werkgroep, in the table, the chart and the CSV', async () => {
    const page = await browser.newPage();
    const { variables, outflow } = await openOutflow(page, '?convenant=walcheren&van=2023&tot=2026');
    // Whole quarters only: the grid the API publishes protected figures for.
    expect(variables).toEqual({ covenantId: 'walcheren', from: '2023-01-01', to: '2026-12-31', granularity: 'QUARTER' });
    await expect(page.locator('caption').textContent()).resolves.toContain('Weer Thuis op Walcheren');
    const rows = await readOutflowTable(page);
    const tally = expectPublished(rows, outflowSource(outflow), 'uitstroom');
    // Walcheren is small: the werkgroep's view has '<5's, or this test proves nothing.
    expect(tally.small).toBeGreaterThan(0);
    // Four years are more than one calendar period: no totals over them, said as '—', never 0.
    expect(outflow.total).toBeNull();
    expect(rows.at(-1)?.cells.map((c) => c.text)).toEqual(Array(9).fill('—'));
    const legend = await page.getByTestId('table-legend').locator('p').allTextContents();
    expect(legend).toEqual([expect.stringMatching(/^Beschermde aantallen: kleine afwijkingen/), expect.stringMatching(/^— : totalen over meer dan één periode worden niet gepubliceerd/)]);
    await expectCsvIsTable(page, page.locator('main'), rows);

    // The chart draws one rectangle per cell with a number above 0, and says how many '<5' it leaves out.
    const chart = page.getByTestId('outflow-chart');
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(outflow.cells.filter((c) => (c.value.count ?? 0) > 0).length);
    const small = outflow.cells.filter((c) => c.value.display === '<5').length;
    await expect(page.getByTestId('chart-note').first().textContent()).resolves.toMatch(new RegExp(`^${small} waarden? '<5' niet getekend`));
    await expect(page.getByTestId('data-date').textContent()).resolves.toMatch(/^Gegevens t\/m \d{1,2} \w+ 20\d\d\.$/);
    await page.close();
  });

  it('publishes the totals of one calendar year, and marks the running quarter voorlopig', async () => {
    const page = await browser.newPage();
    const { outflow } = await openOutflow(page, '?convenant=woonkans&van=2026&tot=2026');
    expect(outflow.total).not.toBeNull();
    const rows = await readOutflowTable(page);
    expectPublished(rows, outflowSource(outflow), 'uitstroom 2026');
    await expect(page.getByTestId('outflow-total').textContent()).resolves.toBe(outflow.total?.display);
    const running = outflow.periods.filter((period) => period.provisional).map((period) => `${period.code} (voorlopig)`);
    expect(running.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(running));
    await page.close();
  });

  it('shows the beheerder the true counts, equal to a direct SQL count, with every total', async () => {
    const page = await pageAs(session.chromium, p, 'beheerder');
    const { outflow } = await openOutflow(page, '?convenant=walcheren&van=2023&tot=2026', 'beheerder');
    const expected = await directOutflowCounts(p.test.database, 'walcheren', '2023-01-01', '2026-12-31');
    const cells = await page.locator('td[data-period][data-target-group]').evaluateAll((elements) =>
      elements.map((e) => ({ period: e.getAttribute('data-period'), group: e.getAttribute('data-target-group'), text: e.textContent?.trim() ?? '' })),
    );
    const inner = cells.filter((c) => c.period !== 'totaal' && c.group !== 'totaal' && c.text !== '0');
    expect(new Set(inner.map((c) => `${c.period}/${c.group}`))).toEqual(new Set(expected.keys()));
    for (const cell of inner) expect(Number(cell.text)).toBe(expected.get(`${cell.period}/${cell.group}`));
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    await expect(page.getByTestId('outflow-total').textContent()).resolves.toBe(String(total));
    expectPublished(await readOutflowTable(page), outflowSource(outflow), 'uitstroom beheerder');
    await expect(page.getByTestId('table-legend').textContent()).resolves.toMatch(/^Exacte aantallen/);
    await page.close();
  });

  it('switches covenant from the select and shows the empty state for Meppel', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?convenant=walcheren&van=2023&tot=2026`);
    await page.getByTestId('outflow-total').waitFor({ timeout: 60_000 });
    await page.getByLabel('Convenant', { exact: true }).selectOption('meppel-vzw');
    await page.getByText('Geen uitstroom gepubliceerd in deze periode.', { exact: false }).waitFor();
    expect(await page.getByTestId('outflow-total').count()).toBe(0);
    await page.close();
  });
});
