import * as q from '@uitstroom/db/queries/monitoring';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { buildMonitor } from '../domain/monitor.ts';
import { isProvisional, referenceDate } from '../domain/period-grid.ts';
import { checkRange } from '../domain/range.ts';
import { checkScope } from '../domain/scope.ts';
import { disclosureOf } from '../domain/visibility.ts';
import { requireMonitorPeriod, requireOwnParty } from './grid.ts';

export interface MonitorArgs {
  from: string;
  to: string;
  subRegionId?: string | null;
  targetGroup?: q.MonitorScope['targetGroup'];
  partyId?: string | null;
}

/** Loads every figure's SQL result at once and shapes them in domain/monitor.ts. */
export async function uitstroomMonitor(covenantId: string, args: MonitorArgs, context: Context) {
  const { db, viewer, loaders } = context;
  checkRange(args.from, args.to);
  const disclosure = disclosureOf(viewer);
  const today = todayInNetherlands();
  const { from, to, subRegionId, targetGroup, partyId } = args;
  const scope = { covenantId, subRegionId, targetGroup, partyId, from, to };
  const [vocabulary, dataDate] = await Promise.all([q.getScopeVocabulary(db, covenantId, partyId), loaders.dataDate.load(covenantId)]);
  checkScope(scope, vocabulary);
  if (disclosure.protects) await requireMonitorPeriod(covenantId, from, to, context);
  if (disclosure.protects) requireOwnParty(partyId, viewer);
  const asOf = referenceDate(to, dataDate, today);
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
  const followUp = { periodEnd: to, observedUntil: dataDate ?? asOf };
  const figures = buildMonitor({ facility, ageCategory, byOrigin, cohort, history, open, afterHome, signals, followUp }, disclosure);
  return {
    from,
    to,
    asOf,
    dataDate,
    provisional: isProvisional(to, dataDate, today),
    ...figures,
    woonplaatsbeginsel: {
      ...figures.woonplaatsbeginsel,
      perGemeente: figures.woonplaatsbeginsel.perGemeente.map(({ gemeenteId, ...rest }) => ({ gemeente: { __typename: 'Party', id: gemeenteId }, ...rest })),
    },
    protectionApplied: disclosure.protects,
  };
}
