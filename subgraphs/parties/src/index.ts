import { runStandalone } from '@uitstroom/subgraph-kit';
import { createServer } from './server.ts';

await runStandalone('parties', 4001, createServer);
