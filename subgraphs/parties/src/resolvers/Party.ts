import type { PartyRow } from '@uitstroom/db/queries/parties';
import type { Context } from '../context.ts';

export const Party = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.party.load(ref.id),
  memberships: (party: PartyRow, _: unknown, { loaders }: Context) => loaders.membershipsByParty.load(party.id),
};
