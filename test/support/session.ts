// What every browser test starts: the platform on a fresh database, the dashboard in front of its
// gateway, and Debian's Chromium — and stops again, in reverse order.
import { startDashboard, type RunningDashboard } from '@uitstroom/dashboard/server';
import { SESSION_KEY } from '@uitstroom/dashboard/session';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from './browser.ts';
import { startTestPlatform, type TestPlatform } from './platform.ts';

export interface BrowserSession {
  p: TestPlatform;
  dashboard: RunningDashboard;
  /** Pages open signed in as the demo werkgroep user (all covenants), as a user would after the login picker. */
  browser: Pick<Browser, 'newPage'>;
  /** Chromium itself: its pages start signed out. */
  chromium: Browser;
  close(): Promise<void>;
}

/** Puts a session in the tab's sessionStorage before the dashboard's scripts run (unless one is there). */
async function signedInAs(p: TestPlatform, userId: string, label: string): Promise<string> {
  const token = (await p.headersFor(userId)).authorization?.replace(/^Bearer /, '') ?? '';
  const session = JSON.stringify({ token, user: { id: userId, label } });
  return `if (!sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})) sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(session)});`;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const p = await startTestPlatform();
  const dashboard = await startDashboard({ port: 0, gatewayUrl: p.platform.gateway.url.replace(/\/graphql$/, '') });
  const chromium = await launchChromium();
  const signIn = await signedInAs(p, 'werkgroep', 'Werkgroep (alle convenanten)');
  const browser: Pick<Browser, 'newPage'> = {
    newPage: async (options) => {
      const page = await chromium.newPage(options);
      await page.addInitScript(signIn);
      return page;
    },
  };
  return {
    p,
    dashboard,
    browser,
    chromium,
    close: async () => {
      await chromium.close();
      await dashboard.close();
      await p.close();
    },
  };
}

/** Says loudly, once per file, that the browser tests of this file are skipped and how to run them. */
export function warnWhenNoChromium(): void {
  if (!hasChromium) {
    console.warn(`\n*** BROWSER TEST SKIPPED: no Chromium at ${chromiumPath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n`);
  }
}
