// What the browser tests need to hold a page against the gateway's answer for the same viewer: the
// dashboard's own operations (by name, from its manifest), the variables a page sent, the page's
// tables and CSV downloads read back, and the check that every cell showing a count shows exactly
// what the API published — '<5' only where the API's ShownCount is a published 1–4.
import { readFile } from 'node:fs/promises';
import manifest from '@uitstroom/dashboard/persisted-documents.json' with { type: 'json' };
import { SESSION_KEY } from '@uitstroom/dashboard/session';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestPlatform } from '../support/platform.ts';

export interface ShownCount {
  count: number | null;
  display: string;
  suppressed: boolean;
  protected: boolean;
}

/** The text of one of the dashboard's persisted operations, found by its operation name. */
export function operationText(name: string): string {
  const text = Object.values(manifest as Record<string, string>).find((t) => new RegExp(`^\\s*(?:query|mutation)\\s+${name}\\b`).test(t));
  if (text === undefined) throw new Error(`no operation ${name} in dashboard/persisted-documents.json`);
  return text;
}

const documentIdOf = (name: string) => Object.entries(manifest as Record<string, string>).find(([, text]) => text === operationText(name))?.[0];

type Variables = Record<string, unknown>;

/**
 * Waits for the page to send operation `name` (by its persisted id) with variables `accept` takes,
 * while `action` runs, and returns those variables.
 */
export async function sentVariables(page: Page, name: string, action: () => Promise<unknown>, accept: (variables: Variables) => boolean = () => true): Promise<Variables> {
  const id = documentIdOf(name);
  const variablesOf = (postData: string | null) => (JSON.parse(postData ?? '{}') as { documentId?: string; variables?: Variables });
  const sent = page.waitForRequest((r) => {
    if (!r.url().endsWith('/graphql')) return false;
    const body = variablesOf(r.postData());
    return body.documentId === id && accept(body.variables ?? {});
  }, { timeout: 60_000 });
  const [request] = await Promise.all([sent, action()]);
  return variablesOf(request.postData()).variables ?? {};
}

/** The gateway's answer to one of the dashboard's operations, asked as `user` (the page's viewer). */
export async function gatewayAnswer<T>(p: TestPlatform, name: string, variables: Record<string, unknown>, user = 'werkgroep'): Promise<T> {
  const answer = await p.graphql<T>(operationText(name), variables, await p.headersFor(user));
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  if (answer.body.data === undefined) throw new Error(`no data for ${name}`);
  return answer.body.data;
}

/** A page of Chromium signed in as another demo user than the session's werkgroep. */
export async function pageAs(chromium: Browser, p: TestPlatform, user: string): Promise<Page> {
  const token = (await p.headersFor(user)).authorization?.replace(/^Bearer /, '') ?? '';
  const page = await chromium.newPage();
  await page.addInitScript(`sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify({ token, user: { id: user, label: user } }))});`);
  return page;
}

export interface PageCell {
  /** data-column of a FigureTable cell (1 = first figure column). */
  column: number;
  text: string;
}

export interface PageRow {
  /** data-row: the row's key (a band, a gemeente id, a period code, 'totaal'). */
  key: string;
  name: string;
  cells: PageCell[];
}

/** Every body row of a FigureTable as its key, its name and its figure cells. */
export function readFigureTable(table: Locator): Promise<PageRow[]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      key: row.getAttribute('data-row') ?? '',
      name: row.querySelector('th')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('td')].map((td) => ({ column: Number(td.getAttribute('data-column')), text: td.textContent?.trim() ?? '' })),
    })),
  );
}

/** A count as the page writes it: the number in Dutch notation, or the API's display ('<5'). */
export function shownText(value: ShownCount): string {
  return value.count === null ? value.display : new Intl.NumberFormat('nl-NL').format(value.count);
}

/** Where each figure cell of a table comes from in the API's answer; undefined for a cell that is no count. */
export type CellSource = (rowKey: string, column: number) => ShownCount | null | undefined;

export interface Tally {
  /** Cells checked against a ShownCount. */
  counts: number;
  /** Of them, shown as '<5'. */
  small: number;
}

/**
 * Every cell that shows a count shows exactly the API's ShownCount: its number, or '<5' exactly
 * when the API published a 1–4 (suppressed, display '<5'); a total the API does not publish (null)
 * shows '—'. A cell that is no count never shows '<5'.
 */
export function expectPublished(rows: readonly PageRow[], source: CellSource, label: string): Tally {
  const tally: Tally = { counts: 0, small: 0 };
  for (const row of rows) {
    for (const cell of row.cells) {
      const where = `${label}, row ${row.key || row.name}, column ${cell.column}`;
      const value = source(row.key, cell.column);
      if (value === undefined) {
        expect(cell.text, where).not.toBe('<5');
        continue;
      }
      if (value === null) {
        expect(cell.text, where).toBe('—');
        continue;
      }
      tally.counts += 1;
      expect(cell.text, where).toBe(shownText(value));
      if (cell.text === '<5') {
        tally.small += 1;
        expect(value, where).toMatchObject({ suppressed: true, count: null, display: '<5' });
      }
    }
  }
  return tally;
}

/** The fields of one CSV line: semicolons, with double quotes around fields that hold one. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] ?? '';
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  return [...fields, field];
}

/** Downloads the CSV behind the Download CSV link inside `scope`: its file name and fields per line. */
export async function downloadCsv(page: Page, scope: Locator): Promise<{ name: string; lines: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('link', { name: /Download CSV/ }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: download.suggestedFilename(), lines: text.slice(1).trimEnd().split('\r\n').map(csvFields) };
}

/**
 * A CSV field against the cell on screen. Counts, '<5', 'x', '—' and words are the same text
 * (numbers without thousands separators, '–' empty); shares and differences are plain numbers with
 * a decimal comma, with up to two decimals where the screen rounds to one.
 */
export function expectCsvField(screen: string, csv: string | undefined, where: string): void {
  if (screen === '–') return void expect(csv, where).toBe('');
  const number = /^([+−-]?)([\d.]+)(,\d+)?(%| procentpunt)?$/.exec(screen);
  if (number === null) return void expect(csv, where).toBe(screen);
  const value = Number(`${number[1] === '+' ? '' : number[1] === '' ? '' : '-'}${(number[2] ?? '').replace(/\./g, '')}${(number[3] ?? '').replace(',', '.')}`);
  if (number[3] === undefined && number[4] === undefined) return void expect(csv, where).toBe(String(value));
  expect(Math.abs(Number((csv ?? '').replace(',', '.')) - value), where).toBeLessThanOrEqual(0.05 + 1e-9);
}

/**
 * The CSV holds exactly the table on screen (its header, the name column and every figure cell, in
 * order), and after it the table's legend, as on the page; so every '<5' in it is one checked on screen.
 */
export async function expectCsvIsTable(page: Page, section: Locator, rows: readonly PageRow[]): Promise<string[][]> {
  const { name, lines } = await downloadCsv(page, section);
  expect(lines.length, name).toBe(1 + rows.length + (await section.getByTestId('table-legend').locator('p').count()));
  rows.forEach((row, i) => {
    const fields = lines[1 + i] ?? [];
    expect(fields[0], name).toBe(row.name);
    expect(fields.length, `${name}, row ${row.key}`).toBe(1 + row.cells.length);
    row.cells.forEach((cell, j) => expectCsvField(cell.text, fields[1 + j], `${name}, row ${row.key}, column ${cell.column}`));
  });
  const legend = await section.getByTestId('table-legend').locator('p').allTextContents();
  expect(lines.slice(1 + rows.length)).toEqual(legend.map((line) => [line]));
  return lines;
}
