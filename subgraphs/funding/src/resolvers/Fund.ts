import type { FundRow } from '@uitstroom/db/queries/funding';
import { visibleOrForbidden } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { FundRead } from './fund-read.ts';

export const Fund = {
  __resolveReference: async (ref: { id: string }, { loaders, viewer }: Context) => visibleOrForbidden(viewer, await loaders.fund.load(ref.id)),
  covenant: (f: FundRow) => ({ id: f.covenantId }),
  cashier: (f: FundRow) => ({ __typename: 'Party', id: f.cashierPartyId }),
  contributionRules: (f: FundRow, _: unknown, { loaders }: Context) => loaders.rulesByFund.load(f.id),
  ...FundRead,
};
