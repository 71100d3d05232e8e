// The dashboard's one configuration module: the only place that reads process.env.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { testResultsDir } from '../vitest.shared.ts';
import { defineConfig } from 'vitest/config';
import { devFileAccess } from './dev-file-access.ts';
import { DEV_API_EXPLORER_SECURITY_HEADERS, DEV_SECURITY_HEADERS } from './dev-security-headers.ts';
import { API_EXPLORER_PATH } from './src/features/navigation/api-explorer.ts';

const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

/**
 * Serves the API-verkenner's page (graphiql.html) with its own security headers: the dev server's
 * `server.headers` are the same for every response, and only this page needs `data:` fonts.
 */
function apiExplorerPage(): Plugin {
  return {
    name: 'uitstroom:api-explorer-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://dashboard').pathname;
        if ((req.method !== 'GET' && req.method !== 'HEAD') || pathname !== API_EXPLORER_PATH) return next();
        readFile(path.join(server.config.root, API_EXPLORER_PATH), 'utf8')
          .then((html) => server.transformIndexHtml(req.url ?? pathname, html, req.originalUrl))
          .then((html) => {
            res.writeHead(200, { ...DEV_API_EXPLORER_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
            res.end(req.method === 'HEAD' ? undefined : html);
          })
          .catch(next);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), apiExplorerPage()],
  server: {
    headers: { ...DEV_SECURITY_HEADERS },
    // Only the dashboard's sources and packages; never the database, backups or test snapshots.
    fs: devFileAccess(process.env),
    proxy: {
      '/graphql': { target: gatewayUrl, changeOrigin: true },
      '/auth': { target: gatewayUrl, changeOrigin: true },
    },
  },
  // Pre-bundle up front so the first page load never triggers a dependency re-optimisation
  // (and a full reload) in the middle of a browser test; the API-verkenner's GraphiQL and its three
  // Monaco workers (src/graphiql/workers/) too.
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'recharts',
      'graphiql',
      '@graphiql/react',
      'graphql',
      'monaco-editor/esm/vs/editor/editor.worker.js',
      'monaco-editor/esm/vs/language/json/json.worker.js',
      'monaco-graphql/esm/graphql.worker.js',
    ],
  },
  build: {
    // Two pages: the dashboard, and the API-verkenner (GraphiQL) for analysts.
    rolldownOptions: {
      input: { main: path.join(import.meta.dirname, 'index.html'), graphiql: path.join(import.meta.dirname, 'graphiql.html') },
    },
    // recharts and react make one ~600 kB chunk; for an internal dashboard one cached file is fine.
    // Monaco, loaded only by the API-verkenner (graphiql.html), is one of ~2.8 MB.
    chunkSizeWarningLimit: 3000,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: path.join(testResultsDir, 'dashboard.json') }]],
  },
});
