// Logs, metrics, tracing and graceful shutdown, shared by the gateway and the subgraphs.
export { currentLogger, currentRequestId, loggerOptions, readLogLevel, requestIdFrom, rootLogger, serviceLogger, setRootLogger, type Logger } from './logger.ts';
export { createServiceMetrics, routeOf, type ServiceMetrics } from './metrics.ts';
export { readMetricsExposure, type MetricsExposure } from './metrics-exposure.ts';
export { readShutdownTimeout, sendJson, serveHttp, type RunningHttpService, type ServiceHandlers } from './service-server.ts';
export { stopOnSignals } from './shutdown.ts';
export { inServerSpan, readTracingConfig, startTracing, traceHeaders } from './tracing.ts';
