// The Evaluaties page in a real browser, as the werkgroep uses it: make the half-yearly evaluation
// from the calendar, see its frozen figures equal to the live monitor of that moment — every count
// in every table and CSV exactly as the API gives the evaluation, '<5' only for a published 1–4 —
// agree an action, adopt it (after which the notes are fixed but actions can still be ticked off),
// and send it round as a print view and as a PDF from the dashboard server.
import { readFile } from 'node:fs/promises';
import { evaluations } from '@uitstroom/db/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';
import { monitorSources, type MonitorFigures } from './monitor-sources.ts';
import { downloadCsv, expectCsvIsTable, expectPublished, gatewayAnswer, readFigureTable, type CellSource, type ShownCount, type Tally } from './published-counts.ts';

const LIVE_OUTFLOW = '{ covenant(id: "woonkans") { monitor(from: "2025-01-01", to: "2025-06-30") { outflowByFacility { total { display } } } } }';
const NOTES = 'Eerste halfjaar: de wachtlijst in Venlo loopt op.';
const ACTION = 'Wachtlijst Venlo bespreken in de werkgroep';
const SECTIONS = ['key-figures', 'waiting', 'origin', 'after-home', 'facility', 'age', 'outlook', 'targets'];

interface EvaluationAnswer {
  evaluation: { figures: { disclosure: string; monitor: MonitorFigures; targets: { targetId: string; progress: { realised: ShownCount } }[] } };
}

/** Figures as an evaluation made before the cell key method froze them: small-cell suppression, a hidden cell marked primary or secondary. */
function legacyFigures() {
  const hidden = (reason: 'primary' | 'secondary') => ({ count: null, display: '<5', suppressed: true, reason });
  const shown = (count: number) => ({ count, display: String(count), suppressed: false, reason: null });
  const monitor = {
    from: '2024-01-01', to: '2024-06-30', asOf: '2024-06-30', suppressionApplied: true,
    // Beschermd wonen (12) was hidden only to protect Nachtopvang (3): then it read '<5' as well.
    outflowByFacility: { rows: [{ key: 'Beschermd wonen', value: hidden('secondary') }, { key: 'Nachtopvang', value: hidden('primary') }], total: shown(15) },
    outflowByAgeCategory: { rows: [], total: shown(15) },
    woonplaatsbeginsel: { housed: shown(15), returnedToOrigin: shown(9), shareBasisPoints: 6000, perGemeente: [] },
    waitingTime: { registered: shown(20), housed: shown(15), stillWaiting: shown(5), longerThanNorm: shown(6), normDays: 183, bands: [], medianDays: 120, p75Days: null, p90Days: null },
    afterHome: { housed: shown(15), temporaryRelapseWithin6Months: shown(0), structuralRelapseWithin6Months: shown(0), temporaryRelapseWithin12Months: shown(0), structuralRelapseWithin12Months: shown(0), omklap: shown(0), omklapShareBasisPoints: null, negativeEndings: shown(0) },
    prognosis: [{ months: 3, expectedOutflow: 2, openTrajectories: shown(5) }],
    signals: { pastNorm: shown(11), relapses: shown(0), negativeEndings: shown(0) },
  };
  return { monitor, targets: [] };
}

/** Every frozen table and its CSV against the API's evaluation: counts as published, '<5' only for a published 1–4, nowhere else. */
async function expectFrozenFiguresArePublished(page: Page, answer: EvaluationAnswer, sections = SECTIONS): Promise<Tally> {
  const { monitor, targets } = answer.evaluation.figures;
  const sources: Record<string, CellSource> = {
    ...monitorSources(monitor, null),
    // The targets table: realised is its fourth figure column.
    targets: (key, column) => (column === 4 ? targets.find((t) => t.targetId === key)?.progress.realised : undefined),
  };
  const total: Tally = { counts: 0, small: 0 };
  for (const section of sections) {
    const scope = page.getByTestId(`evaluation-${section}`);
    const rows = await readFigureTable(scope.getByTestId(`evaluation-${section}-table`));
    const tally = expectPublished(rows, sources[section] as CellSource, section);
    await expectCsvIsTable(page, scope, rows);
    total.counts += tally.counts;
    total.small += tally.small;
  }
  const anywhere = await page.locator('main td').evaluateAll((cells) => cells.filter((cell) => cell.textContent?.trim() === '<5').length);
  expect(anywhere).toBe(total.small);
  return total;
}

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

    // The frozen figures are the werkgroep's monitor of the period, shown exactly as the API gives them.
    const total = page.getByTestId('evaluation-facility-table').locator('tr[data-row="totaal"] td');
    await expect(total.textContent()).resolves.toBe(await liveOutflowTotal());
    const answer = await gatewayAnswer<EvaluationAnswer>(p, 'DashboardEvaluation', { id: evaluationId });
    expect(answer.evaluation.figures.disclosure).toMatch(/^ptable-/);
    const tally = await expectFrozenFiguresArePublished(page, answer);
    expect(tally.counts).toBeGreaterThan(40);
    await expect(page.getByTestId('evaluation-disclosure').textContent()).resolves.toMatch(/^Beschermde aantallen: kleine afwijkingen/);
    await expect(page.getByTestId('data-date').textContent()).resolves.toMatch(/^Gegevens t\/m \d{1,2} \w+ 20\d\d\.$/);
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

  it('shows a print view without the app frame, with filters, protection, notes, actions and status', async () => {
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
    await expect(page.getByTestId('report-disclosure').textContent()).resolves.toMatch(/^Beschermde aantallen: kleine afwijkingen voorkomen dat iemand herkenbaar is/);
    await expect(page.getByTestId('report-status').textContent()).resolves.toBe('Vastgesteld');
    await expect(page.getByTestId('report-notes').textContent()).resolves.toBe(NOTES);
    await expect(page.getByTestId('report-actions').locator('tbody tr').first().textContent()).resolves.toContain(ACTION);
    // Every chart is drawn, among them waiting time with its norm line.
    const charts = report.locator('.app-chart');
    await expect(charts.filter({ has: page.locator('svg.recharts-surface') }).count()).resolves.toBe(await charts.count());
    await expect(page.getByTestId('waiting-chart').getByText('Norm: 6 maanden').count()).resolves.toBe(1);
    await expect(page.getByTestId('evaluation-facility-table').locator('tr[data-row="totaal"] td').textContent()).resolves.toBe(await liveOutflowTotal());
    await expectFrozenFiguresArePublished(page, await gatewayAnswer<EvaluationAnswer>(p, 'DashboardEvaluation', { id: evaluationId }));
    // On paper the buttons and CSV links are gone.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
    await expect(report.locator('.app-csv-link').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("shows an evaluation frozen under the old suppression truthfully: 'x' for a number hidden to protect another, explained", async () => {
    const [row] = await p.test.database.db
      .insert(evaluations)
      .values({ covenantId: 'woonkans', kind: 'eenmalig', periodCode: 'oud-2024', periodFrom: '2024-01-01', periodTo: '2024-06-30', dueOn: '2024-07-31', figures: legacyFigures(), frozenAt: new Date('2024-08-15T10:00:00Z'), createdBy: 'werkgroep' })
      .returning();
    const page = await browser.newPage();
    await page.goto(`${dashboard.url}?pagina=evaluaties&evaluatie=${row?.id}`);
    const facility = page.getByTestId('evaluation-facility');
    await facility.getByTestId('evaluation-facility-table').waitFor({ timeout: 60_000 });
    const answer = await gatewayAnswer<EvaluationAnswer>(p, 'DashboardEvaluation', { id: row?.id });
    expect(answer.evaluation.figures.disclosure).toBe('onderdrukking-2025');
    const tally = await expectFrozenFiguresArePublished(page, answer, SECTIONS.filter((s) => s !== 'targets'));
    expect(tally.small).toBe(1);
    const rows = await readFigureTable(facility.getByTestId('evaluation-facility-table'));
    expect(rows.map((r) => [r.name, r.cells[0]?.text])).toEqual([['Beschermd wonen', 'x'], ['Nachtopvang', '<5'], ['Totaal', '15']]);
    await expect(facility.locator('abbr', { hasText: 'x' }).getAttribute('title')).resolves.toMatch(/^geheim: een aantal van 5 of meer/);
    const legend = await facility.getByTestId('table-legend').locator('p').allTextContents();
    expect(legend).toEqual([expect.stringMatching(/^Vastgelegd met de oude methode .*'<5' is een aantal van 1 tot 4/), expect.stringMatching(/^x = geheim \(CBS\): een aantal van 5 of meer/)]);
    await expect(page.getByTestId('evaluation-disclosure').textContent()).resolves.toContain('x = geheim (CBS)');
    const csv = await downloadCsv(page, facility);
    expect(csv.lines.slice(1, 3)).toEqual([['Beschermd wonen', 'x'], ['Nachtopvang', '<5']]);
    expect(csv.lines.at(-1)?.[0]).toMatch(/^x = geheim/);
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
