import { workspaceTestConfig } from '../../vitest.shared.ts';

export default workspaceTestConfig('disclosure', { include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] });
