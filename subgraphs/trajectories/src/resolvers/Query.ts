import { requireCovenant } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { oneTrajectory, trajectoryPage } from './case-reads.ts';

export const Query = {
  trajectory: (_: unknown, args: { id: string }, context: Context) => oneTrajectory(args.id, context, { quiet: false }),
  trajectories: (_: unknown, args: { covenantId: string; limit: number; offset: number }, context: Context) => {
    requireCovenant(context.viewer, args.covenantId);
    return trajectoryPage(args.covenantId, args, context);
  },
};
