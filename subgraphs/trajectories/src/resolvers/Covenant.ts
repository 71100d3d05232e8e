import { disclosureFor } from '@uitstroom/disclosure';
import { requireCovenant } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { householdVisits, trajectoryPage } from './case-reads.ts';

export const Covenant = {
  // Covenants are owned by the parties subgraph; here a reference is all we need.
  __resolveReference: (ref: { id: string }, { viewer }: Context) => {
    requireCovenant(viewer, ref.id);
    return { id: ref.id };
  },
  trajectories: (c: { id: string }, args: { limit: number; offset: number }, context: Context) => trajectoryPage(c.id, args, context),
  /** Protected like every count but the beheerder's; a protected 1–4 has no number to show, so null. */
  trajectoryCount: async (c: { id: string }, _: unknown, { loaders, viewer }: Context) => disclosureFor(viewer.role).show(await loaders.trajectoryCount.load(c.id)).count,
  householdVisits: (c: { id: string }, args: { from: string; to: string }, context: Context) => householdVisits(c.id, args, context),
};
