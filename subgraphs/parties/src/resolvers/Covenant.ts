import type { CovenantRow } from '@uitstroom/db/queries/parties';
import type { Context } from '../context.ts';

export const Covenant = {
  __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.covenant.load(ref.id),
  subRegions: (covenant: CovenantRow, _: unknown, { loaders }: Context) => loaders.subRegionsByCovenant.load(covenant.id),
  memberships: (covenant: CovenantRow, _: unknown, { loaders }: Context) => loaders.membershipsByCovenant.load(covenant.id),
  bodies: (covenant: CovenantRow, _: unknown, { loaders }: Context) => loaders.bodiesByCovenant.load(covenant.id),
  evaluationRules: (covenant: CovenantRow, _: unknown, { loaders }: Context) => loaders.evaluationRulesByCovenant.load(covenant.id),
  norms: (covenant: CovenantRow, _: unknown, { loaders }: Context) => loaders.normsByCovenant.load(covenant.id),
};
