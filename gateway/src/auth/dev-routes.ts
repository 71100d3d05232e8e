// The demo login's HTTP routes on the gateway (DEV_LOGIN only): the users to pick from, a token for
// one of them, and the issuer's public keys.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevIssuer } from './dev-issuer.ts';

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of request) {
    raw += String(chunk);
    if (raw.length > 10_000) throw new Error('body too large');
  }
  return JSON.parse(raw);
}

export function devLoginRoutes(dev: DevIssuer) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/auth/dev/users') {
      return send(response, 200, { demo: true, users: dev.users.map(({ id, label, role, org, covenants, amr }) => ({ id, label, role, organisation: org, covenants, secondFactor: amr.includes('otp') })) });
    }
    if (request.method === 'GET' && path === '/auth/dev/jwks.json') return send(response, 200, dev.jwks);
    if (request.method === 'POST' && path === '/auth/dev/token') {
      let user: unknown;
      try {
        user = ((await readJson(request)) as { user?: unknown } | null)?.user;
      } catch {
        return send(response, 400, { error: 'send JSON: {"user": "<demo user id>"}' });
      }
      if (typeof user !== 'string' || !dev.users.some((u) => u.id === user)) return send(response, 400, { error: `unknown demo user; known: ${dev.users.map((u) => u.id).join(', ')}` });
      return send(response, 200, { token: await dev.issue(user), tokenType: 'Bearer', expiresIn: 8 * 3600 });
    }
    return send(response, 404, { error: 'not found' });
  };
}
