import * as q from '@uitstroom/db/queries/monitoring';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { buildMonitor } from '../domain/monitor.ts';
import { checkRange } from '../domain/range.ts';
import { checkScope } from '../domain/scope.ts';
import { seesExactCounts } from '../domain/visibility.ts';

export interface MonitorArgs {
  from: string;
  to: string;
  subRegionId?: string | null;
  targetGroup?: q.MonitorScope['targetGroup'];
  partyId?: string | null;
}

/** Loads every figure's SQL result at once and shapes them in domain/monitor.ts. */
export async function uitstroomMonitor(covenantId: string, args: MonitorArgs, { db, viewer }: Context) {
  checkRange(args.from, args.to);
  const today = todayInNetherlands();
  const asOf = args.to < today ? args.to : today;
  const { from, to, subRegionId, targetGroup, partyId } = args;
  const scope = { covenantId, subRegionId, targetGroup, partyId, from, to };
  checkScope(scope, await q.getScopeVocabulary(db, covenantId, partyId));
  const [facility, ageCategory, byOrigin, cohort, history, open, afterHome, signals] = await Promise.all([
    q.getOutflowBreakdown(db, scope, 'facility'),
    q.getOutflowBreakdown(db, scope, 'ageCategory'),
    q.getHousedByOrigin(db, scope),
    q.getWaitingDistribution(db, { ...scope, asOf }),
    q.getWaitingDistribution(db, { ...scope, from: '0001-01-01', to: asOf, asOf }),
    q.getOpenWaits(db, { ...scope, asOf }),
    q.getAfterHome(db, scope),
    q.getSignalCounts(db, scope),
  ]);
  const suppress = !seesExactCounts(viewer);
  const figures = buildMonitor({ facility, ageCategory, byOrigin, cohort, history, open, afterHome, signals }, suppress);
  return {
    from: args.from,
    to: args.to,
    asOf,
    ...figures,
    woonplaatsbeginsel: {
      ...figures.woonplaatsbeginsel,
      perGemeente: figures.woonplaatsbeginsel.perGemeente.map(({ gemeenteId, ...rest }) => ({ gemeente: { __typename: 'Party', id: gemeenteId }, ...rest })),
    },
    suppressionApplied: suppress,
  };
}
