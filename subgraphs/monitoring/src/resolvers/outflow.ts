import { getOutflowByTargetGroup } from '@uitstroom/db/queries/monitoring';
import type { Context } from '../context.ts';
import { periodOf, periodsBetween, type Granularity } from '../domain/periods.ts';
import { checkRange } from '../domain/range.ts';

export interface OutflowArgs {
  from: string;
  to: string;
  granularity: Granularity;
  subRegionId?: string | null;
}

/** Builds an OutflowReport: SQL counts, periods named in one place (domain/periods). */
export async function outflowReport(covenantId: string, args: OutflowArgs, { db }: Context) {
  checkRange(args.from, args.to);
  const rows = await getOutflowByTargetGroup(db, { covenantId, ...args });
  const cells = rows.map((row) => ({ periodCode: periodOf(row.periodStart, args.granularity).code, targetGroup: row.targetGroup, count: row.count }));
  return {
    from: args.from,
    to: args.to,
    granularity: args.granularity,
    periods: periodsBetween(args.from, args.to, args.granularity),
    cells,
    total: cells.reduce((sum, cell) => sum + cell.count, 0),
  };
}
