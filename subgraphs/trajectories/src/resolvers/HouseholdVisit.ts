import type { HouseholdVisitRow } from '@uitstroom/db/queries/trajectories';
import type { Context } from '../context.ts';
import { oneVisit } from './case-reads.ts';

export const HouseholdVisit = {
  __resolveReference: (ref: { id: string }, context: Context) => oneVisit(ref.id, context),
  covenant: (v: HouseholdVisitRow) => ({ id: v.covenantId }),
  tenantOf: (v: HouseholdVisitRow) => (v.tenantOfPartyId ? { __typename: 'Party', id: v.tenantOfPartyId } : null),
};
