import { runStandalone } from '@uitstroom/subgraph-kit';
import { createServer } from './server.ts';

await runStandalone('monitoring', 4004, createServer);
