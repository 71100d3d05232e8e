// Issue 16, row 17: the dashboard's content security policy allowed `script-src 'unsafe-inline'`
// and `connect-src ws: wss:`. Now production allows scripts and connections from its own origin only
// (the build has no inline script); the dev server adds just the hash of the React preamble it writes
// inline, and its HMR websocket is its own origin too. Both apps run under their policy in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startDashboard, type RunningDashboard } from '@uitstroom/dashboard/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_EXPLORER_SECURITY_HEADERS, DEV_SECURITY_HEADERS } from '../../dashboard/dev-security-headers.ts';
import { startProductionDashboard } from '../../dashboard/production-server.ts';
import { API_EXPLORER_SECURITY_HEADERS, SECURITY_HEADERS } from '../../dashboard/security-headers.ts';
import { SESSION_KEY } from '../../dashboard/src/lib/session.ts';
import { builtDashboard } from '../deploy/dashboard-build.ts';
import { chromiumPath, hasChromium, launchChromium } from '../support/browser.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const LOAD = { timeout: 60_000 };

/** The policy as directive → sources. */
function directives(headers: Readonly<Record<string, string>>): Map<string, string[]> {
  const policy = headers['content-security-policy'] ?? '';
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name ?? '', sources]));
}

/** A context signed in as `user`, recording every policy violation of its pages and workers. */
async function signedIn(chromium: Browser, p: TestPlatform, user: string): Promise<{ context: BrowserContext; violations: string[] }> {
  const token = (await p.headersFor(user)).authorization?.replace(/^Bearer /, '') ?? '';
  const context = await chromium.newContext();
  const violations: string[] = [];
  await context.addInitScript(
    ([key, session]) => {
      // Frames without storage (Monaco's, about:blank) only report.
      try {
        sessionStorage.setItem(key, session);
      } catch {
        /* no storage in this frame */
      }
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    },
    [SESSION_KEY, JSON.stringify({ token, user: { id: user, label: user } })] as const,
  );
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text().slice(0, 300));
  });
  context.on('weberror', (error) => violations.push(`uncaught: ${error.error().message.slice(0, 300)}`));
  return { context, violations };
}

/** Runs `step`; when it fails, the violations seen so far say why (a page blocked by its policy never renders). */
async function explained(violations: readonly string[], step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]}\npolicy violations: ${JSON.stringify(violations)}`, { cause: error });
  }
}

/** The pages that use the most: a chart (recharts), the fund's tables, GraphiQL with Monaco and its worker. */
async function runApp(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?convenant=walcheren&van=2023&tot=2026`);
  await page.locator('main table').waitFor(LOAD);
  await page.locator('main svg.recharts-surface').first().waitFor(LOAD);
  await page.goto(`${url}?pagina=financien`);
  await page.getByTestId('fund-key-figures-table').waitFor(LOAD);
}

async function runApiExplorer(page: Page, url: string): Promise<void> {
  await page.goto(new URL('graphiql.html', url).toString());
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor(LOAD);
  // The GraphQL worker checks the editor's operation: it ran, from this origin, under the policy.
  await page.waitForFunction(() => {
    const monaco = (globalThis as { __MONACO?: { editor: { getModels(): { uri: { path: string }; setValue(v: string): void }[]; getModelMarkers(f: object): unknown[] } } }).__MONACO;
    monaco?.editor.getModels().find((m) => /operation/.test(m.uri.path))?.setValue('{ convenanten }');
    return (monaco?.editor.getModelMarkers({}).length ?? 0) > 0;
  }, undefined, { ...LOAD, polling: 500 });
}

describe('the dashboard\'s content security policy', () => {
  it('allows scripts and connections from its own origin only, in production', () => {
    for (const headers of [SECURITY_HEADERS, API_EXPLORER_SECURITY_HEADERS]) {
      const policy = directives(headers);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it('adds on the dev server only the hash of the React preamble it writes inline; no unsafe-inline, no ws:', () => {
    for (const [dev, production] of [[DEV_SECURITY_HEADERS, SECURITY_HEADERS], [DEV_API_EXPLORER_SECURITY_HEADERS, API_EXPLORER_SECURITY_HEADERS]] as const) {
      const policy = directives(dev);
      expect(policy.get('script-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      const others = (h: typeof dev) => [...directives(h)].filter(([name]) => name !== 'script-src');
      expect(others(dev)).toEqual(others(production));
    }
  });

  it('is met by the build: no inline script in any page', async () => {
    const dist = await builtDashboard();
    const pages = readdirSync(dist).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['graphiql.html', 'index.html']);
    for (const name of pages) {
      const scripts = [...readFileSync(path.join(dist, name), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, name).toMatch(/\bsrc="\/assets\//);
        expect(body?.trim(), name).toBe('');
      }
    }
  });
});

describe.skipIf(!hasChromium)('the dashboard in Chromium under its policy', () => {
  let p: TestPlatform;
  let production: RunningDashboard;
  let dev: RunningDashboard;
  let chromium: Browser;

  beforeAll(async () => {
    const [dist, platform] = await Promise.all([builtDashboard(), startTestPlatform()]);
    p = platform;
    const gatewayUrl = p.platform.gateway.url.replace(/\/graphql$/, '');
    production = await startProductionDashboard({ host: '127.0.0.1', port: 0, gatewayUrl, distDir: dist, chromiumPath });
    dev = await startDashboard({ port: 0, gatewayUrl });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await dev?.close();
    await production?.close();
    await p?.close();
  });

  it('runs the built app and the API-verkenner in production with no violation', async () => {
    const page = await fetch(production.url);
    expect(page.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
    const werkgroep = await signedIn(chromium, p, 'werkgroep');
    await explained(werkgroep.violations, runApp(await werkgroep.context.newPage(), production.url));
    const analist = await signedIn(chromium, p, 'analist');
    await explained(analist.violations, runApiExplorer(await analist.context.newPage(), production.url));
    expect([...werkgroep.violations, ...analist.violations]).toEqual([]);
    await werkgroep.context.close();
    await analist.context.close();
  });

  it('runs the app on the dev server with no violation, its HMR websocket connected to its own origin', async () => {
    const page = await fetch(dev.url);
    expect(page.headers.get('content-security-policy')).toBe(DEV_SECURITY_HEADERS['content-security-policy']);
    const werkgroep = await signedIn(chromium, p, 'werkgroep');
    const tab = await werkgroep.context.newPage();
    const sockets: string[] = [];
    tab.on('websocket', (socket) => sockets.push(socket.url()));
    const connected = tab.waitForEvent('console', { predicate: (message) => message.text() === '[vite] connected.', ...LOAD });
    await explained(werkgroep.violations, runApp(tab, dev.url));
    await connected;
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) expect(new URL(url).host).toBe(new URL(dev.url).host);
    const analist = await signedIn(chromium, p, 'analist');
    await explained(analist.violations, runApiExplorer(await analist.context.newPage(), dev.url));
    expect([...werkgroep.violations, ...analist.violations]).toEqual([]);
    await werkgroep.context.close();
    await analist.context.close();
  });
});
