import type { HouseholdVisitRow } from '@uitstroom/db/queries/trajectories';
import type { Context } from '../context.ts';

export const HouseholdVisit = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.householdVisit.load(ref.id),
  covenant: (v: HouseholdVisitRow) => ({ id: v.covenantId }),
  tenantOf: (v: HouseholdVisitRow) => (v.tenantOfPartyId ? { __typename: 'Party', id: v.tenantOfPartyId } : null),
};
