// GET /rapport.pdf?evaluatie=<id>: the evaluation's print view, printed to PDF by Chromium on the
// same dashboard server, so the PDF is exactly what "Afdrukken" gives (figures, charts, notes,
// actions). Runs in Node inside the Vite dev server; never bundled for the browser.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { REPORT_PDF_PATH } from '../lib/report.ts';
import { SESSION_KEY } from '../lib/session.ts';
import { evaluatiesSearch, isEvaluationId } from '../transforms/evaluations.ts';

export interface ReportPdfOptions {
  chromiumPath: string;
  /** How long the print view may take to load its figures and draw its charts. */
  timeoutMs?: number;
}

/** The same flags as the browser tests: without them Chromium tries to reach Google's services. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MARGIN = { top: '14mm', right: '14mm', bottom: '14mm', left: '14mm' };
const SAFE_FILE_NAME = /^[a-z0-9][a-z0-9_.-]*\.pdf$/;

export class ReportPdfError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

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

async function launch(chromiumPath: string): Promise<Browser> {
  const unavailable = `De PDF kan nu niet worden gemaakt: de server heeft geen Chromium (${chromiumPath}). Open de afdrukweergave en kies ‘Afdrukken’ en dan ‘Opslaan als PDF’.`;
  if (!existsSync(chromiumPath)) throw new ReportPdfError(503, unavailable);
  try {
    return await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    console.error('report-pdf: Chromium did not start', error);
    throw new ReportPdfError(503, unavailable);
  }
}

/** The requester's bearer token: the print view asks the gateway for the figures as that user. */
export function requesterToken(authorization: string | undefined): string {
  const token = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) throw new ReportPdfError(401, 'Meld u aan in het dashboard om de PDF te maken.');
  return token;
}

/** Prints one evaluation's report to an A4 PDF, as the user whose token it is. */
export async function renderReportPdf(dashboardUrl: string, evaluationId: string, options: ReportPdfOptions, token: string): Promise<{ pdf: Buffer; fileName: string }> {
  const timeout = options.timeoutMs ?? 60_000;
  const browser = await launch(options.chromiumPath);
  try {
    // Reduced motion: recharts then draws its bars at once instead of animating them mid-print.
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1000, height: 1400 } });
    // The print view runs signed in as the requester (its session, in this throwaway browser only).
    const session = JSON.stringify({ token, user: { id: 'rapport', label: 'Rapport' } });
    await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [SESSION_KEY, session] as const);
    const page = await context.newPage();
    await page.goto(printViewUrl(dashboardUrl, evaluationId), { timeout });
    const fileName = await waitForReport(page, timeout);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: MARGIN, tagged: true, outline: true });
    return { pdf, fileName };
  } finally {
    await browser.close();
  }
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${message}\n`);
}

async function handle(req: IncomingMessage, res: ServerResponse, dashboardUrl: string, options: ReportPdfOptions): Promise<void> {
  try {
    const id = requestedEvaluation(req.url ?? '');
    const { pdf, fileName } = await renderReportPdf(dashboardUrl, id, options, requesterToken(req.headers.authorization));
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : pdf);
  } catch (error) {
    if (error instanceof ReportPdfError) return sendText(res, error.status, error.message);
    console.error('report-pdf: printing failed', error);
    sendText(res, 500, 'De PDF kon niet worden gemaakt door een fout op de server. Gebruik zolang ‘Afdrukken’ in de afdrukweergave.');
  }
}

/** Serves REPORT_PDF_PATH ahead of Vite's own middlewares (whose SPA fallback would answer with the app). */
export function reportPdfPlugin(options: ReportPdfOptions): Plugin {
  return {
    name: 'uitstroom-report-pdf',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://dashboard').pathname !== REPORT_PDF_PATH) return next();
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Alleen GET wordt ondersteund.');
        const dashboardUrl = server.resolvedUrls?.local[0];
        if (dashboardUrl === undefined) return sendText(res, 503, 'De dashboardserver start nog; probeer het zo opnieuw.');
        void handle(req, res, dashboardUrl, options);
      });
    },
  };
}
