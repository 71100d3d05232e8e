import { getHouseholdVisits } from '@uitstroom/db/queries/trajectories';
import type { Context } from '../context.ts';
import { pageOf } from '../domain/paging.ts';
import { pageKeyOf } from '../loaders.ts';

export const Covenant = {
  // Covenants are owned by the parties subgraph; here a reference is all we need.
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  trajectories: (c: { id: string }, args: { limit: number; offset: number }, { loaders }: Context) =>
    loaders.trajectoryPage.load(pageKeyOf(c.id, pageOf(args))),
  trajectoryCount: (c: { id: string }, _: unknown, { loaders }: Context) => loaders.trajectoryCount.load(c.id),
  householdVisits: (c: { id: string }, args: { from: string; to: string }, { db }: Context) => getHouseholdVisits(db, { covenantId: c.id, ...args }),
};
