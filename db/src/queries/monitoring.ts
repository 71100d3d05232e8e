// SQL for the monitoring subgraph. Figures are computed by PostgreSQL (GROUP BY), not in JavaScript,
// on the trajectories subgraph's published view — never on its tables.
import { and, between, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { monitorTrajectories as v } from '../schema/trajectories.ts';

export type PeriodGranularity = 'quarter' | 'half_year' | 'year';

/** SQL expression for the first day of the period containing a date column. */
function periodStart(column: SQL | typeof v.housedOn, granularity: PeriodGranularity): SQL<string> {
  switch (granularity) {
    case 'quarter':
      return sql<string>`date_trunc('quarter', ${column})::date`;
    case 'half_year':
      return sql<string>`(date_trunc('year', ${column}) + case when extract(month from ${column}) > 6 then interval '6 months' else interval '0 months' end)::date`;
    case 'year':
      return sql<string>`date_trunc('year', ${column})::date`;
  }
}

/** Target groups in the order of the enum, for stable columns. */
export const TARGET_GROUP_ORDER = v.targetGroup.enumValues;

export interface OutflowRow {
  periodStart: string;
  targetGroup: (typeof v.targetGroup.enumValues)[number];
  count: number;
}

/** Uitstroom: people housed (sleuteloverdracht) in [from, to], per period and target group. */
export function getOutflowByTargetGroup(
  db: Db,
  params: { covenantId: string; subRegionId?: string | null; from: string; to: string; granularity: PeriodGranularity },
): Promise<OutflowRow[]> {
  const start = periodStart(v.housedOn, params.granularity);
  return db
    .select({ periodStart: start, targetGroup: v.targetGroup, count: count() })
    .from(v)
    .where(
      and(
        eq(v.covenantId, params.covenantId),
        params.subRegionId ? eq(v.subRegionId, params.subRegionId) : undefined,
        between(v.housedOn, params.from, params.to),
      ),
    )
    .groupBy(start, v.targetGroup)
    .orderBy(start, v.targetGroup);
}
