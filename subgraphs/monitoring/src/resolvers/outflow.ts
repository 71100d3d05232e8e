import { getOutflowByTargetGroup, getScopeVocabulary, TARGET_GROUP_ORDER, type MonitorScope } from '@uitstroom/db/queries/monitoring';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { shownOutflowTable } from '../domain/outflow-table.ts';
import { calendarPeriod, isProvisional } from '../domain/period-grid.ts';
import { periodOf, periodsBetween, type Granularity } from '../domain/periods.ts';
import { checkRange } from '../domain/range.ts';
import { checkScope } from '../domain/scope.ts';
import { disclosureOf } from '../domain/visibility.ts';
import { requireOwnParty, requireWholePeriods } from './grid.ts';

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

/** Builds an OutflowReport: SQL counts and key sums, periods named in one place, one disclosure for the request. */
export async function outflowReport(covenantId: string, args: OutflowArgs, { db, viewer, loaders }: Context) {
  checkRange(args.from, args.to);
  const granularity = GRANULARITY[args.granularity];
  const { from, to, subRegionId, targetGroup, partyId } = args;
  const disclosure = disclosureOf(viewer);
  if (disclosure.protects) requireWholePeriods(from, to, granularity, viewer.role);
  if (disclosure.protects) requireOwnParty(partyId, viewer);
  const [vocabulary, dataDate] = await Promise.all([getScopeVocabulary(db, covenantId, partyId), loaders.dataDate.load(covenantId)]);
  checkScope({ covenantId, subRegionId, partyId }, vocabulary);
  const rows = await getOutflowByTargetGroup(db, { covenantId, from, to, granularity, subRegionId, targetGroup, partyId });
  const today = todayInNetherlands();
  const periods = periodsBetween(from, to, granularity).map((p) => ({ ...p, provisional: isProvisional(p.end, dataDate, today) }));
  const cells = rows.map((row) => ({ periodCode: periodOf(row.periodStart, granularity).code, targetGroup: row.targetGroup, count: row.count, keySum: row.keySum }));
  const rangeTotalsPublished = !disclosure.protects || calendarPeriod(from, to) !== null;
  return {
    from,
    to,
    granularity: args.granularity,
    dataDate,
    periods,
    ...shownOutflowTable(periods.map((p) => p.code), TARGET_GROUP_ORDER, cells, disclosure, rangeTotalsPublished),
    protectionApplied: disclosure.protects,
  };
}
