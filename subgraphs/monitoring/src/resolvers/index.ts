import { DateScalar } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { uitstroomMonitor, type MonitorArgs } from './monitor.ts';
import { outflowReport, type OutflowArgs } from './outflow.ts';

export const resolvers = {
  Date: DateScalar,
  Query: {
    outflow: (_: unknown, args: OutflowArgs & { covenantId: string }, context: Context) => outflowReport(args.covenantId, args, context),
  },
  Covenant: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    outflow: (covenant: { id: string }, args: OutflowArgs, context: Context) => outflowReport(covenant.id, args, context),
    monitor: (covenant: { id: string }, args: MonitorArgs, context: Context) => uitstroomMonitor(covenant.id, args, context),
  },
};
