// What a Kubernetes Service does for the replicas of a subgraph, on loopback: one address in front of
// several, each request to the next in turn. Hive Gateway takes one URL per subgraph (the
// supergraph's join__graph), so it needs one such address per subgraph. A replica that refuses the
// connection is skipped for the next one, as a Service drops an endpoint that is not ready (only a
// refused connection: a request that may have reached a replica is never sent twice).
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** For each request in order: the index of the replica that answered it, or -1 when none could. */
  served: number[];
  close(): Promise<void>;
}

/** The one connection error that means the replica never got the request (a reset may come after it did). */
const NOT_REACHED = 'ECONNREFUSED';

function forward(upstream: URL, incoming: IncomingMessage, body: Buffer): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host }, agent: false },
      resolve,
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  const targets = upstreams.map((url) => new URL(url));
  const served: number[] = [];
  let next = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const first = next++ % targets.length;
    for (let attempt = 0; attempt < targets.length; attempt++) {
      const index = (first + attempt) % targets.length;
      try {
        const answer = await forward(targets[index] as URL, request, body);
        served.push(index);
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== NOT_REACHED) break;
      }
    }
    served.push(-1);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('no replica answered');
  };
  const server = createServer((request, response) => void handle(request, response).catch(() => response.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
