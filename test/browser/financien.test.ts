// The Financiën page in a real browser, as the werkgroep sees it. The cost split per party equals the
// gateway's costYear, with totals equal to the agreements' totals; the visits equal the demo visits
// counted here; the year is kept in the URL. The Garantiefonds' balance — today and on every day of
// its history — equals its ledger added up here, what is reserved equals the approvals not yet paid
// out, the threshold line is the covenant's; the open round's payers and the claims are the API's,
// without case codes. Every CSV download holds exactly the table on screen.
import { readFile } from 'node:fs/promises';
import { generateDemoVisits } from '@uitstroom/db/seed';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

const FUND = 'woonkans-garantiefonds';
let WERKGROEP: Record<string, string> = {};
/** Art. 7.6 of the Woonkans covenant: below €25,000 every party contributes again. */
const COVENANT_THRESHOLD_CENTS = 2_500_000;
const STATUS_WORDS: Record<string, string> = { INGEDIEND: 'Ingediend', BESPROKEN: 'Besproken', GOEDGEKEURD: 'Goedgekeurd', AFGEWEZEN: 'Afgewezen', UITBETAALD: 'Uitbetaald' };
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const currentYear = Number(today.slice(0, 4));
const visits = generateDemoVisits();
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const sum = (amounts: readonly number[]) => amounts.reduce((total, a) => total + a, 0);
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

const AMOUNT = /^€\u00a0(-?)([\d.]+),(\d\d)$/;

/** '€ 1.234,56' → 123456; anything else fails the test. */
function cents(text: string | undefined): number {
  const match = AMOUNT.exec(text ?? '');
  if (match === null) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const value = Number((match[2] ?? '').replace(/\./g, '')) * 100 + Number(match[3]);
  return match[1] === '-' ? -value : value;
}

interface Row {
  key: string;
  cells: string[];
}

function tableRows(table: Locator): Promise<Row[]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({ key: row.getAttribute('data-row') ?? '', cells: [...row.children].map((cell) => cell.textContent?.trim() ?? '') })));
}

function tableHead(table: Locator): Promise<string[]> {
  return table.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
}

/** Downloads the CSV behind the Download CSV link inside `scope`: file name and fields per line. */
async function downloadCsv(page: Page, scope: Locator): Promise<{ name: string; lines: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('link', { name: /Download CSV/ }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: download.suggestedFilename(), lines: text.slice(1).trimEnd().split('\r\n').map((line) => line.split(';')) };
}

/** What the CSV holds for a cell on screen: amounts plain with a decimal comma, everything else as shown. */
function csvOf(cell: string): string {
  return AMOUNT.test(cell) ? cell.replace(/^€\u00a0/, '').replace(/\./g, '') : cell;
}

function visitsIn(year: number): number {
  return visits.filter((v) => v.visitedOn.startsWith(`${year}-`)).length;
}

interface CostTruth {
  costAgreements: { id: string; hoursPerUnit: number | null }[];
  costYear: {
    visits: number;
    parties: { party: { id: string; name: string }; budgetCents: number; actualCents: number }[];
    agreements: { agreement: { id: string }; budgetCents: number | null; actualCents: number | null }[];
  };
}

interface FundTruth {
  topUpThresholdCents: number;
  ledger: { on: string; kind: 'BIJDRAGE' | 'TOEKENNING' | 'UITBETALING' | 'TERUGBETALING'; cents: number; claim: { id: string } | null }[];
  claims: { id: string; status: string; caseCode: string | null; claimant: { name: string }; submittedOn: string; claimedCents: number; approvedCents: number | null }[];
  rounds: { id: string; number: number; parts: { party: { id: string; name: string }; owedCents: number; paidOn: string | null }[] }[];
}

/** The balance on a day from the ledger: contributions in, payouts and refunds out, approvals move nothing. */
function ledgerBalance(ledger: FundTruth['ledger'], on: string): number {
  const sign = { BIJDRAGE: 1, TOEKENNING: 0, UITBETALING: -1, TERUGBETALING: -1 } as const;
  return sum(ledger.filter((e) => e.on <= on).map((e) => sign[e.kind] * e.cents));
}

/** Approvals whose claim has no payout yet. */
function ledgerReserved(ledger: FundTruth['ledger']): number {
  const paid = new Set(ledger.filter((e) => e.kind === 'UITBETALING').map((e) => e.claim?.id));
  return sum(ledger.filter((e) => e.kind === 'TOEKENNING' && !paid.has(e.claim?.id)).map((e) => e.cents));
}

warnWhenNoChromium();

describe.skipIf(!hasChromium)('Financiën in Chromium', () => {
  let session: BrowserSession;
  let p: BrowserSession['p'];
  let dashboard: BrowserSession['dashboard'];
  let browser: BrowserSession['browser'];

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ p, dashboard, browser } = session);
    WERKGROEP = await p.headersFor('werkgroep');
  });
  afterAll(async () => {
    await session?.close();
  });

  async function costTruth(year: number): Promise<CostTruth['costYear'] & { hoursPerUnit: number }> {
    const answer = await p.graphql<{ covenant: CostTruth }>(
      `query ($year: Int!) { covenant(id: "meppel-vzw") { costAgreements { id hoursPerUnit } costYear(year: $year) {
        visits parties { party { id name } budgetCents actualCents } agreements { agreement { id } budgetCents actualCents } } } }`,
      { year },
      WERKGROEP,
    );
    expect(answer.body.errors).toBeUndefined();
    const covenant = answer.body.data?.covenant;
    if (covenant === undefined) throw new Error('no costYear for meppel-vzw');
    const hoursPerUnit = covenant.costAgreements.find((a) => a.id === 'meppel-vzw-uitvoering')?.hoursPerUnit ?? 0;
    return { ...covenant.costYear, hoursPerUnit };
  }

  async function fundTruth(): Promise<FundTruth> {
    const answer = await p.graphql<{ fund: FundTruth }>(
      `{ fund(id: "${FUND}") { topUpThresholdCents ledger { on kind cents claim { id } }
        claims { id status caseCode claimant { name } submittedOn claimedCents approvedCents }
        rounds(openOnly: true) { id number parts { party { id name } owedCents paidOn } } } }`,
      {},
      WERKGROEP,
    );
    expect(answer.body.errors).toBeUndefined();
    const fund = answer.body.data?.fund;
    if (fund === undefined) throw new Error(`no fund ${FUND}`);
    return fund;
  }

  async function openPage(url = `${dashboard.url}?pagina=financien`): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('cost-parties-table').waitFor({ timeout: 60_000 });
    await page.getByTestId('fund-key-figures-table').waitFor({ timeout: 60_000 });
    return page;
  }

  /** The per-party table and the 'Uitvoering' row equal the gateway's costYear, totals and visits computed here. */
  async function expectCostYear(page: Page, year: number) {
    const truth = await costTruth(year);
    const table = page.getByTestId('cost-parties-table');
    const expected = truth.parties.map((p) => ({ id: p.party.id, name: p.party.name, budget: p.budgetCents, actual: p.actualCents }));
    const shown = async () => (await tableRows(table)).filter((r) => r.key !== 'totaal').map((r) => ({ id: r.key, name: r.cells[0], budget: cents(r.cells[1]), actual: cents(r.cells[2]) }));
    await expect.poll(shown, { timeout: 30_000 }).toEqual(expected);
    const total = (await tableRows(table)).at(-1)?.cells ?? [];
    expect(total[0]).toBe('Totaal');
    expect(cents(total[1])).toBe(sum(truth.parties.map((p) => p.budgetCents)));
    expect(cents(total[2])).toBe(sum(truth.parties.map((p) => p.actualCents)));
    // Every split sums exactly to its total: the parties add up to the agreements.
    expect(cents(total[1])).toBe(sum(truth.agreements.map((a) => a.budgetCents ?? 0)));
    expect(cents(total[2])).toBe(sum(truth.agreements.map((a) => a.actualCents ?? 0)));

    const execution = (await tableRows(page.getByTestId('cost-agreements-table'))).find((r) => r.key === 'meppel-vzw-uitvoering')?.cells ?? [];
    expect(execution[3]).toBe(String(visitsIn(year)));
    expect(cents(execution[4])).toBe(visitsIn(year) * truth.hoursPerUnit * cents(execution[1]));
  }

  it("shows each party's budget and actual for the current year, equal to costYear, with the rule explained", async () => {
    const page = await openPage();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Financiën');
    await expect(page.getByRole('heading', { level: 2, name: 'Kostenverdeling VoorzieningenWijzer' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Jaar').inputValue()).resolves.toBe(String(currentYear));
    await expectCostYear(page, currentYear);
    await expect(page.getByTestId('cost-split').getByText(/eigen huurders/).textContent()).resolves.toMatch(/50% .*eigen huurders.*grootste resten/);
    await expect(page.getByTestId('cost-chart').locator('svg .recharts-bar').count()).resolves.toBe(2);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Financiën' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.close();
  });

  it('keeps another year in the URL and shows its figures', async () => {
    // Otherwise the figures could stay put and still pass.
    expect((await costTruth(2025)).parties).not.toEqual((await costTruth(currentYear)).parties);
    const page = await openPage();
    await page.getByLabel('Jaar').selectOption('2025');
    await expectCostYear(page, 2025);
    expect(new URL(page.url()).searchParams.get('jaar')).toBe('2025');
    expect(new URL(page.url()).searchParams.get('pagina')).toBe('financien');

    // The shared link opens the same year.
    const again = await openPage(page.url());
    await expect(again.getByLabel('Jaar').inputValue()).resolves.toBe('2025');
    await expectCostYear(again, 2025);
    await again.close();
    await page.close();
  });

  it('shows the Garantiefonds balance that its ledger adds up to, today and on every day of its history', async () => {
    const truth = await fundTruth();
    expect(truth.topUpThresholdCents).toBe(COVENANT_THRESHOLD_CENTS);
    const balance = ledgerBalance(truth.ledger, today);
    const reserved = ledgerReserved(truth.ledger);
    const page = await openPage();
    const key = Object.fromEntries((await tableRows(page.getByTestId('fund-key-figures-table'))).map((r) => [r.key, r.cells[1]]));
    expect(cents(key.saldo)).toBe(balance);
    expect(cents(key.gereserveerd)).toBe(reserved);
    expect(cents(key.beschikbaar)).toBe(balance - reserved);
    expect(cents(key.drempel)).toBe(COVENANT_THRESHOLD_CENTS);
    expect(key['onder-drempel']).toBe(balance < COVENANT_THRESHOLD_CENTS ? 'ja: aanvulling nodig' : 'nee');

    const history = await tableRows(page.getByTestId('fund-balance-table'));
    expect(history.length).toBeGreaterThan(10);
    expect(history.at(-1)?.key).toBe(today);
    for (const row of history) expect(cents(row.cells[1]), `balance on ${row.key}`).toBe(ledgerBalance(truth.ledger, row.key));
    // The demo's payouts took it below the threshold at some point.
    expect(history.some((row) => row.cells[4] === 'ja')).toBe(true);

    const chart = page.getByTestId('balance-chart');
    await expect(chart.getByText(`Drempel ${euro(COVENANT_THRESHOLD_CENTS)}`, { exact: true }).count()).resolves.toBe(1);
    await expect(chart.locator('svg .recharts-line-curve').count()).resolves.toBe(1);
    await page.close();
  });

  it("lists the open round's paid and unpaid parties as the API has them", async () => {
    const truth = await fundTruth();
    expect(truth.rounds.length).toBeGreaterThan(0);
    const page = await openPage();
    for (const round of truth.rounds) {
      const paid = round.parts.filter((part) => part.paidOn !== null);
      expect(paid.length, 'some parties have paid').toBeGreaterThan(0);
      expect(paid.length, 'some parties have not').toBeLessThan(round.parts.length);
      const rows = await tableRows(page.locator(`[data-testid="fund-round"][data-round-number="${round.number}"]`).getByTestId('fund-round-table'));
      const shown = Object.fromEntries(rows.filter((r) => r.key !== 'totaal').map((r) => [r.key, { name: r.cells[0], owed: cents(r.cells[1]), payment: r.cells[2] }]));
      const expected = Object.fromEntries(
        round.parts.map((part) => [part.party.id, { name: part.party.name, owed: part.owedCents, payment: part.paidOn === null ? 'Nog niet betaald' : `Betaald op ${longDate.format(new Date(`${part.paidOn}T00:00:00Z`))}` }]),
      );
      expect(shown).toEqual(expected);
      expect(cents(rows.at(-1)?.cells[1])).toBe(sum(round.parts.map((part) => part.owedCents)));
      expect(rows.at(-1)?.cells[2]).toBe(`${paid.length} van ${round.parts.length} betaald: ${euro(sum(paid.map((part) => part.owedCents)))}`);
    }
    await page.close();
  });

  it('lists the claims as the API has them, without case codes, and sums them per status', async () => {
    const truth = await fundTruth();
    expect(truth.claims.every((claim) => claim.caseCode === null)).toBe(true);
    expect(new Set(truth.claims.map((c) => c.status))).toEqual(new Set(Object.keys(STATUS_WORDS)));
    const page = await openPage();
    const rows = await tableRows(page.getByTestId('fund-claims-table'));
    expect(rows.map((r) => r.key)).toEqual(truth.claims.map((c) => c.id));
    for (const [i, claim] of truth.claims.entries()) {
      const cells = rows[i]?.cells ?? [];
      expect(cells.slice(0, 3)).toEqual([STATUS_WORDS[claim.status], longDate.format(new Date(`${claim.submittedOn}T00:00:00Z`)), claim.claimant.name]);
      expect(cents(cells[3])).toBe(claim.claimedCents);
      expect(claim.approvedCents === null ? cells[4] : cents(cells[4])).toBe(claim.approvedCents ?? '–');
    }
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/DEMO-/);

    // Every claimed cent is in the summary once: its total is the claims' total.
    const summary = await tableRows(page.getByTestId('fund-claim-summary-table'));
    expect(cents(summary.at(-1)?.cells[3])).toBe(sum(truth.claims.map((c) => c.claimedCents)));
    await expect(page.getByTestId('claim-chart').locator('svg .recharts-bar').count()).resolves.toBeGreaterThan(1);
    await page.close();
  });

  it('downloads CSVs that hold exactly the tables on screen', async () => {
    const page = await openPage();
    const cases = [
      { section: page.getByTestId('cost-parties'), table: 'cost-parties-table', file: `kostenverdeling_meppel-vzw_${currentYear}_per-partij.csv` },
      { section: page.getByTestId('fund-balance'), table: 'fund-balance-table', file: `garantiefonds_${FUND}_${today}_saldo-in-de-tijd.csv` },
      { section: page.getByTestId('fund-round').first(), table: 'fund-round-table', file: /^garantiefonds_woonkans-garantiefonds_.*_ronde-\d+\.csv$/ },
    ];
    for (const { section, table, file } of cases) {
      const { name, lines } = await downloadCsv(page, section);
      expect(name).toMatch(file);
      expect(lines[0]).toEqual(await tableHead(section.getByTestId(table)));
      const onScreen = await tableRows(section.getByTestId(table));
      expect(lines.slice(1)).toEqual(onScreen.map((row) => row.cells.map(csvOf)));
    }
    await page.close();
  });
});
