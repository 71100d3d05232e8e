import { runStandalone } from '@uitstroom/subgraph-kit';
import { createServer } from './server.ts';

await runStandalone('funding', 4003, createServer);
