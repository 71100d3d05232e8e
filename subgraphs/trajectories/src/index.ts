import { runStandalone } from '@uitstroom/subgraph-kit';
import { createServer } from './server.ts';

await runStandalone('trajectories', 4002, createServer);
