import { getVacancyCounts } from '@uitstroom/db/queries/targets';
import { DateScalar, requireCovenant, visibleOrForbidden } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { uitstroomMonitor, type MonitorArgs } from './monitor.ts';
import { outflowReport, type OutflowArgs } from './outflow.ts';
import { evaluationMutations, evaluationResolvers, isEvaluationId } from './evaluations.ts';
import { readShownCount } from '../domain/frozen-figures.ts';
import { targetResolvers } from './targets.ts';

export const resolvers = {
  Date: DateScalar,
  Query: {
    outflow: (_: unknown, args: OutflowArgs & { covenantId: string }, context: Context) => {
      requireCovenant(context.viewer, args.covenantId);
      return outflowReport(args.covenantId, args, context);
    },
    targets: targetResolvers.allTargets,
    evaluation: async (_: unknown, args: { id: string }, context: Context) =>
      isEvaluationId(args.id) ? visibleOrForbidden(context.viewer, await context.loaders.evaluation.load(args.id)) : null,
    vacancyCounts: async (_: unknown, args: { covenantId: string }, context: Context) => {
      requireCovenant(context.viewer, args.covenantId);
      const parties = (await targetResolvers.covenantTargets(args.covenantId, context)).flatMap((t) => (t.partyId === null ? [] : [t.partyId]));
      const rows = await getVacancyCounts(context.db, parties);
      return rows.map((r) => ({ party: { __typename: 'Party', id: r.partyId }, year: r.year, count: r.count }));
    },
  },
  Mutation: {
    setVacancyCount: targetResolvers.setVacancyCount,
    ...evaluationMutations,
  },
  Covenant: {
    __resolveReference: (ref: { id: string }, { viewer }: Context) => {
      requireCovenant(viewer, ref.id);
      return { id: ref.id };
    },
    outflow: (covenant: { id: string }, args: OutflowArgs, context: Context) => outflowReport(covenant.id, args, context),
    monitor: (covenant: { id: string }, args: MonitorArgs, context: Context) => uitstroomMonitor(covenant.id, args, context),
    targets: (covenant: { id: string }, _: unknown, context: Context) => targetResolvers.covenantTargets(covenant.id, context),
    evaluations: (covenant: { id: string }, _: unknown, context: Context) => evaluationResolvers.covenantEvaluations(covenant.id, context),
    evaluationCalendar: (covenant: { id: string }, args: { until?: string | null }, context: Context) => evaluationResolvers.calendar(covenant.id, args.until, context),
    nextEvaluation: (covenant: { id: string }, args: { on?: string | null }, context: Context) => evaluationResolvers.nextEvaluation(covenant.id, args.on, context),
    overdueEvaluations: (covenant: { id: string }, args: { on?: string | null }, context: Context) => evaluationResolvers.overdueEvaluations(covenant.id, args.on, context),
    dataDate: (covenant: { id: string }, _: unknown, { loaders }: Context) => loaders.dataDate.load(covenant.id),
  },
  ShownCount: { display: (c: Parameters<typeof readShownCount>[0]) => readShownCount(c).display, protected: (c: Parameters<typeof readShownCount>[0]) => readShownCount(c).protected },
  Target: targetResolvers.Target,
  TargetProgress: targetResolvers.TargetProgress,
  Evaluation: evaluationResolvers.Evaluation,
};
