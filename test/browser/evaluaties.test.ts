// The Evaluaties page in a real browser, as the werkgroep uses it: make the half-yearly evaluation
// from the calendar, see its frozen figures equal to the live monitor of that moment, agree an
// action, adopt it (after which the notes are fixed but actions can still be ticked off), and
// send it round as a print view and as a PDF from the dashboard server.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

const LIVE_OUTFLOW = '{ covenant(id: "woonkans") { monitor(from: "2025-01-01", to: "2025-06-30") { outflowByFacility { total { display } } } } }';
const NOTES = 'Eerste halfjaar: de wachtlijst in Venlo loopt op.';
const ACTION = 'Wachtlijst Venlo bespreken in de werkgroep';

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Evaluaties in Chromium', () => {
  let session: BrowserSession;
  let p: BrowserSession['p'];
  let dashboard: BrowserSession['dashboard'];
  let browser: BrowserSession['browser'];
  /** The evaluation the first test makes; the later tests print it. */
  let evaluationId = '';

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ p, dashboard, browser } = session);
  });
  afterAll(() => session?.close());

  async function liveOutflowTotal(): Promise<string> {
    const live = await p.graphql<{ covenant: { monitor: { outflowByFacility: { total: { display: string } } } } }>(LIVE_OUTFLOW, {}, await p.headersFor('werkgroep'));
    expect(live.body.errors).toBeUndefined();
    return live.body.data?.covenant.monitor.outflowByFacility.total.display ?? '';
  }

  async function createFromCalendar(page: Page) {
    await page.goto(`${dashboard.url}?pagina=evaluaties&convenant=woonkans`);
    const moment = page.getByTestId('evaluation-calendar').locator('tr[data-row="HALFJAAR:2025-H1"]');
    await moment.waitFor({ timeout: 60_000 });
    // Due at the end of July 2025 and not made yet: late, in words.
    await expect(moment.getByTestId('moment-state').textContent()).resolves.toBe('Te laat');
    await moment.getByRole('button', { name: 'Evaluatie maken voor halfjaarlijkse monitor 1e halfjaar 2025' }).click();
    const form = page.locator('form.app-create-evaluation');
    await form.getByLabel('Notities (niet verplicht)').fill(NOTES);
    await form.getByRole('button', { name: 'Evaluatie maken' }).click();
    await page.getByTestId('evaluation-status').waitFor({ timeout: 60_000 });
  }

  it('makes the 2025-H1 evaluation from the calendar, agrees an action and adopts it', async () => {
    const page = await browser.newPage();
    await createFromCalendar(page);
    evaluationId = new URL(page.url()).searchParams.get('evaluatie') ?? '';
    expect(evaluationId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Halfjaarlijkse monitor 1e halfjaar 2025 — .*Woonkans/);
    await expect(page.getByTestId('evaluation-status').textContent()).resolves.toBe('Concept');
    await expect(page.getByTestId('evaluation-frozen-at').textContent()).resolves.toMatch(/vastgelegd op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);

    // The frozen figures are the werkgroep's monitor of the period.
    const total = page.getByTestId('evaluation-facility-table').locator('tr[data-row="totaal"] td');
    await expect(total.textContent()).resolves.toBe(await liveOutflowTotal());
    await expect(page.getByLabel('Kwalitatieve toelichting en bespreekpunten').inputValue()).resolves.toBe(NOTES);

    const actions = page.getByTestId('evaluation-actions');
    await actions.getByLabel('Omschrijving').fill(ACTION);
    await actions.getByLabel('Eigenaar (partij of rol)').fill('Gemeente Venlo');
    await actions.getByLabel('Uiterlijk').fill('2026-12-31');
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect.poll(() => actions.getByTestId('evaluation-actions-table').locator('tbody th').allTextContents(), { timeout: 30_000 }).toEqual([ACTION]);

    await page.getByRole('button', { name: 'Vaststellen' }).click();
    await page.getByRole('button', { name: 'Ja, vaststellen' }).click();
    await expect.poll(() => page.getByTestId('evaluation-status').textContent(), { timeout: 30_000 }).toBe('Vastgesteld');
    // Adopted: notes and figures are fixed…
    await expect(page.getByLabel('Kwalitatieve toelichting en bespreekpunten').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Notities opslaan' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Cijfers opnieuw vastleggen' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('evaluation-notes').textContent()).resolves.toContain('de notities kunnen niet meer worden gewijzigd');
    // …but actions are still followed up.
    await actions.getByRole('checkbox', { name: new RegExp(ACTION) }).check();
    await expect.poll(() => actions.getByTestId('evaluation-actions-table').locator('tbody td').nth(2).textContent(), { timeout: 30_000 }).toContain('Gedaan');

    // Back on the calendar the moment is adopted and the evaluation is listed.
    await page.getByRole('link', { name: /Alle evaluaties/ }).click();
    const moment = page.getByTestId('evaluation-calendar').locator('tr[data-row="HALFJAAR:2025-H1"]');
    await expect.poll(() => moment.getByTestId('moment-state').textContent(), { timeout: 30_000 }).toBe('Vastgesteld');
    await expect(page.getByTestId('evaluation-list').locator(`tr[data-row="${evaluationId}"]`).textContent()).resolves.toContain('Vastgesteld');
    await page.close();
  });

  it('shows a print view without the app frame, with filters, suppression, notes, actions and status', async () => {
    expect(evaluationId).not.toBe('');
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=evaluaties&evaluatie=${evaluationId}&afdruk=1`);
    const report = page.locator('[data-testid="evaluation-report"][data-state="ready"]');
    await report.waitFor({ timeout: 60_000 });
    await expect(page.locator('.utrecht-page-header').isVisible()).resolves.toBe(false);
    await expect(report.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Halfjaarlijkse monitor 1e halfjaar 2025');
    const filters = await page.getByTestId('report-filters').textContent();
    expect(filters).toContain('Woonkans');
    expect(filters).toContain('hele convenant');
    expect(filters).toContain('1e halfjaar 2025 (1 januari 2025 t/m 30 juni 2025)');
    await expect(page.getByTestId('report-suppression').textContent()).resolves.toMatch(/^Kleine aantallen verborgen \(<5\)/);
    await expect(page.getByTestId('report-status').textContent()).resolves.toBe('Vastgesteld');
    await expect(page.getByTestId('report-notes').textContent()).resolves.toBe(NOTES);
    await expect(page.getByTestId('report-actions').locator('tbody tr').first().textContent()).resolves.toContain(ACTION);
    // Every chart is drawn, among them waiting time with its norm line.
    const charts = report.locator('.app-chart');
    await expect(charts.filter({ has: page.locator('svg.recharts-surface') }).count()).resolves.toBe(await charts.count());
    await expect(page.getByTestId('waiting-chart').getByText('Norm: 6 maanden').count()).resolves.toBe(1);
    await expect(page.getByTestId('evaluation-facility-table').locator('tr[data-row="totaal"] td').textContent()).resolves.toBe(await liveOutflowTotal());
    // On paper the buttons and CSV links are gone.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
    await expect(report.locator('.app-csv-link').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('serves the report as a PDF, and says why when it cannot', async () => {
    // As a user gets it: the button sends the bearer token and saves what the server printed.
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=evaluaties&evaluatie=${evaluationId}`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('halfjaarlijkse-monitor_woonkans_2025-h1.pdf');
    const pdf = await readFile((await download.path()) as string);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();

    const url = (id: string) => `${dashboard.url}rapport.pdf?evaluatie=${id}`;
    const signedOut = await fetch(url(evaluationId));
    expect(signedOut.status).toBe(401);
    await expect(signedOut.text()).resolves.toContain('Meld u aan');
    const unknown = await fetch(url('00000000-0000-4000-8000-000000000000'), { headers: await p.headersFor('werkgroep') });
    expect(unknown.status).toBe(404);
    await expect(unknown.text()).resolves.toContain('bestaat niet');
    const invalid = await fetch(url('nope'));
    expect(invalid.status).toBe(400);
  });
});
