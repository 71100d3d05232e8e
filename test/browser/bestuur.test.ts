// The Bestuurlijk overleg page in a real browser. As the werkgroep: on each covenant's own data date
// (the default) or a chosen month end, every target's realised count and its month-by-month table
// and CSV are exactly what the gateway publishes to the werkgroep ('<5' only for a published 1–4,
// then no projection); each covenant says how current its data are. As the beheerder: Meppel's
// visits equal the demo visits counted here. The peildatum is kept in the URL.
import { generateDemoVisits } from '@uitstroom/db/seed';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';
import { expectCsvIsTable, expectPublished, gatewayAnswer, pageAs, readFigureTable, sentVariables, shownText, type ShownCount, type Tally } from './published-counts.ts';

const MEPPEL_TARGET = 'meppel-vzw-bezoeken';
const visits = generateDemoVisits();
const longDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

interface TargetAnswer {
  id: string;
  metric: 'BEZOEKEN' | 'WONINGEN';
  covenant: { id: string; dataDate: string | null };
  progress: { asOf: string; realised: ShownCount; projection: number | null; statusLabel: string };
  history: { date: string; realised: ShownCount | null }[];
}

/** Visits from the start of 2026 up to and including `to`: the 100-a-year target counts calendar years. */
function visitsIn2026Until(to: string): number {
  return visits.filter((v) => v.visitedOn >= '2026-01-01' && v.visitedOn <= to).length;
}

/** '46 bezoeken', '<5 woningen': the card's realised count in words, from the API's ShownCount. */
function realisedWords(metric: TargetAnswer['metric'], realised: ShownCount): string {
  const units = metric === 'BEZOEKEN' ? ['bezoek', 'bezoeken'] : ['woning', 'woningen'];
  return `${shownText(realised)} ${units[realised.count === 1 ? 0 : 1]}`;
}

function card(page: Page, id: string): Locator {
  return page.locator(`[data-testid="target"][data-target-id="${id}"]`);
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

  async function openBestuur(page: Page, search: string, user = 'werkgroep') {
    const variables = await sentVariables(page, 'DashboardTargets', () => page.goto(`${dashboard.url}?pagina=bestuur${search}`));
    const { targets } = await gatewayAnswer<{ targets: TargetAnswer[] }>(p, 'DashboardTargets', variables, user);
    await page.getByTestId('target').first().waitFor({ timeout: 60_000 });
    // Ended targets are folded away: open them, so every card is read.
    for (const folded of await page.locator('details.app-covenant__ended > summary').all()) await folded.click();
    return { variables, targets };
  }

  /** Every card and month table against the API: realised in words, '<5' only for a published 1–4, the CSV the same. */
  async function expectTargetsArePublished(page: Page, targets: readonly TargetAnswer[]): Promise<Tally> {
    const tally: Tally = { counts: 0, small: 0 };
    for (const target of targets) {
      const c = card(page, target.id);
      const progress = target.progress;
      await expect(c.locator('[data-figure="gerealiseerd"] dt').textContent()).resolves.toBe(`Gerealiseerd t/m ${longDate(progress.asOf)}`);
      await expect(c.locator('[data-figure="gerealiseerd"] dd').textContent()).resolves.toBe(realisedWords(target.metric, progress.realised));
      if (progress.realised.display === '<5') tally.small += 1;
      // The projection would give a '<5' away: the API leaves it out, and the card says so.
      if (progress.projection === null) await expect(c.locator('[data-figure="prognose"] dd').textContent()).resolves.toMatch(/^niet getoond/);
      if (target.covenant.dataDate !== null) expect(progress.asOf <= target.covenant.dataDate).toBe(true);
      await c.getByText('Verloop per maand', { exact: true }).click();
      const rows = await readFigureTable(c.getByTestId('target-history-table'));
      const months = expectPublished(rows, (date, column) => (column === 1 ? (target.history.find((h) => h.date === date)?.realised ?? undefined) : undefined), target.id);
      // Months after the peildatum have no realised count.
      for (const row of rows) if (target.history.find((h) => h.date === row.key)?.realised === null) expect(row.cells[0]?.text).toBe('–');
      await expectCsvIsTable(page, c.getByTestId('target-history'), rows);
      tally.counts += months.counts + 1;
      tally.small += months.small;
    }
    // No '<5' anywhere else on the page.
    const anywhere = await page.locator('main td, main dd').evaluateAll((cells) => cells.filter((cell) => /^<5( |$)/.test(cell.textContent?.trim() ?? '')).length);
    expect(anywhere).toBe(tally.small);
    return tally;
  }

  it("shows every target as published to the werkgroep on its covenant's data date, with the data date said", async () => {
    const page = await browser.newPage();
    const { variables, targets } = await openBestuur(page, '');
    // No date asked: the API takes each covenant's own data date.
    expect(variables).toEqual({ on: null });
    await expect(page.getByLabel('Peildatum').inputValue()).resolves.toBe('');
    for (const covenant of await page.getByTestId('covenant').all()) {
      const id = await covenant.getAttribute('data-covenant-id');
      const dataDate = targets.find((t) => t.covenant.id === id)?.covenant.dataDate ?? null;
      expect(dataDate).not.toBeNull();
      await expect(covenant.getByTestId('data-date').textContent()).resolves.toBe(`Gegevens t/m ${longDate(dataDate ?? '')}.`);
    }
    const tally = await expectTargetsArePublished(page, targets);
    expect(tally.counts).toBeGreaterThan(targets.length * 6);
    await page.close();
  });

  it("shows a month end as published, '<5' and a withheld projection included", async () => {
    const page = await browser.newPage();
    const { variables, targets } = await openBestuur(page, '&peildatum=2023-09-30');
    expect(variables).toEqual({ on: '2023-09-30' });
    const tally = await expectTargetsArePublished(page, targets);
    // Walcheren's corporations let few homes in 2023: there are '<5's, or this test proves nothing.
    expect(tally.small).toBeGreaterThan(0);
    expect(targets.some((t) => t.progress.projection === null)).toBe(true);
    await page.close();
  });

  it('offers month ends as peildatum, keeps the choice in the URL, and goes back to the data date', async () => {
    const page = await browser.newPage();
    await openBestuur(page, '');
    const field = page.getByLabel('Peildatum');
    const options = await field.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    expect(options[0]).toBe('');
    // Every other option is the last day of a month.
    for (const date of options.slice(1)) expect(new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10)).toBe(date);
    const variables = await sentVariables(page, 'DashboardTargets', () => field.selectOption('2026-03-31'));
    expect(variables).toEqual({ on: '2026-03-31' });
    expect(new URL(page.url()).searchParams.get('peildatum')).toBe('2026-03-31');
    const { targets } = await gatewayAnswer<{ targets: TargetAnswer[] }>(p, 'DashboardTargets', variables);
    const meppel = targets.find((t) => t.id === MEPPEL_TARGET);
    await expect.poll(() => card(page, MEPPEL_TARGET).locator('[data-figure="gerealiseerd"] dt').textContent(), { timeout: 30_000 }).toBe('Gerealiseerd t/m 31 maart 2026');
    await expect(card(page, MEPPEL_TARGET).locator('[data-figure="gerealiseerd"] dd').textContent()).resolves.toBe(realisedWords('BEZOEKEN', meppel?.progress.realised as ShownCount));
    await expect(card(page, MEPPEL_TARGET).getByTestId('target-status-word').textContent()).resolves.toBe(meppel?.progress.statusLabel);
    await sentVariables(page, 'DashboardTargets', () => field.selectOption(''), (v) => v.on === null);
    expect(new URL(page.url()).searchParams.has('peildatum')).toBe(false);
    await page.close();
  });

  it("shows the beheerder Meppel's visits exactly, equal to the demo visits, month by month", async () => {
    const on = '2026-06-30';
    const page = await pageAs(session.chromium, p, 'beheerder');
    const { targets } = await openBestuur(page, `&peildatum=${on}`, 'beheerder');
    const meppel = targets.find((t) => t.id === MEPPEL_TARGET);
    expect(meppel?.progress.realised).toMatchObject({ count: visitsIn2026Until(on), protected: false });
    const c = card(page, MEPPEL_TARGET);
    await expect(c.locator('[data-figure="gerealiseerd"] dt').textContent()).resolves.toBe('Gerealiseerd t/m 30 juni 2026');
    await expect(c.locator('[data-figure="gerealiseerd"] dd').textContent()).resolves.toBe(`${visitsIn2026Until(on)} bezoeken`);
    await expect.poll(() => c.getByTestId('target-chart').locator('svg .recharts-area').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const rows = await readFigureTable(c.getByTestId('target-history-table'));
    expect(rows.map((row) => row.name)).toEqual(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'].map((m) => `${m} 2026`));
    const monthEnds = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30'].map((d) => `2026-${d}`);
    expect(rows.slice(0, 6).map((row) => row.cells[0]?.text)).toEqual(monthEnds.map((d) => String(visitsIn2026Until(d))));
    expect(rows.slice(6).map((row) => row.cells[0]?.text)).toEqual(Array(6).fill('–'));
    await expect(c.getByTestId('table-legend').textContent()).resolves.toMatch(/^Exacte aantallen/);
    await page.close();
  });

  it('takes the vacancy count a ratio target waits for, and then shows its status', async () => {
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=bestuur&peildatum=2023-09-30`);
    const target = card(page, 'walcheren-zeeuwland-vrijgekomen');
    await expect.poll(() => target.getByTestId('target-status-word').textContent(), { timeout: 60_000 }).toMatch(/^onbekend/);
    const field = target.getByLabel('Vrijgekomen woningen van Zeeuwland in 2022');
    await field.fill('twee');
    await target.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => target.locator('.app-vacancy-form__error').textContent(), { timeout: 10_000 }).toContain('geen geheel aantal');
    await field.fill('400');
    await target.getByRole('button', { name: 'Opslaan' }).click();
    const answer = await p.graphql<{ targets: { id: string; progress: { statusLabel: string; vacanciesPreviousYear: number } }[] }>('{ targets { id progress(on: "2023-09-30") { statusLabel vacanciesPreviousYear } } }');
    const zeeuwland = answer.body.data?.targets.find((t) => t.id === 'walcheren-zeeuwland-vrijgekomen')?.progress;
    expect(zeeuwland?.vacanciesPreviousYear).toBe(400);
    expect(zeeuwland?.statusLabel).toMatch(/^(op koers|achter|boven)$/);
    await expect.poll(() => target.getByTestId('target-status-word').textContent(), { timeout: 30_000 }).toBe(zeeuwland?.statusLabel);
    await page.close();
  });
});
