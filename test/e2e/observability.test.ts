// Operators' view of a request: one request id in the gateway's, the subgraphs' and the SQL log
// lines; Prometheus metrics on every service; OpenTelemetry spans of gateway and subgraphs in one
// trace, sent to a collector on loopback (the collector is the edge we do not own: a fake here).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, setRootLogger, startTracing } from '@uitstroom/subgraph-kit';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

interface LogLine {
  level: number;
  service?: string;
  reqId?: string;
  msg: string;
  sql?: string;
  status?: number;
}

const lines: LogLine[] = [];
const exported: unknown[] = [];
let collector: Server;
let tracing: Awaited<ReturnType<typeof startTracing>>;
let p: TestPlatform;

beforeAll(async () => {
  // Every line any service writes, parsed: set before the platform creates its service loggers.
  const memory = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  setRootLogger(pino(loggerOptions('debug'), memory));
  collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      exported.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  tracing = await startTracing('observability-test', { endpoint: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`, serviceName: undefined });
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.close();
  await tracing?.shutdown();
  collector?.close();
});

const QUERY = '{ covenant(id: "woonkans") { name trajectoryCount funds { name } outflow(from: "2025-01-01", to: "2025-12-31") { total { count } } } }';

let asked = 0;
/** QUERY under a new alias each time: the gateway's response cache must not answer in place of the subgraphs. */
const fresh = () => QUERY.replace('{ covenant', `{ c${++asked}: covenant`);

async function ask(requestId: string, query = fresh()) {
  const headers = { 'content-type': 'application/json', 'x-request-id': requestId, ...(await p.headersFor('beheerder')) };
  return fetch(p.platform.gateway.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
}

describe('logs', () => {
  it('carry one request id from the gateway through the subgraphs to the SQL statements', async () => {
    const response = await ask('req-trail-1');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-trail-1');
    const mine = lines.filter((l) => l.reqId === 'req-trail-1');
    const services = new Set(mine.filter((l) => l.msg === 'request').map((l) => l.service));
    expect([...services].sort()).toEqual(['funding', 'gateway', 'monitoring', 'parties', 'trajectories']);
    const statements = mine.filter((l) => l.msg === 'sql');
    expect(statements.length).toBeGreaterThan(0);
    expect(new Set(statements.map((l) => l.service))).toContain('monitoring');
    // A statement's parameters (case codes, amounts) never reach the log: only its text.
    expect(Object.keys(statements[0] ?? {})).not.toContain('params');
  });

  it('give a request without an id a fresh one, and refuse an id that is not one', async () => {
    const id = (await ask('')).headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const odd of ['a b', 'x'.repeat(200), 'id;drop']) expect((await ask(odd)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((l) => l.reqId === id && l.service === 'parties')).toBe(true);
  });

  it('never write the bearer token', () => {
    expect(lines.some((l) => JSON.stringify(l).includes('Bearer '))).toBe(false);
  });
});

describe('/metrics', () => {
  it('is served by every service, with requests, errors, latency and the database pool', async () => {
    await ask('req-metrics-1');
    await ask('req-metrics-2', '{ covenant(id: "woonkans") { nosuchfield } }');
    const urls = { gateway: p.platform.gateway.url, ...p.subgraphUrls() };
    for (const [service, url] of Object.entries(urls)) {
      const response = await fetch(url.replace(/graphql$/, 'metrics'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toMatch(new RegExp(`http_requests_total\\{[^}]*route="/graphql"[^}]*service="${service}"[^}]*\\} [1-9]`));
      expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005"/);
      expect(text).toContain('process_resident_memory_bytes');
      if (service !== 'gateway') {
        expect(text).toMatch(/db_up\{service="\w+"\} 1/);
        expect(text).toMatch(/db_pool_max_connections\{service="\w+"\} [1-9]/);
        expect(text).toMatch(/db_pool_connections\{state="[a-z ]+",service="\w+"\} [1-9]/);
      }
    }
    const gateway = await (await fetch(urls.gateway.replace(/graphql$/, 'metrics'))).text();
    expect(gateway).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED",service="gateway"\} [1-9]/);
    const monitoring = await (await fetch(urls.monitoring.replace(/graphql$/, 'metrics'))).text();
    expect(monitoring).toMatch(/db_statements_total\{service="monitoring"\} [1-9]/);
  });
});

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
  events?: { name: string }[];
}

describe('tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('puts the gateway and the subgraphs it calls in one trace, with the SQL statements as events', async () => {
    expect((await ask('req-trace-1')).status).toBe(200);
    await tracing?.shutdown();
    const spans = exported.flatMap((body) =>
      (body as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
    );
    const component = (span: OtlpSpan) => span.attributes.find((a) => a.key === 'service.component')?.value.stringValue;
    const gatewaySpans = spans.filter((s) => component(s) === 'gateway' && s.name === 'POST /graphql');
    expect(gatewaySpans.length).toBeGreaterThan(0);
    const last = gatewaySpans.at(-1)!;
    const children = spans.filter((s) => s.traceId === last.traceId && s.parentSpanId === last.spanId);
    expect(new Set(children.map(component))).toEqual(new Set(['parties', 'trajectories', 'funding', 'monitoring']));
    expect(children.some((s) => s.events?.some((e) => e.name === 'sql'))).toBe(true);
  });
});
