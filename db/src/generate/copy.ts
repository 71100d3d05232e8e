// PostgreSQL's bulk path: COPY … FROM STDIN in text format through postgres.js's writable stream.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql, TransactionSql } from 'postgres';

/** A pending `copy … from stdin` query as postgres.js builds it (reject is an own property). */
interface CopyQuery {
  writable(): Promise<Writable>;
  reject(error: unknown): void;
}

/**
 * Streams blocks of COPY text lines into `table (columns)` and resolves when the statement
 * (with its statement-level triggers) has completed.
 *
 * postgres.js 3.4.9 never settles the writable when the server rejects the COPY after the last
 * data was sent (porsager/postgres#1173, open): a bad row, a foreign-key or trigger error. The
 * query's own reject still runs, so it is wrapped to fail the copy with the server's error rather
 * than hang (and inside sql.begin, to let the transaction roll back).
 */
export async function copyInto(sql: Sql | TransactionSql, table: string, columns: readonly string[], blocks: Iterable<string>): Promise<void> {
  const query = sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`) as unknown as CopyQuery;
  const failed = new Promise<never>((_, reject) => {
    const original = query.reject;
    query.reject = (error) => {
      reject(error instanceof Error ? error : new Error(String(error)));
      original(error);
    };
  });
  failed.catch(() => {});
  const stream = await Promise.race([query.writable(), failed]);
  try {
    await Promise.race([pipeline(Readable.from(blocks, { objectMode: false }), stream), failed]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`COPY into ${table} failed: ${reason}`, { cause: error });
  }
}

/** Groups lines into blocks of about `size` characters, so that a stream write carries many rows. */
export function* inBlocks(lines: Iterable<string>, size = 256 * 1024): Generator<string> {
  let block = '';
  for (const text of lines) {
    block += text;
    if (block.length >= size) {
      yield block;
      block = '';
    }
  }
  if (block.length > 0) yield block;
}
