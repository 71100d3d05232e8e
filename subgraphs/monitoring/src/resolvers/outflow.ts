import { getOutflowByTargetGroup } from '@uitstroom/db/queries/monitoring';
import type { Context } from '../context.ts';
import { periodOf, periodsBetween, type Granularity } from '../domain/periods.ts';
import { checkRange } from '../domain/range.ts';

export interface OutflowArgs {
  from: string;
  to: string;
  granularity: 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  subRegionId?: string | null;
}

// Mapped here rather than with enum resolvers: graphql-js does not map an argument's SDL default
// value through enum resolvers, so `granularity = QUARTER` would arrive as 'QUARTER' anyway.
const GRANULARITY: Record<OutflowArgs['granularity'], Granularity> = { QUARTER: 'quarter', HALF_YEAR: 'half_year', YEAR: 'year' };

/** Builds an OutflowReport: SQL counts, periods named in one place (domain/periods). */
export async function outflowReport(covenantId: string, args: OutflowArgs, { db }: Context) {
  checkRange(args.from, args.to);
  const granularity = GRANULARITY[args.granularity];
  const rows = await getOutflowByTargetGroup(db, { covenantId, from: args.from, to: args.to, granularity, subRegionId: args.subRegionId });
  const cells = rows.map((row) => ({ periodCode: periodOf(row.periodStart, granularity).code, targetGroup: row.targetGroup, count: row.count }));
  return {
    from: args.from,
    to: args.to,
    granularity: args.granularity,
    periods: periodsBetween(args.from, args.to, granularity),
    cells,
    total: cells.reduce((sum, cell) => sum + cell.count, 0),
  };
}
