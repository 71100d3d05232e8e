// One connection to the database a backup reads or a restore writes, the same for PGlite and a
// PostgreSQL server. The restore needs what drizzle's handle does not give: statements of a dump
// run as they are (simple protocol), COPY … FROM stdin, and one transaction around all of it.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import postgres from 'postgres';

export interface SqlSession {
  /** Where this is, for messages: never a password. */
  readonly description: string;
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs one statement as written (simple protocol). */
  execute(text: string): Promise<void>;
  /** Runs `COPY … FROM stdin` with its data (text format, as pg_dump writes it). */
  copyFrom(statement: string, data: string): Promise<void>;
  /** fn in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Back to the session's defaults (a dump's SET statements outlive its transaction). */
  resetSettings(): Promise<void>;
  close(): Promise<void>;
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction;

function pgliteSession(client: PgliteLike, owner: PGlite, description: string): SqlSession {
  return {
    description,
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    execute: async (text) => {
      await client.exec(text);
    },
    copyFrom: async (statement, data) => {
      // PGlite reads COPY input from a blob it presents as the file /dev/blob.
      const fromBlob = statement.replace(/\bFROM\s+stdin\b/i, "FROM '/dev/blob'");
      await client.query(fromBlob, [], { blob: new Blob([data]) });
    },
    transaction: (fn) => owner.transaction((tx) => fn(pgliteSession(tx, owner, description))),
    resetSettings: async () => {
      await owner.exec('RESET ALL');
    },
    close: () => owner.close(),
  };
}

/** A session on an open PGlite instance; close() closes the instance. */
export function embeddedSession(pglite: PGlite, description: string): SqlSession {
  return pgliteSession(pglite, pglite, description);
}

type PostgresClient = postgres.Sql | postgres.TransactionSql;

function serverSession(client: PostgresClient, root: postgres.Sql, description: string): SqlSession {
  return {
    description,
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
      [...(await client.unsafe(text, params as postgres.ParameterOrJSON<never>[]))] as unknown as T[],
    execute: async (text) => {
      await client.unsafe(text);
    },
    copyFrom: async (statement, data) => {
      const input = await client.unsafe(statement).writable();
      await new Promise<void>((resolve, reject) => {
        input.on('error', reject);
        input.on('finish', resolve);
        input.end(data);
      });
    },
    transaction: async (fn) => {
      const result = await root.begin((tx) => fn(serverSession(tx, root, description)));
      return result as Awaited<ReturnType<typeof fn>>;
    },
    resetSettings: async () => {
      await root.unsafe('RESET ALL');
    },
    close: () => root.end({ timeout: 5 }),
  };
}

/** One connection to the server at url (a dump is restored on one connection, in one transaction). */
export function connectServer(url: string): SqlSession {
  const root = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'uitstroommonitor-restore' } });
  return serverSession(root, root, describeUrl(url));
}

/** postgres://user@host:port/database without the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    return `PostgreSQL ${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
