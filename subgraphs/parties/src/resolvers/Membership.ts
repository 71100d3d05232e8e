import type { MembershipRow } from '@uitstroom/db/queries/parties';
import type { Context } from '../context.ts';

export const Membership = {
  covenant: (m: MembershipRow, _: unknown, { loaders }: Context) => loaders.covenant.load(m.covenantId),
  party: (m: MembershipRow, _: unknown, { loaders }: Context) => loaders.party.load(m.partyId),
  subRegion: (m: MembershipRow, _: unknown, { loaders }: Context) => (m.subRegionId ? loaders.subRegion.load(m.subRegionId) : null),
};
