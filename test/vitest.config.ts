import { workspaceTestConfig } from '../vitest.shared.ts';

// End-to-end and browser tests start whole platforms: one file at a time fits two cores.
export default workspaceTestConfig('test', { include: ['e2e/**/*.test.ts', 'faults/**/*.test.ts', 'browser/**/*.test.ts', 'bench/**/*.test.ts', 'deploy/**/*.test.ts', 'disclosure/**/*.test.ts', 'security/**/*.test.ts'], fileParallelism: false, testTimeout: 90_000 });
