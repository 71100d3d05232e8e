import { getTrajectoriesOfCovenant } from '@uitstroom/db/queries/trajectories';
import type { Context } from '../context.ts';
import { pageOf } from '../domain/paging.ts';

export const Query = {
  trajectory: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.trajectory.load(args.id),
  trajectories: (_: unknown, args: { covenantId: string; limit: number; offset: number }, { db }: Context) =>
    getTrajectoriesOfCovenant(db, { covenantId: args.covenantId, ...pageOf(args) }),
};
