// The dashboard's one configuration module: the only place that reads process.env.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { testResultsDir } from '../vitest.shared.ts';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './security-headers.ts';

const gatewayUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    headers: { ...SECURITY_HEADERS },
    proxy: {
      '/graphql': { target: gatewayUrl, changeOrigin: true },
      '/auth': { target: gatewayUrl, changeOrigin: true },
    },
  },
  // Pre-bundle up front so the first page load never triggers a dependency re-optimisation
  // (and a full reload) in the middle of a browser test.
  optimizeDeps: {
    include: ['react', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'recharts'],
  },
  build: {
    // recharts and react make one ~600 kB chunk; for an internal dashboard one cached file is fine.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: path.join(testResultsDir, 'dashboard.json') }]],
  },
});
