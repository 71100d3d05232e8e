import type { Context } from '../context.ts';
import { pageOf } from '../domain/paging.ts';
import { pageKeyOf } from '../loaders.ts';

export const Query = {
  trajectory: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.trajectory.load(args.id),
  trajectories: (_: unknown, args: { covenantId: string; limit: number; offset: number }, { loaders }: Context) =>
    loaders.trajectoryPage.load(pageKeyOf(args.covenantId, pageOf(args))),
};
