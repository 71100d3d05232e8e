// The Uitstroommonitor page in a real browser. As the werkgroep: every count in every table and CSV
// is exactly what the gateway publishes to the werkgroep for the same question ('<5' only for a
// published 1–4), the charts draw exactly those numbers and say what they leave out, the data date
// and a running period are said. As the beheerder: the true counts, equal to the second calculation.
// Filters are kept in the URL, and a refusal of the API reaches the user in Dutch.
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { referenceMonitor } from '@uitstroom/monitoring/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';
import { monitorSources, outflowSource, TARGET_GROUPS, type MonitorFigures, type OutflowAnswer } from './monitor-sources.ts';
import { expectCsvIsTable, expectPublished, gatewayAnswer, pageAs, readFigureTable, sentVariables, type Tally } from './published-counts.ts';

const records = generateDemoTrajectories(referenceParties, referenceMemberships);
const longDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

interface MonitorAnswer {
  covenant: { outflow: OutflowAnswer; current: MonitorFigures; previous: MonitorFigures };
}

const SECTIONS = ['key-figures', 'outflow', 'waiting', 'origin', 'after-home', 'facility', 'age', 'outlook'];

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Uitstroommonitor in Chromium', () => {
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

  /** Opens the monitor on `search` and returns the gateway's answer, as the page's viewer, to exactly the question the page asked. */
  async function openMonitor(page: Page, search: string, user = 'werkgroep'): Promise<{ answer: MonitorAnswer; variables: Record<string, unknown> }> {
    const variables = await sentVariables(page, 'DashboardMonitor', () => page.goto(`${dashboard.url}?pagina=monitor&${search}`));
    const answer = await gatewayAnswer<MonitorAnswer>(p, 'DashboardMonitor', variables, user);
    await page.getByTestId('monitor-key-figures-table').waitFor({ timeout: 60_000 });
    return { answer, variables };
  }

  /** Every table of the page and its CSV against the API; returns how many counts and '<5' were checked. */
  async function expectPageIsPublished(page: Page, answer: MonitorAnswer): Promise<Tally> {
    const { outflow, current, previous } = answer.covenant;
    const sources = { ...monitorSources(current, previous), outflow: outflowSource(outflow) };
    const total: Tally = { counts: 0, small: 0 };
    // Every table on the page is one of the sections checked here: no '<5' anywhere else.
    expect(await page.locator('main table').count()).toBe(SECTIONS.length);
    for (const section of SECTIONS) {
      const scope = page.getByTestId(`monitor-${section}`);
      const rows = await readFigureTable(scope.getByTestId(`monitor-${section}-table`));
      const tally = expectPublished(rows, sources[section as keyof typeof sources], section);
      await expectCsvIsTable(page, scope, rows);
      total.counts += tally.counts;
      total.small += tally.small;
    }
    return total;
  }

  it('shows the werkgroep exactly the published counts, in every table and CSV, with one legend each', async () => {
    const page = await browser.newPage();
    const { answer, variables } = await openMonitor(page, 'convenant=walcheren&periode=2026-H2');
    // The page asks for whole periods only: the grid the API publishes protected figures for.
    expect(variables).toMatchObject({ covenantId: 'walcheren', from: '2026-07-01', to: '2026-12-31', previousFrom: '2026-01-01', previousTo: '2026-06-30' });
    const tally = await expectPageIsPublished(page, answer);
    expect(tally.counts).toBeGreaterThan(80);
    // Walcheren is small: there are '<5's, or this test proves nothing.
    expect(tally.small).toBeGreaterThan(0);
    const legend = await page.getByTestId('monitor-waiting').getByTestId('table-legend').textContent();
    expect(legend).toContain('Beschermde aantallen: kleine afwijkingen voorkomen dat iemand herkenbaar is; totalen tellen daardoor niet altijd precies op.');
    await page.close();
  });

  it('says how current the figures are and that a running period is voorlopig', async () => {
    const page = await browser.newPage();
    const { answer } = await openMonitor(page, 'convenant=woonkans&periode=2026-H2');
    const { current } = answer.covenant;
    expect(current.provisional).toBe(true);
    expect(current.dataDate).not.toBeNull();
    await expect(page.getByTestId('data-date').textContent()).resolves.toBe(`Gegevens t/m ${longDate(current.dataDate ?? '')}.`);
    await expect(page.getByTestId('monitor-provisional').textContent()).resolves.toContain('voorlopig');
    const head = await page.getByTestId('monitor-key-figures-table').locator('thead th').allTextContents();
    expect(head.slice(1, 3)).toEqual(['2e halfjaar 2026 (voorlopig)', '1e halfjaar 2026']);
    // The quarter not over by the data date is marked in the outflow table too.
    const running = answer.covenant.outflow.periods.filter((period) => period.provisional).map((period) => `${period.code} (voorlopig)`);
    expect(running.length).toBeGreaterThan(0);
    const firstColumn = await page.getByTestId('monitor-outflow-table').locator('tbody th').allTextContents();
    expect(firstColumn).toEqual(expect.arrayContaining(running));

    // Closed periods are not marked.
    const closed = await browser.newPage();
    await openMonitor(closed, 'convenant=woonkans&periode=2025-H2');
    await expect(closed.getByTestId('monitor-provisional').count()).resolves.toBe(0);
    await closed.close();
    await page.close();
  });

  it('draws exactly the published cells, says how many it leaves out, and lists only groups it draws', async () => {
    const page = await browser.newPage();
    const { answer } = await openMonitor(page, 'convenant=walcheren&periode=2026-H2');
    const cells = answer.covenant.outflow.cells;
    const drawn = cells.filter((c) => (c.value.count ?? 0) > 0);
    const small = cells.filter((c) => c.value.display === '<5');
    expect(small.length).toBeGreaterThan(0);
    const chart = page.getByTestId('monitor-outflow');
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(drawn.length);
    const notes = await chart.getByTestId('chart-note').allTextContents();
    expect(notes[0]).toBe(`${small.length} ${small.length === 1 ? 'waarde' : 'waarden'} '<5' niet getekend (geen getal om te tekenen); de tabel toont ze.`);
    const labels: Record<string, string> = { BW: 'Beschermd wonen', MO: 'Maatschappelijke opvang', VO: 'Vrouwenopvang', JZ: 'Jeugdzorg met verblijf', DET: 'Detentie', GGZ: 'GGZ-behandelsetting', WLZ: 'Wlz', OVERIG: 'Overig' };
    const legend = await chart.locator('.recharts-legend-item-text').allTextContents();
    expect(legend).toEqual(TARGET_GROUPS.filter((g) => drawn.some((c) => c.targetGroup === g)).map((g) => labels[g]));
    await page.close();
  });

  it('says so in words when a chart has nothing to draw', async () => {
    const page = await browser.newPage();
    // Meppel's covenant is about home visits: no trajectories, every count published as 0.
    await openMonitor(page, 'convenant=meppel-vzw&periode=2025-H2');
    await expect(page.getByTestId('monitor-outflow').getByTestId('chart-empty').textContent()).resolves.toBe('Geen diagram: de uitstroom is overal 0.');
    await expect(page.getByTestId('monitor-waiting').getByTestId('chart-empty').count()).resolves.toBe(1);
    await expect(page.locator('main .recharts-surface').count()).resolves.toBe(0);
    await page.close();
  });

  it('keeps sub-region and target group in the URL and narrows every figure', async () => {
    const page = await browser.newPage();
    await openMonitor(page, 'convenant=woonkans&periode=2025-H2');
    const narrowed = (v: Record<string, unknown>) => v.subRegionId === 'woonkans-noord' && v.targetGroup === 'MO';
    const variables = await sentVariables(
      page,
      'DashboardMonitor',
      async () => {
        await page.getByLabel('Deelregio', { exact: true }).selectOption('woonkans-noord');
        await page.getByLabel('Doelgroep', { exact: true }).selectOption('MO');
      },
      narrowed,
    );
    const answer = await gatewayAnswer<MonitorAnswer>(p, 'DashboardMonitor', variables);
    const housed = answer.covenant.current.woonplaatsbeginsel.housed.display;
    const keyFigure = async (target: Page) => (await readFigureTable(target.getByTestId('monitor-key-figures-table'))).find((r) => r.key === 'uitstroom')?.cells[0]?.text;
    await expect.poll(() => keyFigure(page), { timeout: 30_000 }).toBe(housed);
    const url = new URL(page.url());
    expect(url.searchParams.get('deelregio')).toBe('woonkans-noord');
    expect(url.searchParams.get('doelgroep')).toBe('MO');
    await expectPageIsPublished(page, answer);

    // The shared link opens the same view.
    const again = await browser.newPage();
    await openMonitor(again, url.search.slice(1));
    await expect.poll(() => keyFigure(again), { timeout: 30_000 }).toBe(housed);
    await expect(again.getByLabel('Doelgroep', { exact: true }).inputValue()).resolves.toBe('MO');
    await again.close();
    await page.close();
  });

  it('shows the beheerder the true counts, equal to the second calculation, marked as exact', async () => {
    const page = await pageAs(session.chromium, p, 'beheerder');
    const { answer } = await openMonitor(page, 'convenant=woonkans&periode=2025-H2', 'beheerder');
    expect(answer.covenant.current.protectionApplied).toBe(false);
    const truth = referenceMonitor(records, { covenantId: 'woonkans', from: '2025-07-01', to: '2025-12-31', asOf: '2025-12-31' });
    const keyFigures = await readFigureTable(page.getByTestId('monitor-key-figures-table'));
    expect(keyFigures.find((r) => r.key === 'uitstroom')?.cells[0]?.text).toBe(String(truth.woonplaatsbeginsel.housed));
    const bands = await readFigureTable(page.getByTestId('monitor-waiting-table'));
    expect(bands.slice(0, truth.waitingTime.bands.length).map((r) => r.cells.map((c) => Number(c.text.replace(/\./g, ''))))).toEqual(truth.waitingTime.bands.map(([h, w]) => [h, w]));
    await expectPageIsPublished(page, answer);
    await expect(page.getByTestId('monitor-waiting').getByTestId('table-legend').textContent()).resolves.toMatch(/^Exacte aantallen/);
    await expect(page.getByText('<5', { exact: true }).count()).resolves.toBe(0);
    await page.close();
  });

  it('says in Dutch when the API refuses a period off the grid', async () => {
    const page = await browser.newPage();
    // A request as an old bookmark or another client might send it: half a quarter.
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { variables?: Record<string, unknown> };
      if (body.variables?.previousFrom !== undefined) body.variables.to = '2025-08-15';
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.goto(`${dashboard.url}?pagina=monitor&convenant=walcheren&periode=2025-K3`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain('cijfers bestaan alleen voor hele kwartalen, halfjaren en jaren');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('1 juli 2025 t/m 15 augustus 2025');
    expect(text).not.toMatch(/figures|exist only|none of them/);
    await page.close();
  });
});
