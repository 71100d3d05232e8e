// Starts the dashboard's Vite dev server in-process, for `npm start` and the browser tests.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServer } from 'vite';
import { DEV_SECURITY_HEADERS } from './dev-security-headers.ts';
import { reportPdfPlugin } from './src/server/report-pdf.ts';
import type { ReportQueueLimits } from './src/server/report-queue.ts';

export interface DashboardOptions {
  /** 0 picks a free port; the real one is in the returned url. */
  port: number;
  host?: string;
  /** Base URL of the gateway; the dashboard's `/graphql` is proxied there. */
  gatewayUrl: string;
  /** Chromium that prints the evaluation report to PDF (`/rapport.pdf`); default CHROMIUM_PATH or Debian's. */
  chromiumPath?: string;
  /** Concurrency, queue length and time limit of `/rapport.pdf` (src/server/report-queue.ts defaults). */
  reportPdfLimits?: Partial<ReportQueueLimits>;
}

export interface RunningDashboard {
  url: string;
  close(): Promise<void>;
}

const dashboardRoot = import.meta.dirname;
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '127.0.0.1', 'localhost']);

export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const host = options.host ?? '127.0.0.1';
  const server = await createServer({
    root: dashboardRoot,
    configFile: path.join(dashboardRoot, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [
      reportPdfPlugin({
        chromiumPath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        gatewayUrl: options.gatewayUrl,
        limits: options.reportPdfLimits,
      }),
    ],
    server: {
      host,
      port: options.port,
      strictPort: true,
      headers: { ...DEV_SECURITY_HEADERS },
      proxy: {
        '/graphql': { target: options.gatewayUrl, changeOrigin: true },
        // The demo login lives on the gateway (only while DEV_LOGIN is on).
        '/auth': { target: options.gatewayUrl, changeOrigin: true },
      },
    },
  });
  await server.listen();

  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    await server.close();
    throw new Error('Dashboard dev server did not report a TCP address after listen()');
  }
  // Browsers and tests reach a wildcard or loopback bind through 127.0.0.1.
  const urlHost = WILDCARD_HOSTS.has(host) ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${(address as AddressInfo).port}/`,
    close: () => server.close(),
  };
}
