// The API-verkenner (GraphiQL bundled with the dashboard) in Chromium: opened from the dashboard by
// the demo analist, a saved operation run under the analist's own session, the schema documented by
// introspection — and not one request leaving the platform's origin, workers included.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../support/browser.ts';
import { startBrowserSession, warnWhenNoChromium, type BrowserSession } from '../support/session.ts';

warnWhenNoChromium();

const SAVED = readFileSync(new URL('../../dashboard/src/graphiql/operations/01-uitstroom-per-convenant-per-halfjaar.graphql', import.meta.url), 'utf8');
const LOAD = { timeout: 90_000 };

/** Every URL any page or worker of the context asks for. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

function offOrigin(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

type MonacoModel = { uri: { path: string }; getValue(): string; setValue(value: string): void };
type MonacoGlobal = { __MONACO?: { editor: { getModels(): MonacoModel[]; getModelMarkers(filter: object): { message: string }[] } } };

/** What the response pane holds: the whole text of its Monaco model, not just the lines on screen. */
async function responseText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const monaco = (globalThis as MonacoGlobal).__MONACO;
    return monaco?.editor.getModels().find((model) => /response/.test(model.uri.path))?.getValue() ?? '';
  });
}

/** Puts an operation in the editor and waits for the GraphQL worker's diagnostics on it. */
async function diagnosticsOf(page: Page, operation: string): Promise<string[]> {
  await page.evaluate((text) => {
    (globalThis as MonacoGlobal).__MONACO?.editor.getModels().find((model) => /operation/.test(model.uri.path))?.setValue(text);
  }, operation);
  const markers = await page.waitForFunction(() => {
    const messages = (globalThis as MonacoGlobal).__MONACO?.editor.getModelMarkers({}).map((marker) => marker.message) ?? [];
    return messages.length > 0 ? messages : null;
  }, undefined, LOAD);
  return (await markers.jsonValue()) as string[];
}

async function signInThroughPicker(page: Page, dashboardUrl: string, user: string): Promise<void> {
  await page.goto(dashboardUrl);
  await page.getByLabel('Aanmelden als').waitFor(LOAD);
  await page.getByLabel('Aanmelden als').selectOption(user);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByTestId('session').waitFor();
}

describe.skipIf(!hasChromium)('API-verkenner in Chromium', () => {
  let session: BrowserSession;
  let origin: string;

  beforeAll(async () => {
    session = await startBrowserSession();
    origin = new URL(session.dashboard.url).origin;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the analist opens it from the dashboard, runs a saved operation under its own session; nothing leaves the origin', async () => {
    // With the content security policy switched off, so that a request to another host would really
    // be made and recorded rather than quietly refused by the browser (the policy is checked below).
    const context = await session.chromium.newContext({ bypassCSP: true });
    const requests = recordRequests(context);
    const workerTrouble: string[] = [];
    context.on('console', (message) => {
      if (/Could not create web worker/i.test(message.text())) workerTrouble.push(message.text());
    });
    const dashboard = await context.newPage();
    await signInThroughPicker(dashboard, session.dashboard.url, 'analist');
    const link = dashboard.getByRole('link', { name: /API-verkenner/ });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');

    const started = performance.now();
    const [ide] = await Promise.all([context.waitForEvent('page'), link.click()]);
    const example = ide.getByRole('button', { name: 'Uitstroom per convenant per halfjaar' });
    await example.waitFor(LOAD);
    await ide.locator('.graphiql-query-editor .monaco-editor').waitFor(LOAD);
    console.info(`API-verkenner: editor ready ${Math.round(performance.now() - started)} ms after the click`);
    // The new tab took over the dashboard tab's session (sessionStorage is copied to an opened tab).
    await expect(ide.getByTestId('session').textContent()).resolves.toMatch(/Aangemeld als Analist/);

    await example.click();
    await ide.getByRole('tab', { name: /UitstroomPerConvenantPerHalfjaar/ }).waitFor();
    await ide.getByRole('button', { name: /^Execute query/ }).click();
    await ide.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"covenants"'), undefined, LOAD);

    // The pane shows exactly what the gateway gives the analist for this operation and its example variables.
    const shown = JSON.parse(await responseText(ide)) as { data: unknown; errors?: unknown };
    const direct = await session.p.graphql(SAVED, { from: '2024-01-01', to: '2025-12-31' }, await session.p.headersFor('analist'));
    expect(shown.errors).toBeUndefined();
    expect(shown.data).toEqual(direct.body.data);
    // The analist gets protected counts (cell key method), never the true ones.
    expect(JSON.stringify(shown.data)).toMatch(/"protected":true/);
    expect(JSON.stringify(shown.data)).not.toMatch(/"protected":false/);

    // Monaco's GraphQL worker runs, from this origin: it checks an operation against the schema, and
    // what it imports from inside the worker is among the recorded requests.
    await expect(diagnosticsOf(ide, '{ convenanten }')).resolves.toContainEqual(expect.stringMatching(/Cannot query field "convenanten" on type "Query"/));
    expect(requests.some((url) => /monaco-graphql_esm_graphql__worker/.test(url))).toBe(true);
    expect(offOrigin(requests, origin)).toEqual([]);
    expect(workerTrouble).toEqual([]);
    await context.close();
  });

  it('documents the schema by introspection, with the descriptions of the subgraphs, within its content security policy', async () => {
    const context = await session.chromium.newContext();
    const requests = recordRequests(context);
    const violations: string[] = [];
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 200));
    });
    const page = await context.newPage();
    await signInThroughPicker(page, session.dashboard.url, 'beheerder');
    await page.goto(`${session.dashboard.url}graphiql.html`);
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click(LOAD);
    await page.getByRole('link', { name: 'Query' }).first().click(LOAD);
    await page.getByText('The covenants the viewer works in').first().waitFor(LOAD);
    expect(offOrigin(requests, origin)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('signed out: says so in Dutch with a link to sign in, without loading the editor', async () => {
    const context = await session.chromium.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${session.dashboard.url}graphiql.html`);
    await page.getByRole('heading', { name: 'U bent niet aangemeld' }).waitFor(LOAD);
    await expect(page.getByRole('link', { name: 'Meld u aan op het dashboard' }).getAttribute('href')).resolves.toBe('/');
    expect(requests.some((url) => /monaco|Ide\.tsx/.test(url))).toBe(false);
    await context.close();
  });

  it('the werkgroep gets no link, and the page says who it is for', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.dashboard.url}?pagina=monitor`);
    await page.getByRole('heading', { level: 1, name: 'Uitstroommonitor' }).waitFor(LOAD);
    await expect(page.getByRole('link', { name: /API-verkenner/ }).count()).resolves.toBe(0);
    await page.goto(`${session.dashboard.url}graphiql.html`);
    await page.getByRole('heading', { name: 'Geen toegang tot de API-verkenner' }).waitFor(LOAD);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/voor de analist en de beheerder.*Uw rol is werkgroep/);
    await page.close();
  });

  it('sends the security headers; only this page also allows its inline (data:) fonts', async () => {
    const ide = await fetch(`${session.dashboard.url}graphiql.html`);
    expect(ide.status).toBe(200);
    expect(ide.headers.get('x-frame-options')).toBe('DENY');
    expect(ide.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'.*font-src 'self' data:$/);
    const main = await fetch(session.dashboard.url);
    expect(main.headers.get('content-security-policy')).not.toMatch(/font-src/);
  });
});
