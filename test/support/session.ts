// What every browser test starts: the platform on a fresh database, the dashboard in front of its
// gateway, and Debian's Chromium — and stops again, in reverse order.
import { startDashboard, type RunningDashboard } from '@uitstroom/dashboard/server';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from './browser.ts';
import { startTestPlatform, type TestPlatform } from './platform.ts';

export interface BrowserSession {
  p: TestPlatform;
  dashboard: RunningDashboard;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const p = await startTestPlatform();
  const dashboard = await startDashboard({ port: 0, gatewayUrl: p.platform.gateway.url.replace(/\/graphql$/, '') });
  const browser = await launchChromium();
  return {
    p,
    dashboard,
    browser,
    close: async () => {
      await browser.close();
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
