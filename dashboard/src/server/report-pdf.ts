// GET /rapport.pdf?evaluatie=<id>: the evaluation's print view, printed to PDF by Chromium on the
// same dashboard server, so the PDF is exactly what "Afdrukken" gives (figures, charts, notes,
// actions). Runs in Node (the Vite dev server, or production-server.ts); never bundled for the browser.
// In this order, so a request costs nothing before it is known to be allowed: the evaluation id, the
// token (verified by the gateway), a place in the queue (429 when full), then a page of the one shared
// Chromium, within the time limit (504).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { REPORT_PDF_PATH } from '../lib/report.ts';
import { SESSION_KEY } from '../lib/session.ts';
import { evaluatiesSearch, isEvaluationId } from '../transforms/evaluations.ts';
import { requesterToken, verifyRequester } from './report-access.ts';
import { BUSY_RETRY_AFTER_SECONDS, createReportQueue, DEFAULT_REPORT_QUEUE_LIMITS, ReportPdfError, type ReportQueueLimits } from './report-queue.ts';
import { sharedBrowser } from './shared-browser.ts';

export { ReportPdfError } from './report-queue.ts';
export { requesterToken } from './report-access.ts';

export interface ReportPdfOptions {
  chromiumPath: string;
  /** Base URL of the gateway, which verifies the requester's token before any work. */
  gatewayUrl: string;
  /** Concurrency, queue length and time limit; DEFAULT_REPORT_QUEUE_LIMITS where not given. */
  limits?: Partial<ReportQueueLimits>;
}

const MARGIN = { top: '14mm', right: '14mm', bottom: '14mm', left: '14mm' };
const SAFE_FILE_NAME = /^[a-z0-9][a-z0-9_.-]*\.pdf$/;

/** The print view's URL on this dashboard for one evaluation. */
export function printViewUrl(dashboardUrl: string, evaluationId: string): string {
  const search = evaluatiesSearch({ covenantId: null, evaluationId, print: true }, '?pagina=evaluaties');
  return new URL(search, dashboardUrl).toString();
}

/** The evaluation id of a request URL such as '/rapport.pdf?evaluatie=…'; an error a user can act on otherwise. */
export function requestedEvaluation(requestUrl: string): string {
  const id = new URL(requestUrl, 'http://dashboard').searchParams.get('evaluatie')?.trim() ?? '';
  if (!isEvaluationId(id)) throw new ReportPdfError(400, `Geef de evaluatie op als ${REPORT_PDF_PATH}?evaluatie=<id>; "${id.slice(0, 60)}" is geen evaluatie-id.`);
  return id;
}

/** Waits until the report has its figures (or says why not) and every chart is drawn. */
async function waitForReport(page: Page, timeout: number): Promise<string> {
  const report = page.locator('[data-testid="evaluation-report"]:not([data-state="loading"])');
  await report.waitFor({ timeout });
  const state = await report.getAttribute('data-state');
  if (state === 'missing') throw new ReportPdfError(404, 'Deze evaluatie bestaat niet (meer).');
  if (state !== 'ready') throw new ReportPdfError(502, 'De cijfers van de evaluatie konden niet worden geladen; probeer het later opnieuw.');
  await page.waitForFunction(() => [...document.querySelectorAll('.app-report .app-chart')].every((chart) => chart.querySelector('svg.recharts-surface') !== null), undefined, { timeout });
  const name = (await report.getAttribute('data-file-name')) ?? '';
  return SAFE_FILE_NAME.test(name) ? name : 'evaluatie.pdf';
}

/**
 * Prints one evaluation's report to an A4 PDF as the user whose token it is, in a fresh context of
 * `browser`; the context is closed when `signal` aborts (time limit, client gone), which stops every
 * step still under way.
 */
export async function renderReportPdf(browser: Browser, dashboardUrl: string, evaluationId: string, token: string, signal: AbortSignal): Promise<{ pdf: Buffer; fileName: string }> {
  // Reduced motion: recharts then draws its bars at once instead of animating them mid-print.
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1000, height: 1400 } });
  const stop = () => void context.close().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  // The time may have run out while Chromium started: then every step below fails at once.
  if (signal.aborted) stop();
  try {
    // The print view runs signed in as the requester (its session, in this context only).
    const session = JSON.stringify({ token, user: { id: 'rapport', label: 'Rapport' } });
    await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, session] as const);
    const page = await context.newPage();
    // The queue's signal is the time limit: Playwright's own timeouts only as a backstop.
    const timeout = DEFAULT_REPORT_QUEUE_LIMITS.timeoutMs * 2;
    await page.goto(printViewUrl(dashboardUrl, evaluationId), { timeout });
    const fileName = await waitForReport(page, timeout);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: MARGIN, tagged: true, outline: true });
    return { pdf, fileName };
  } finally {
    signal.removeEventListener('abort', stop);
    await context.close().catch(() => undefined);
  }
}

function sendText(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${message}\n`);
}

export interface ReportPdfHandler {
  /** Connect-style middleware: answers REPORT_PDF_PATH, passes anything else to `next`. */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Prints under way and waiting. */
  load(): { running: number; waiting: number };
  /** Closes the shared browser (when the server closes). */
  close(): Promise<void>;
}

/** /rapport.pdf for a dashboard server at `dashboardUrl()` (where Chromium opens the print view; '' while it starts). */
export function createReportPdfHandler(options: ReportPdfOptions, dashboardUrl: () => string): ReportPdfHandler {
  const queue = createReportQueue({ ...DEFAULT_REPORT_QUEUE_LIMITS, ...options.limits });
  const browsers = sharedBrowser(options.chromiumPath);

  async function handle(req: IncomingMessage, res: ServerResponse, selfUrl: string): Promise<void> {
    // The client going away stops its verification, its wait or its print.
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    try {
      const id = requestedEvaluation(req.url ?? '');
      const token = requesterToken(req.headers.authorization);
      await verifyRequester(options.gatewayUrl, token, gone.signal);
      const { pdf, fileName } = await queue.run(async (signal) => {
        const browser = await browsers.use();
        try {
          return await renderReportPdf(browser, selfUrl, id, token, signal);
        } finally {
          browsers.done();
        }
      }, gone.signal);
      if (res.destroyed) return;
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : pdf);
    } catch (error) {
      if (error instanceof ReportPdfError) return sendText(res, error.status, error.message, error.status === 429 ? { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) } : {});
      console.error('report-pdf: printing failed', error);
      sendText(res, 500, 'De PDF kon niet worden gemaakt door een fout op de server. Gebruik zolang ‘Afdrukken’ in de afdrukweergave.');
    }
  }

  return {
    middleware(req, res, next) {
      if (new URL(req.url ?? '/', 'http://dashboard').pathname !== REPORT_PDF_PATH) return next();
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Alleen GET wordt ondersteund.');
      const selfUrl = dashboardUrl();
      if (selfUrl === '') return sendText(res, 503, 'De dashboardserver start nog; probeer het zo opnieuw.');
      void handle(req, res, selfUrl);
    },
    load: queue.load,
    close: browsers.close,
  };
}

/** Serves REPORT_PDF_PATH ahead of Vite's own middlewares (whose SPA fallback would answer with the app); the browser closes with the server. */
export function reportPdfPlugin(options: ReportPdfOptions): Plugin {
  let handler: ReportPdfHandler | null = null;
  return {
    name: 'uitstroom-report-pdf',
    apply: 'serve',
    configureServer(server) {
      handler = createReportPdfHandler(options, () => server.resolvedUrls?.local[0] ?? '');
      server.middlewares.use(handler.middleware);
    },
    // The dev server's close() awaits this: Chromium is gone when `npm start` says "Stopped."
    async closeBundle() {
      await handler?.close();
    },
  };
}
