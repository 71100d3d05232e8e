// Test oracle for a backup's round trip: what must be the same in the database restored as in the one
// backed up — every table's rows, every sequence's position (new rows must not collide), figures of the
// monitor computed by its own queries, and what row-level security lets the service role see.
import { sql } from 'drizzle-orm';
import { withClaims } from '../claims.ts';
import type { Database } from '../client.ts';
import { getAfterHome, getHousedByOrigin, getOutflowByTargetGroup, getWaitingDistribution } from '../queries/monitoring.ts';
import * as s from '../schema/index.ts';
import type { SqlSession } from './session.ts';
import { tableRowCounts, type TableCount } from './table-counts.ts';

export interface Fingerprint {
  tables: TableCount[];
  sequences: { name: string; lastValue: string | null }[];
  monitor: unknown;
  /** Trajectories the service role sees per claim (none, all, and a few providers involved). */
  visibleToService: Record<string, number>;
}

const COVENANTS = ['walcheren', 'woonkans', 'noord-veluwe', 'noordoostpolder'];
const RANGE = { from: '2023-01-01', to: '2026-12-31' };

async function monitorFigures(db: Database['db']) {
  const figures: Record<string, unknown> = {};
  for (const covenantId of COVENANTS) {
    const scope = { covenantId, ...RANGE };
    figures[covenantId] = {
      outflow: await getOutflowByTargetGroup(db, { ...scope, granularity: 'quarter' }),
      afterHome: await getAfterHome(db, scope),
      byOrigin: await getHousedByOrigin(db, scope),
      waiting: await getWaitingDistribution(db, { ...scope, asOf: '2026-06-30' }),
    };
  }
  // Dates may come back as Date or string depending on the driver: compare their JSON.
  return JSON.parse(JSON.stringify(figures)) as unknown;
}

async function serviceVisibility(database: Database, providers: readonly string[]): Promise<Record<string, number>> {
  const countAs = (claims: Parameters<typeof withClaims>[1]) =>
    withClaims(database.db, claims, async (tx) => (await tx.select({ n: sql<number>`count(*)::int` }).from(s.trajectories))[0]?.n ?? -1);
  const visible: Record<string, number> = { none: await countAs({ scope: 'none' }), all: await countAs({ scope: 'all' }) };
  for (const partyId of providers) visible[partyId] = await countAs({ scope: 'involved', partyId });
  return visible;
}

/** A few providers with trajectories, to compare what each may see. */
export async function someProviders(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ id: string }>('select distinct provider_id as id from trajectories.trajectories order by 1 limit 3');
  return rows.map((r) => r.id);
}

/** session and database: the same database, as its owner (or a superuser). */
export async function fingerprint(session: SqlSession, database: Database, providers: readonly string[]): Promise<Fingerprint> {
  const sequences = await session.query<{ name: string; last_value: string | number | null }>(
    `select schemaname || '.' || sequencename as name, last_value from pg_catalog.pg_sequences order by 1`,
  );
  return {
    tables: await tableRowCounts(session),
    sequences: sequences.map((r) => ({ name: r.name, lastValue: r.last_value === null ? null : String(r.last_value) })),
    monitor: await monitorFigures(database.db),
    visibleToService: await serviceVisibility(database, providers),
  };
}

/** The dump with a statement that fails near its end: after every table, row and policy. */
export function withFailingStatement(script: string): string {
  const closing = script.lastIndexOf('\n--\n-- PostgreSQL database dump complete');
  return `${script.slice(0, closing)}\nINSERT INTO parties.parties VALUES ('kapot');\n${script.slice(closing)}`;
}
