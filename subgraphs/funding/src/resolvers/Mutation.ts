// Changes to funding data: only the beheerder records indexations.
import * as q from '@uitstroom/db/queries/funding';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { indexationProblem } from '../domain/indexation.ts';

export const Mutation = {
  setRateIndexation: async (_: unknown, args: { agreementId: string; year: number; hourlyRateCents: number; source: string }, { db, viewer, loaders }: Context) => {
    if (viewer.role !== 'beheerder') throw new GraphQLError(`role "${viewer.role}" may not record indexations; that needs beheerder`, { extensions: { code: 'FORBIDDEN' } });
    const agreement = await loaders.costAgreement.load(args.agreementId);
    const problem = indexationProblem(args, agreement);
    if (problem !== null) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
    const saved = await q.setRateIndexation(db, { ...args, source: args.source.trim() });
    return { agreement, year: saved.year, hourlyRateCents: saved.hourlyRateCents, source: saved.source };
  },
};
