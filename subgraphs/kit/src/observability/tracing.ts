// OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard variable; spans
// go to <endpoint>/v1/traces as OTLP/HTTP). Each service opens a server span per request, continuing
// the caller's W3C `traceparent`; the gateway passes its span on to the subgraphs, and every SQL
// statement is an event on the span of the request that sent it. Nothing is loaded when off.
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { IncomingHttpHeaders } from 'node:http';

export interface TracingConfig {
  endpoint: string | undefined;
  serviceName: string | undefined;
}

export function readTracingConfig(env: NodeJS.ProcessEnv = process.env): TracingConfig {
  return { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || undefined, serviceName: env.OTEL_SERVICE_NAME?.trim() || undefined };
}

let started: Promise<{ shutdown(): Promise<void> } | null> | null = null;

/**
 * Starts the process's tracer once (later calls return the first). `serviceName` is the default
 * for OTEL_SERVICE_NAME; a process running all services (`npm start`) names itself `uitstroommonitor`.
 */
export function startTracing(serviceName: string, config: TracingConfig = readTracingConfig()): Promise<{ shutdown(): Promise<void> } | null> {
  started ??= config.endpoint ? register(config.endpoint, config.serviceName ?? serviceName) : Promise.resolve(null);
  return started;
}

async function register(endpoint: string, serviceName: string): Promise<{ shutdown(): Promise<void> }> {
  const [{ TracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }] = await Promise.all([
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
  ]);
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }), scheduledDelayMillis: 1000 })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return { shutdown: () => provider.shutdown() };
}

/**
 * Runs fn inside a server span for this request (a no-op span when tracing is off), continuing the
 * trace in the request's headers. fn gets the span to set the status on.
 */
export function inServerSpan<T>(service: string, name: string, headers: IncomingHttpHeaders, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = propagation.extract(context.active(), headers);
  return trace.getTracer(`uitstroommonitor/${service}`).startActiveSpan(name, { kind: SpanKind.SERVER, attributes: { 'service.component': service } }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The `traceparent` (and `tracestate`) of the active span, for a request this one makes. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** A SQL statement as an event on the active span (the statement text; never its parameters). */
export function statementEvent(query: string): void {
  trace.getActiveSpan()?.addEvent('sql', { 'db.system': 'postgresql', 'db.statement': query.slice(0, 2000) });
}

export function markFailed(span: Span, status: number): void {
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
}
