import { DateScalar, lowerCaseEnum, visibleOrForbidden } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { CostAgreement } from './CostAgreement.ts';
import { Covenant } from './Covenant.ts';
import { Fund } from './Fund.ts';
import { Mutation } from './Mutation.ts';
import { FundMutation } from './fund-mutations.ts';
import { FundClaim, FundClaimStep, FundLedgerEntry, FundRound, visibleClaim } from './fund-parts.ts';

export const resolvers = {
  Date: DateScalar,
  CostType: lowerCaseEnum(['licentie', 'uitvoering', 'training']),
  ClaimStatus: lowerCaseEnum(['ingediend', 'besproken', 'goedgekeurd', 'afgewezen', 'uitbetaald']),
  ClaimRefusalRule: lowerCaseEnum(['ernstige_nalatigheid', 'compensatie_niet_passend', 'kosten_niet_onderbouwd']),
  FundLedgerKind: lowerCaseEnum(['bijdrage', 'toekenning', 'uitbetaling', 'terugbetaling']),
  FundRoundKind: lowerCaseEnum(['inleg', 'aanvulling']),
  Query: {
    costAgreement: async (_: unknown, args: { id: string }, { loaders, viewer }: Context) => visibleOrForbidden(viewer, await loaders.costAgreement.load(args.id)),
    fund: async (_: unknown, args: { id: string }, { loaders, viewer }: Context) => visibleOrForbidden(viewer, await loaders.fund.load(args.id)),
    fundClaim: (_: unknown, args: { id: string }, context: Context) => visibleClaim(args.id, context),
  },
  Mutation: { ...Mutation, ...FundMutation },
  FundClaim,
  FundClaimStep,
  FundLedgerEntry,
  FundRound,
  CostAgreement,
  Fund,
  Covenant,
};
