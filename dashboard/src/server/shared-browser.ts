// One Chromium for every report PDF of this dashboard server: launching one per request cost ~20
// processes and seconds each. Launched on first use, each print in its own context (its own
// sessionStorage, so one user's token never reaches another's page), launched again after a crash,
// closed after a quiet spell so an idle dashboard holds no browser, and closed with the server.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ReportPdfError } from './report-queue.ts';

/** The same flags as the browser tests: without them Chromium tries to reach Google's services. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DEFAULT_IDLE_MS = 5 * 60_000;

export function unavailableMessage(chromiumPath: string): string {
  return `De PDF kan nu niet worden gemaakt: de server heeft geen Chromium (${chromiumPath}). Open de afdrukweergave en kies ‘Afdrukken’ en dan ‘Opslaan als PDF’.`;
}

async function launch(chromiumPath: string): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new ReportPdfError(503, unavailableMessage(chromiumPath));
  try {
    return await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    console.error('report-pdf: Chromium did not start', error);
    throw new ReportPdfError(503, unavailableMessage(chromiumPath));
  }
}

export function sharedBrowser(chromiumPath: string, idleMs: number = DEFAULT_IDLE_MS) {
  let browser: Promise<Browser> | null = null;
  let users = 0;
  let idle: NodeJS.Timeout | undefined;

  function forget(stale: Promise<Browser>): void {
    if (browser === stale) browser = null;
  }

  async function closeNow(): Promise<void> {
    clearTimeout(idle);
    const open = browser;
    browser = null;
    await (await open?.catch(() => null))?.close();
  }

  return {
    /** The browser for one print; every use() is followed by one done(). */
    async use(): Promise<Browser> {
      clearTimeout(idle);
      users += 1;
      if (browser === null) {
        const starting = launch(chromiumPath);
        browser = starting;
        // A failed launch is not kept: the next request tries again.
        starting.then((b) => b.once('disconnected', () => forget(starting)), () => forget(starting));
      }
      return browser;
    },
    done(): void {
      users -= 1;
      if (users === 0) idle = setTimeout(() => void closeNow(), idleMs).unref();
    },
    close: closeNow,
  };
}

export type SharedBrowser = ReturnType<typeof sharedBrowser>;
