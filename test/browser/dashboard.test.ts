// Opens the dashboard in a real browser and reads the chart's figures from the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { directOutflowCounts } from '@uitstroom/db/testing';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

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

  it('shows uitstroom per doelgroep per kwartaal, equal to a direct SQL count, small cells hidden', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?convenant=walcheren&van=2023&tot=2026`);
    await page.getByTestId('outflow-total').waitFor({ timeout: 60_000 });

    await expect(page.locator('caption').textContent()).resolves.toContain('Weer Thuis op Walcheren');
    const cells = await page.locator('td[data-period][data-target-group]').evaluateAll((elements) =>
      elements.map((e) => ({
        period: e.getAttribute('data-period'),
        group: e.getAttribute('data-target-group'),
        text: e.textContent?.trim() ?? '',
        hidden: e.getAttribute('data-suppressed') === 'true',
      })),
    );
    const inner = cells.filter((c) => c.period !== 'totaal' && c.group !== 'totaal' && c.text !== '0');
    const expected = await directOutflowCounts(p.test.database, 'walcheren', '2023-01-01', '2026-12-31');
    // Every non-zero cell is on the page; shown ones with their true count (never 1–4), hidden ones as '<5'.
    expect(new Set(inner.map((c) => `${c.period}/${c.group}`))).toEqual(new Set(expected.keys()));
    for (const cell of inner) {
      const truth = expected.get(`${cell.period}/${cell.group}`) as number;
      if (cell.hidden) expect(cell.text).toBe('<5');
      else {
        expect(Number(cell.text)).toBe(truth);
        expect(truth).toBeGreaterThanOrEqual(5);
      }
    }
    // Walcheren is small: the werkgroep's view must hide something, or this test proves nothing.
    expect(inner.some((c) => c.hidden)).toBe(true);
    await expect(page.getByTestId('outflow-suppression-note').isVisible()).resolves.toBe(true);

    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    await expect(page.getByTestId('outflow-total').textContent()).resolves.toBe(String(total));
    const chart = page.getByTestId('outflow-chart');
    await expect(chart.getAttribute('aria-label')).resolves.toContain(`Totaal: ${total}`);
    // The chart draws one rectangle per shown cell and none for hidden ones.
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(inner.filter((c) => !c.hidden).length);
    await page.close();
  });

  it('switches covenant from the select and shows the empty state for Meppel', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?convenant=walcheren&van=2023&tot=2026`);
    await page.getByTestId('outflow-total').waitFor({ timeout: 60_000 });
    await page.getByLabel('Convenant', { exact: true }).selectOption('meppel-vzw');
    await page.getByText('Geen uitstroom in deze periode.').waitFor();
    expect(await page.getByTestId('outflow-total').count()).toBe(0);
    await page.close();
  });
});
