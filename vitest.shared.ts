// Test settings every workspace shares. Each run also writes a JSON report that `npm test` adds up
// into one closing line ("N passed, N failed") over all workspaces.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export const testResultsDir = path.join(import.meta.dirname, 'node_modules', '.cache', 'uitstroom-tests');

export function workspaceTestConfig(name: string, options: { include?: string[]; fileParallelism?: boolean; testTimeout?: number } = {}) {
  return defineConfig({
    test: {
      include: options.include ?? ['src/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**'],
      fileParallelism: options.fileParallelism ?? true,
      // Two cores: more workers only wait on each other.
      maxWorkers: 2,
      testTimeout: options.testTimeout ?? 60_000,
      hookTimeout: 180_000,
      // Request lines (info) of thousands of test requests would bury the report; warnings and errors stay.
      env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      reporters: ['default', ['json', { outputFile: path.join(testResultsDir, `${name}.json`) }]],
    },
  });
}
