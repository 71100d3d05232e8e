// The Bestuurlijk overleg page in a real browser: Meppel's 100-visit target shows the status the
// gateway computes, and a realised count equal to the demo visits counted here independently; its
// cumulative chart has its table, month by month; the peildatum is kept in the URL.
import { generateDemoVisits } from '@uitstroom/db/seed';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

const ON = '2026-06-30';
const MEPPEL_TARGET = 'meppel-vzw-bezoeken';
const visits = generateDemoVisits();

/** Visits from the start of 2026 up to and including `to`: the 100-a-year target counts calendar years. */
function visitsIn2026Until(to: string): number {
  return visits.filter((v) => v.visitedOn >= '2026-01-01' && v.visitedOn <= to).length;
}

function tableTexts(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

function meppelCard(page: Page): Locator {
  return page.getByTestId('target').filter({ has: page.getByRole('heading', { name: /^100 huishoudens per jaar/ }) });
}

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Bestuurlijk overleg in Chromium', () => {
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

  async function gatewayProgress(on: string) {
    const answer = await p.graphql<{ targets: { id: string; progress: { realised: number; status: string | null; statusLabel: string } }[] }>(
      `{ targets { id progress(on: "${on}") { realised status statusLabel } } }`,
      {},
      await p.headersFor('werkgroep'),
    );
    expect(answer.body.errors).toBeUndefined();
    const meppel = answer.body.data?.targets.find((t) => t.id === MEPPEL_TARGET);
    if (meppel === undefined) throw new Error(`the gateway lists no target "${MEPPEL_TARGET}"`);
    return meppel.progress;
  }

  it("shows the status of Meppel's 100-visit target that matches the data", async () => {
    const progress = await gatewayProgress(ON);
    const realised = visitsIn2026Until(ON);
    expect(progress.realised).toBe(realised);
    expect(realised).toBeGreaterThan(0);

    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=bestuur&peildatum=${ON}`);
    const card = meppelCard(page);
    await expect.poll(() => card.getByTestId('target-status-word').textContent(), { timeout: 60_000 }).toBe(progress.statusLabel);
    await expect(card.locator('[data-figure="gerealiseerd"] dt').textContent()).resolves.toBe('Gerealiseerd t/m 30 juni 2026');
    await expect(card.locator('[data-figure="gerealiseerd"] dd').textContent()).resolves.toBe(`${realised} bezoeken`);
    await expect(page.getByLabel('Peildatum').inputValue()).resolves.toBe(ON);

    // The chart, folded away, has its table beside it: cumulative visits per month up to the peildatum.
    await card.getByText('Verloop per maand', { exact: true }).click();
    await expect.poll(() => card.getByTestId('target-chart').locator('svg .recharts-area').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const rows = await tableTexts(card.getByTestId('target-history-table'));
    expect(rows.map((row) => row[0])).toEqual(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].map((m) => `${m} 2026`));
    const monthEnds = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30'].map((d) => `2026-${d}`);
    expect(rows.slice(0, 6).map((row) => row[1])).toEqual(monthEnds.map((d) => String(visitsIn2026Until(d))));
    expect(rows.slice(6).map((row) => row[1])).toEqual(Array(6).fill('–'));
    await expect(card.getByRole('link', { name: /Download CSV/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('keeps a chosen peildatum in the URL and shows the progress on that date', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=bestuur&peildatum=${ON}`);
    const card = meppelCard(page);
    await expect.poll(() => card.locator('[data-figure="gerealiseerd"] dd').textContent(), { timeout: 60_000 }).toBe(`${visitsIn2026Until(ON)} bezoeken`);
    await page.getByLabel('Peildatum').fill('2026-03-31');
    await expect.poll(() => card.locator('[data-figure="gerealiseerd"] dd').textContent(), { timeout: 30_000 }).toBe(`${visitsIn2026Until('2026-03-31')} bezoeken`);
    expect(new URL(page.url()).searchParams.get('peildatum')).toBe('2026-03-31');
    const progress = await gatewayProgress('2026-03-31');
    await expect(card.getByTestId('target-status-word').textContent()).resolves.toBe(progress.statusLabel);
    await page.close();
  });

  it('takes the vacancy count a ratio target waits for, and then shows its status', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=bestuur&peildatum=2023-09-30`);
    const card = page.locator('[data-testid="target"][data-target-id="walcheren-zeeuwland-vrijgekomen"]');
    await expect.poll(() => card.getByTestId('target-status-word').textContent(), { timeout: 60_000 }).toMatch(/^onbekend/);
    const field = card.getByLabel('Vrijgekomen woningen van Zeeuwland in 2022');
    await field.fill('twee');
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => card.locator('.app-vacancy-form__error').textContent(), { timeout: 10_000 }).toContain('geen geheel aantal');
    await field.fill('400');
    await card.getByRole('button', { name: 'Opslaan' }).click();
    const answer = await p.graphql<{ targets: { id: string; progress: { statusLabel: string; vacanciesPreviousYear: number } }[] }>('{ targets { id progress(on: "2023-09-30") { statusLabel vacanciesPreviousYear } } }');
    const zeeuwland = answer.body.data?.targets.find((t) => t.id === 'walcheren-zeeuwland-vrijgekomen')?.progress;
    expect(zeeuwland?.vacanciesPreviousYear).toBe(400);
    expect(zeeuwland?.statusLabel).toMatch(/^(op koers|achter|boven)$/);
    await expect.poll(() => card.getByTestId('target-status-word').textContent(), { timeout: 30_000 }).toBe(zeeuwland?.statusLabel);
    await page.close();
  });
});
