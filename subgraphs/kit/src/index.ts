export { createSubgraph, type Subgraph, type SubgraphContext, type SubgraphDefinition } from './server.ts';
export { listen, listenHttp, readiness, type RunningService } from './http.ts';
export { viewerFromHeaders, VIEWER_HEADERS, type Viewer, type ViewerRole } from './viewer.ts';
export { DateScalar, isIsoDate } from './scalars.ts';
export { keyedLoader, groupedLoader } from './loaders.ts';
export { readSchemaFile } from './schema-file.ts';
export { runStandalone } from './standalone.ts';
export { lowerCaseEnum } from './enums.ts';
export { todayInNetherlands } from './today.ts';
