import { DateScalar, lowerCaseEnum } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { CostAgreement } from './CostAgreement.ts';
import { Covenant } from './Covenant.ts';
import { Fund } from './Fund.ts';
import { Mutation } from './Mutation.ts';

export const resolvers = {
  Date: DateScalar,
  CostType: lowerCaseEnum(['licentie', 'uitvoering', 'training']),
  Query: {
    costAgreement: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.costAgreement.load(args.id),
    fund: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.fund.load(args.id),
  },
  Mutation,
  CostAgreement,
  Fund,
  Covenant,
};
