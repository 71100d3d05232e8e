import { DateScalar, lowerCaseEnum } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { isUuid } from '../fund/ids.ts';
import { CostAgreement } from './CostAgreement.ts';
import { Covenant } from './Covenant.ts';
import { Fund } from './Fund.ts';
import { Mutation } from './Mutation.ts';
import { FundMutation } from './fund-mutations.ts';
import { FundClaim, FundClaimStep, FundLedgerEntry, FundRound } from './fund-parts.ts';

export const resolvers = {
  Date: DateScalar,
  CostType: lowerCaseEnum(['licentie', 'uitvoering', 'training']),
  ClaimStatus: lowerCaseEnum(['ingediend', 'besproken', 'goedgekeurd', 'afgewezen', 'uitbetaald']),
  ClaimRefusalRule: lowerCaseEnum(['ernstige_nalatigheid', 'compensatie_niet_passend', 'kosten_niet_onderbouwd']),
  FundLedgerKind: lowerCaseEnum(['bijdrage', 'toekenning', 'uitbetaling', 'terugbetaling']),
  FundRoundKind: lowerCaseEnum(['inleg', 'aanvulling']),
  Query: {
    costAgreement: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.costAgreement.load(args.id),
    fund: (_: unknown, args: { id: string }, { loaders }: Context) => loaders.fund.load(args.id),
    fundClaim: (_: unknown, args: { id: string }, { loaders }: Context) => (isUuid(args.id) ? loaders.claim.load(args.id) : null),
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
