import { requireCovenant } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { costYear } from './costYear.ts';

export const Covenant = {
  __resolveReference: (ref: { id: string }, { viewer }: Context) => {
    requireCovenant(viewer, ref.id);
    return { id: ref.id };
  },
  costAgreements: (c: { id: string }, _: unknown, { loaders }: Context) => loaders.costAgreementsByCovenant.load(c.id),
  funds: (c: { id: string }, _: unknown, { loaders }: Context) => loaders.fundsByCovenant.load(c.id),
  costYear: (c: { id: string }, args: { year: number }, context: Context) => costYear(c.id, args.year, context),
};
