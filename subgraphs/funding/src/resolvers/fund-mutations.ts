// Changes to a Garantiefonds: the claim workflow, rounds and contributions, members and weights,
// termination. The rules live in ../domain, the transactions in ../fund; this file only maps.
import type { Context } from '../context.ts';
import type { RefusalRule } from '../domain/claim-workflow.ts';
import { notFound } from '../fund/access.ts';
import { approveClaim, discussClaim, payClaim, refuseClaim, submitClaim, type ClaimInput } from '../fund/claims.ts';
import { addMember, giveNotice, setWeight, terminate } from '../fund/members.ts';
import { payRoundPart, raiseRoundByHand } from '../fund/rounds.ts';
import { FundRead } from './fund-read.ts';

type Day = string | null | undefined;

/** After a change nothing this request loaded before may be served again (two mutations in one operation). */
function fresh(context: Context): Context['loaders'] {
  for (const loader of Object.values(context.loaders)) loader.clearAll();
  return context.loaders;
}

async function claim(id: string, context: Context) {
  return fresh(context).claim.load(id);
}

async function member(fundId: string, partyId: string, on: string, context: Context) {
  const fund = await fresh(context).fund.load(fundId);
  if (!fund) throw notFound(`fund "${fundId}"`);
  const members = await FundRead.members(fund, { on }, context);
  return members.find((m) => m.partyId === partyId) ?? null;
}

export const FundMutation = {
  submitFundClaim: async (_: unknown, args: { claim: ClaimInput }, context: Context) => claim(await submitClaim(context.db, context.viewer, args.claim), context),
  recordFundClaimDiscussion: async (_: unknown, args: { claimId: string; on?: Day; note: string }, context: Context) =>
    claim(await discussClaim(context.db, context.viewer, args.claimId, args.on, args.note), context),
  approveFundClaim: async (_: unknown, args: { claimId: string; on?: Day; approvedCents?: number | null; note?: string | null }, context: Context) =>
    claim(await approveClaim(context.db, context.viewer, args.claimId, args.on, args.approvedCents, args.note), context),
  refuseFundClaim: async (_: unknown, args: { claimId: string; on?: Day; rule: RefusalRule; note: string }, context: Context) =>
    claim(await refuseClaim(context.db, context.viewer, args.claimId, args.on, args.rule, args.note), context),
  payFundClaim: async (_: unknown, args: { claimId: string; on?: Day }, context: Context) => claim(await payClaim(context.db, context.viewer, args.claimId, args.on), context),
  raiseFundRound: async (_: unknown, args: { fundId: string; on?: Day; reason?: string | null }, context: Context) =>
    fresh(context).round.load(await raiseRoundByHand(context.db, context.viewer, args.fundId, args.on, args.reason)),
  recordFundContribution: async (_: unknown, args: { roundId: string; partyId: string; on?: Day }, context: Context) =>
    fresh(context).round.load(await payRoundPart(context.db, context.viewer, args.roundId, args.partyId, args.on)),
  addFundMember: async (_: unknown, args: { fundId: string; partyId: string; joinedOn: string }, context: Context) => {
    await addMember(context.db, context.viewer, args.fundId, args.partyId, args.joinedOn);
    return member(args.fundId, args.partyId, args.joinedOn, context);
  },
  giveFundNotice: async (_: unknown, args: { fundId: string; partyId: string; noticeOn: string }, context: Context) => {
    await giveNotice(context.db, context.viewer, args.fundId, args.partyId, args.noticeOn);
    return member(args.fundId, args.partyId, args.noticeOn, context);
  },
  setFundWeight: async (_: unknown, args: { fundId: string; partyId: string; validFrom: string; weight: number; source: string }, context: Context) => {
    await setWeight(context.db, context.viewer, args.fundId, args.partyId, args.validFrom, args.weight, args.source);
    return member(args.fundId, args.partyId, args.validFrom, context);
  },
  terminateFund: async (_: unknown, args: { fundId: string; on: string }, context: Context) => {
    await terminate(context.db, context.viewer, args.fundId, args.on);
    return fresh(context).fund.load(args.fundId);
  },
};
