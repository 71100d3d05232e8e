// Listening on a port, for every service (subgraphs and gateway): nothing else loaded with it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  host: string;
  port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `graceMs`, default
   * 10 s), then ends every connection that is left.
   */
  close(graceMs?: number): Promise<void>;
}

/** Listens on host:port (0 picks a free port). */
export async function listenHttp(server: Server, options: { port: number; host?: string }): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    host,
    port: (server.address() as AddressInfo).port,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
