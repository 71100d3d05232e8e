// What the gateway needs of the kit — the viewer, the signed gateway → subgraph claims, listening,
// logs, metrics, tracing and shutdown — without the subgraph server, Apollo Server or the database
// layer (drizzle alone costs a process about 1.6 s and 230 MB RSS to load on Node 24).
export { ANONYMOUS, hasSecondFactor, ROLES, viewerFromClaims, type Viewer, type ViewerRole } from './viewer.ts';
export { signViewer, subgraphSecret, verifyViewer, VIEWER_TOKEN_HEADER } from './gateway-claims.ts';
export { listenHttp } from './listen-http.ts';
export * from './observability/index.ts';
