import type { CostAgreementRow } from '@uitstroom/db/queries/funding';
import { visibleOrForbidden } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { budgetCents } from '../domain/budget.ts';

export const CostAgreement = {
  __resolveReference: async (ref: { id: string }, { loaders, viewer }: Context) => visibleOrForbidden(viewer, await loaders.costAgreement.load(ref.id)),
  covenant: (a: CostAgreementRow) => ({ id: a.covenantId }),
  budgetCents: (a: CostAgreementRow) => budgetCents(a),
  shares: async (a: CostAgreementRow, _: unknown, { loaders }: Context) =>
    (await loaders.sharesByAgreement.load(a.id)).map((s) => ({ party: { __typename: 'Party', id: s.partyId }, basisPoints: s.basisPoints })),
};
