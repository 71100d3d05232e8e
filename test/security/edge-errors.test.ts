// Issue 16, row 15: with NODE_ENV=development (which Vite sets in the `npm start` process, since the
// dashboard's dev server runs in it) an unexpected error at the gateway reached the client with
// `extensions.originalError`: its message and its stack, with file paths. It must be masked as in
// production: "Unexpected error." for the client, the whole error in the gateway's log.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterEach(() => vi.unstubAllEnvs());
afterAll(() => p?.close());

/**
 * An operation the gateway fails on unexpectedly: a variable nested 20,000 deep (unused by the
 * operation) overflows the stack where the response cache builds its key.
 */
function unexpectedFailure(): string {
  return `{"query":"{ covenants { id } }","variables":{"deep":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
}

describe('unexpected errors at the gateway', () => {
  it.each(['development', 'production', 'test'])('are masked with NODE_ENV=%s: no original message, no stack', async (mode) => {
    vi.stubEnv('NODE_ENV', mode);
    const response = await fetch(p.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await p.headersFor('analist')) },
      body: unexpectedFailure(),
    });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(text).not.toMatch(/originalError|stack|Maximum call stack|\.ts:\d+/);
  });
});
