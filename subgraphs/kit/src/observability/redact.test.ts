// A statement that fails with a case code among its values: the log line names the failure, the SQL
// and the cause, and not one of the values — whichever error wraps it, however deep.
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.ts';
import { redactMessage, serializeError } from './redact.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const SECRET = 'CASUS-GEHEIM-4711';

function memoryLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { log: pino(loggerOptions('info'), destination), lines };
}

describe('log lines of a failing statement', () => {
  it('hold the failure and the SQL, never the statement’s values', async () => {
    const failure = await t.database.db
      .execute(sql`insert into trajectories.trajectories (covenant_id, case_code) select x->>'covenant', x->>'code' from jsonb_array_elements(${JSON.stringify([{ covenant: 'walcheren', code: SECRET }])}::jsonb) as x`)
      .then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    // Really there to leak: the error itself carries the value.
    expect(JSON.stringify({ message: (failure as Error).message, ...(failure as object) })).toContain(SECRET);
    const { log, lines } = memoryLogger();
    log.error({ err: failure }, 'resolver failed');
    log.error({ err: new GraphQLError('Unexpected error.', { originalError: failure as Error }) }, 'resolver failed');
    log.warn({ error: failure }, 'housekeeping failed');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(SECRET);
      expect(line).toContain('trajectories.trajectories');
    }
    expect(lines[0]).toContain('params: [redacted]');
  });

  it('are redacted in messages, stacks and causes alike', () => {
    expect(redactMessage(`Failed query: select $1\nparams: ${SECRET},2`)).toBe('Failed query: select $1\nparams: [redacted]');
    const inner = Object.assign(new Error('duplicate key'), { parameters: [SECRET], query: 'insert …' });
    const outer = new Error(`Failed query: insert …\nparams: ${SECRET}`, { cause: inner });
    const shown = JSON.stringify(serializeError(outer));
    expect(shown).not.toContain(SECRET);
    expect(shown).toContain('duplicate key');
    expect(shown).toContain('insert …');
  });
});
