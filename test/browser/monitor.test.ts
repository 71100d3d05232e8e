// The Uitstroommonitor page in a real browser, as the werkgroep sees it: figures equal to the
// second calculation (shown ones exact, small ones '<5'), filters kept in the URL, and a CSV
// download that holds exactly the table on screen.
import { readFile } from 'node:fs/promises';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { referenceMonitor, type ReferenceScope } from '@uitstroom/monitoring/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

const records = generateDemoTrajectories(referenceParties, referenceMemberships);
const H2_2025 = { covenantId: 'woonkans', from: '2025-07-01', to: '2025-12-31', asOf: '2025-12-31' };
const H1_2025 = { ...H2_2025, from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30' };

/** Every row of a table as the texts of its cells. */
function tableTexts(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

/** A shown count equals the truth; a hidden one is '<5' (small itself, or hidden to protect another). */
function expectShown(text: string | undefined, truth: number | undefined) {
  if (text === '<5') return;
  expect(Number(text?.replace(/\./g, '')), `shown ${text}, truth ${truth}`).toBe(truth);
  if (truth !== 0) expect(truth).toBeGreaterThanOrEqual(5);
}

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Uitstroommonitor in Chromium', () => {
  let session: BrowserSession;
  let dashboard: BrowserSession['dashboard'];
  let browser: BrowserSession['browser'];

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ dashboard, browser } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function keyFigure(page: Page, label: string): Promise<string[]> {
    const rows = await tableTexts(page, 'monitor-key-figures-table');
    return rows.find((row) => row[0] === label) ?? [];
  }

  async function waitForOutflow(page: Page, scope: ReferenceScope) {
    const expected = String(referenceMonitor(records, scope).woonplaatsbeginsel.housed);
    await expect.poll(async () => (await keyFigure(page, 'Uitstroom naar een woning'))[1]?.replace(/\./g, ''), { timeout: 60_000 }).toBe(expected);
  }

  it('compares the half-year with the previous one, equal to the second calculation', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=monitor&convenant=woonkans&periode=2025-H2`);
    await waitForOutflow(page, H2_2025);
    const now = referenceMonitor(records, H2_2025);
    const before = referenceMonitor(records, H1_2025);

    const outflow = await keyFigure(page, 'Uitstroom naar een woning');
    expect(outflow.slice(1)).toEqual([String(now.woonplaatsbeginsel.housed), String(before.woonplaatsbeginsel.housed), expect.any(String)]);
    const difference = now.woonplaatsbeginsel.housed - before.woonplaatsbeginsel.housed;
    expect(outflow[3]).toBe(difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '0');
    const median = await keyFigure(page, 'Mediane wachttijd (dagen)');
    expect(median[1]).toBe(now.waitingTime.medianDays === null ? '–' : String(now.waitingTime.medianDays));

    const bands = await tableTexts(page, 'monitor-waiting-table');
    now.waitingTime.bands.forEach(([housed, waiting], i) => {
      expectShown(bands[i]?.[1], housed);
      expectShown(bands[i]?.[2], waiting);
    });
    const origin = await tableTexts(page, 'monitor-origin-table');
    expectShown(origin.at(-1)?.[2], now.woonplaatsbeginsel.returned);
    // The norm line is drawn on the waiting-time chart.
    await expect(page.getByTestId('waiting-chart').getByText('Norm: 6 maanden').count()).resolves.toBe(1);
    await page.close();
  });

  it('keeps sub-region and target group in the URL and narrows every figure', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=monitor&convenant=woonkans&periode=2025-H2`);
    await waitForOutflow(page, H2_2025);
    await page.getByLabel('Deelregio', { exact: true }).selectOption('woonkans-noord');
    await page.getByLabel('Doelgroep', { exact: true }).selectOption('MO');
    const scope = { ...H2_2025, subRegionId: 'woonkans-noord', targetGroup: 'MO' as const };
    await waitForOutflow(page, scope);
    const url = new URL(page.url());
    expect(url.searchParams.get('deelregio')).toBe('woonkans-noord');
    expect(url.searchParams.get('doelgroep')).toBe('MO');

    // The shared link opens the same view.
    const again = await browser.newPage();
    await again.goto(page.url());
    await waitForOutflow(again, scope);
    await expect(again.getByLabel('Doelgroep', { exact: true }).inputValue()).resolves.toBe('MO');
    await again.close();
    await page.close();
  });

  it('downloads a CSV that holds exactly the table on screen', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=monitor&convenant=walcheren&periode=2025-H2`);
    await waitForOutflow(page, { ...H2_2025, covenantId: 'walcheren' });
    const section = page.getByTestId('monitor-waiting');
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('uitstroommonitor_walcheren_2025-h2_wachttijd.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(';'));
    expect(lines[0]).toEqual(['Wachttijd', 'Gehuisvest', 'Nog wachtend']);
    const onScreen = await tableTexts(page, 'monitor-waiting-table');
    expect(lines.slice(1)).toEqual(onScreen.map((row) => row.map((cell) => cell.replace(/\./g, ''))));
    // Walcheren is small: something is hidden, and the CSV hides it the same way.
    expect(lines.flat()).toContain('<5');
    await page.close();
  });
});
