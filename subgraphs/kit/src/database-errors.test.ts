// The errors a subgraph gets when its database is gone, as the drivers really make them where that
// is cheap (a closed port, an ended pool, a closed PGlite), and by their codes otherwise.
import { createServer } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { createDb, openPglite } from '@uitstroom/db/client';
import { sql } from 'drizzle-orm';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './database-errors.ts';

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** What a query rejects with; fails the test when it does not reject. */
async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => expect.fail('the query should have failed'),
    (error: unknown) => error,
  );
}

describe('isDatabaseUnavailable, with errors the drivers make', () => {
  it('knows a refused connection, wrapped by drizzle', async () => {
    const database = createDb({ url: `postgres://nobody@127.0.0.1:${await closedPort()}/none` });
    const error = await rejection(() => database.query(sql`select 1`));
    expect(isDatabaseUnavailable(error)).toBe(true);
    await database.close();
  });

  it('knows a pool that was ended (CONNECTION_ENDED)', async () => {
    const database = createDb({ url: `postgres://nobody@127.0.0.1:${await closedPort()}/none` });
    await database.close();
    expect(isDatabaseUnavailable(await rejection(() => database.query(sql`select 1`)))).toBe(true);
  });

  it('knows a closed embedded database', async () => {
    const pglite = await openPglite();
    const database = createDb({ pglite });
    await pglite.close();
    expect(isDatabaseUnavailable(await rejection(() => database.query(sql`select 1`)))).toBe(true);
  });

  it('finds it behind the GraphQLError Apollo gives formatError, which can then answer without the address', async () => {
    const database = createDb({ url: `postgres://nobody@127.0.0.1:${await closedPort()}/none` });
    const apollo = new ApolloServer({
      typeDefs: 'type Query { count: Int }',
      resolvers: { Query: { count: () => database.query(sql`select 1 as n`).then((rows) => rows.length) } },
      formatError: (formatted: GraphQLFormattedError, error: unknown) => (isDatabaseUnavailable(error) ? databaseUnavailable : formatted),
    });
    const response = await apollo.executeOperation({ query: '{ count }' });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors).toEqual([{ message: 'The database is unavailable; try again shortly.', extensions: { code: DATABASE_UNAVAILABLE } }]);
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    await database.close();
  });
});

/** The shape of postgres.js's errors: a PostgresError carries the server's SQLSTATE as `code`; its own errors a code of theirs. */
const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable, by code', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command (pg_ctl stop -m fast)'],
    ['57P02', 'crash shutdown'],
    ['57P03', 'the database system is starting up / shutting down'],
    ['53300', 'too many connections'],
    ['08006', 'connection failure'],
    ['08001', 'cannot establish a connection'],
    ['CONNECT_TIMEOUT', 'postgres.js: no connection within connect_timeout'],
    ['CONNECTION_CLOSED', 'postgres.js: the connection went away under a query'],
    ['CONNECTION_DESTROYED', 'postgres.js: pending when end() timed out'],
    ['ECONNRESET', 'reset by the server going away'],
  ])('%s (%s) is unavailable', (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
    // As drizzle and then graphql wrap it.
    expect(isDatabaseUnavailable(new GraphQLError('wrapped', { originalError: new Error('Failed query', { cause: withCode(code) }) }))).toBe(true);
  });

  it('looks inside an AggregateError (a host name with several addresses)', () => {
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed'))).toBe(true);
  });

  it.each([
    ['23505', 'unique violation: a bug or a race, not an outage'],
    ['42P01', 'undefined table'],
    ['40001', 'serialization failure'],
    ['BAD_USER_INPUT', 'a GraphQL input error'],
  ])('%s (%s) is not', (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(false);
  });

  it('is not fooled by errors without a code, or by cycles', () => {
    expect(isDatabaseUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const cyclic: Error & { cause?: unknown } = new Error('a');
    cyclic.cause = cyclic;
    expect(isDatabaseUnavailable(cyclic)).toBe(false);
  });
});
