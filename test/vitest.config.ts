import { defineConfig } from 'vitest/config';

// End-to-end and browser tests start whole platforms: one file at a time fits two cores.
export default defineConfig({
  test: { include: ['**/*.test.ts'], exclude: ['node_modules/**'], fileParallelism: false, testTimeout: 90_000, hookTimeout: 180_000 },
});
