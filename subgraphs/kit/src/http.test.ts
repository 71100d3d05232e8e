import { describe, expect, it } from 'vitest';
import { readiness } from './http.ts';

describe('readiness', () => {
  it('is ready when the database answers', async () => {
    await expect(readiness(async () => true)).resolves.toEqual({ status: 200, body: { status: 'ready', database: 'ok' } });
  });

  it('is not ready, without internal detail, when the database is unreachable', async () => {
    const down = async (): Promise<boolean> => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
    // The reason names a host and port: it is logged, not sent.
    await expect(readiness(down)).resolves.toEqual({ status: 503, body: { status: 'not ready', database: 'unreachable' } });
  });

  it('is not ready when the database gives an unexpected answer', async () => {
    await expect(readiness(async () => false)).resolves.toEqual({ status: 503, body: { status: 'not ready', database: 'unexpected answer' } });
  });
});
