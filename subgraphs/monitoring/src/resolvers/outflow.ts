import { getOutflowByTargetGroup, getScopeVocabulary, TARGET_GROUP_ORDER, type MonitorScope } from '@uitstroom/db/queries/monitoring';
import type { Context } from '../context.ts';
import { periodOf, periodsBetween, type Granularity } from '../domain/periods.ts';
import { shownOutflowTable } from '../domain/outflow-table.ts';
import { checkRange } from '../domain/range.ts';
import { checkScope } from '../domain/scope.ts';
import { seesExactCounts } from '../domain/visibility.ts';

export interface OutflowArgs {
  from: string;
  to: string;
  granularity: 'QUARTER' | 'HALF_YEAR' | 'YEAR';
  subRegionId?: string | null;
  targetGroup?: MonitorScope['targetGroup'];
  partyId?: string | null;
}

// Mapped here rather than with enum resolvers: graphql-js does not map an argument's SDL default
// value through enum resolvers, so `granularity = QUARTER` would arrive as 'QUARTER' anyway.
const GRANULARITY: Record<OutflowArgs['granularity'], Granularity> = { QUARTER: 'quarter', HALF_YEAR: 'half_year', YEAR: 'year' };

/** Builds an OutflowReport: SQL counts, periods named in one place, one suppression rule. */
export async function outflowReport(covenantId: string, args: OutflowArgs, { db, viewer }: Context) {
  checkRange(args.from, args.to);
  const granularity = GRANULARITY[args.granularity];
  const { from, to, subRegionId, targetGroup, partyId } = args;
  checkScope({ covenantId, subRegionId, partyId }, await getScopeVocabulary(db, covenantId, partyId));
  const rows = await getOutflowByTargetGroup(db, { covenantId, from, to, granularity, subRegionId, targetGroup, partyId });
  const periods = periodsBetween(args.from, args.to, granularity);
  const cells = rows.map((row) => ({ periodCode: periodOf(row.periodStart, granularity).code, targetGroup: row.targetGroup, count: row.count }));
  const suppress = !seesExactCounts(viewer);
  return {
    from: args.from,
    to: args.to,
    granularity: args.granularity,
    periods,
    ...shownOutflowTable(periods.map((p) => p.code), TARGET_GROUP_ORDER, cells, suppress),
    suppressionApplied: suppress,
  };
}
