// The gateway as its own process (`node gateway/src/index.ts`, as in the deploy files) stopped with
// SIGTERM while a request is in flight: the request is answered, the process exits 0 and says so in
// its JSON log. Its subgraph is a slow stand-in on loopback, so the request is surely in flight.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let slowSubgraph: Server;
let gateway: ChildProcess;
let output = '';
let port: number;

beforeAll(async () => {
  // Answers the gateway's `{ viewer { role } }` after 1.5 s.
  slowSubgraph = createServer((request, response) => {
    request.resume();
    setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"viewer":{"role":"anoniem"}}}'), 1_500);
  });
  const subgraphPort = await freePort();
  await new Promise<void>((resolve) => slowSubgraph.listen(subgraphPort, '127.0.0.1', resolve));
  port = await freePort();
  const subgraph = `http://127.0.0.1:${subgraphPort}/graphql`;
  gateway = spawn(process.execPath, ['gateway/src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(port),
      HOST: '127.0.0.1',
      SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
      PARTIES_URL: subgraph,
      TRAJECTORIES_URL: subgraph,
      FUNDING_URL: subgraph,
      MONITORING_URL: subgraph,
      RESPONSE_CACHE_TTL_MS: '0',
      SHUTDOWN_TIMEOUT_MS: '8000',
      // An anonymous operation of the test's own (the dashboard's persisted ones need a token).
      ARBITRARY_OPERATIONS: 'all',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  gateway.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 150 && !output.includes('gateway listening'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(output).toContain('gateway listening');
});
afterAll(() => {
  if (gateway && gateway.exitCode === null) gateway.kill('SIGKILL');
  slowSubgraph?.close();
});

function newConnection(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (response) => resolve(response.statusCode ?? 0))
      .on('error', reject)
      .end();
  });
}

describe('the gateway process on SIGTERM', () => {
  it('finishes the request in flight, stops taking new ones and exits 0', async () => {
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', (code) => resolve(code)));
    gateway.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A new connection (not fetch's pool, which would reuse one kept alive) is refused.
    await expect(newConnection(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { role: 'anoniem' } } });
    expect(await exited).toBe(0);
    const log = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; service?: string });
    expect(log.map((l) => l.msg)).toEqual(expect.arrayContaining(['gateway listening', 'stopping: finishing requests in flight', 'request', 'stopped']));
    expect(log.every((l) => l.service === 'gateway')).toBe(true);
  });
});
