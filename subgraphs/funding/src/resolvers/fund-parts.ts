// Claims, rounds, bookings and actors of a fund, as the schema shows them.
import type { FundClaimRow, FundClaimStepRow, FundLedgerRow, FundRoundRow } from '@uitstroom/db/queries/fund';
import { auditEntries, visibleOrForbidden, type Viewer } from '@uitstroom/subgraph-kit';
import type { Context } from '../context.ts';
import { currentStatus, REFUSAL_TEXT } from '../domain/claim-workflow.ts';
import { functionsOf } from '../fund/access.ts';
import { isUuid } from '../fund/ids.ts';
import { paidOnByRound } from '../fund/state.ts';

const party = (id: string) => ({ __typename: 'Party', id });
const actor = (row: { byOrganisation: string | null; byRole: string; byUser: string | null }) => ({
  organisation: row.byOrganisation ? party(row.byOrganisation) : null,
  role: row.byRole,
  user: row.byUser,
});
const timestamp = (row: { recordedAt: Date | string }) => new Date(row.recordedAt).toISOString();

/** Case codes are case-level data: only those handling the claim see them. */
async function mayseeCase(viewer: Viewer, claim: FundClaimRow, { loaders }: Context): Promise<boolean> {
  if (viewer.role === 'anoniem') return false;
  if (viewer.organisationId === claim.claimantPartyId) return true;
  const fund = await loaders.fund.load(claim.fundId);
  return fund !== null && functionsOf(viewer, fund).size > 0;
}

/** A claim by id, when its fund's covenant is one the viewer may see (else FORBIDDEN). */
export async function visibleClaim(id: string, { loaders, viewer }: Context): Promise<FundClaimRow | null> {
  const claim = isUuid(id) ? await loaders.claim.load(id) : null;
  if (claim === null) return null;
  visibleOrForbidden(viewer, await loaders.fund.load(claim.fundId));
  return claim;
}

export const FundClaim = {
  __resolveReference: (ref: { id: string }, context: Context) => visibleClaim(ref.id, context),
  fund: (c: FundClaimRow, _: unknown, { loaders }: Context) => loaders.fund.load(c.fundId),
  // A case code shown is a case-level read: audited (all of a request in one statement).
  caseCode: async (c: FundClaimRow, _: unknown, context: Context) => {
    if (!(await mayseeCase(context.viewer, c, context))) return null;
    const fund = await context.loaders.fund.load(c.fundId);
    const [entry] = auditEntries(context.viewer, { action: 'read', subject: 'fund-claim', outcome: 'allowed' }, [{ covenantId: fund?.covenantId ?? null, caseCode: c.caseCode }]);
    if (entry) await context.loaders.audit.load(entry);
    return c.caseCode;
  },
  claimant: (c: FundClaimRow) => party(c.claimantPartyId),
  lines: (c: FundClaimRow, _: unknown, { loaders }: Context) => loaders.linesByClaim.load(c.id),
  claimedCents: async (c: FundClaimRow, _: unknown, { loaders }: Context) => (await loaders.linesByClaim.load(c.id)).reduce((s, l) => s + l.cents, 0),
  approvedCents: async (c: FundClaimRow, _: unknown, { loaders }: Context) =>
    (await loaders.ledgerByFund.load(c.fundId)).find((e) => e.kind === 'toekenning' && e.claimId === c.id)?.cents ?? null,
  status: async (c: FundClaimRow, _: unknown, { loaders }: Context) => currentStatus(await loaders.stepsByClaim.load(c.id)),
  refusal: async (c: FundClaimRow, _: unknown, { loaders }: Context) => {
    const refused = (await loaders.stepsByClaim.load(c.id)).find((s) => s.status === 'afgewezen');
    return refused?.refusalRule ? (refused.note ?? REFUSAL_TEXT[refused.refusalRule]) : null;
  },
  steps: (c: FundClaimRow, _: unknown, { loaders }: Context) => loaders.stepsByClaim.load(c.id),
};

export const FundClaimStep = {
  recordedBy: actor,
  recordedAt: (s: FundClaimStepRow) => timestamp(s),
};

export const FundLedgerEntry = {
  id: (e: FundLedgerRow) => String(e.id),
  on: (e: FundLedgerRow) => e.bookedOn,
  party: (e: FundLedgerRow) => party(e.partyId),
  round: (e: FundLedgerRow, _: unknown, { loaders }: Context) => (e.roundId ? loaders.round.load(e.roundId) : null),
  claim: (e: FundLedgerRow, _: unknown, { loaders }: Context) => (e.claimId ? loaders.claim.load(e.claimId) : null),
  recordedBy: actor,
  recordedAt: (e: FundLedgerRow) => timestamp(e),
};

async function roundParts(r: FundRoundRow, { loaders }: Context) {
  const [parts, ledger] = await Promise.all([loaders.partsByRound.load(r.id), loaders.ledgerByFund.load(r.fundId)]);
  const paid = paidOnByRound(ledger).get(r.id);
  return parts.map((p) => ({ party: party(p.partyId), owedCents: p.owedCents, paidOn: paid?.get(p.partyId) ?? null }));
}

export const FundRound = {
  parts: (r: FundRoundRow, _: unknown, context: Context) => roundParts(r, context),
  owedCents: async (r: FundRoundRow, _: unknown, context: Context) => (await roundParts(r, context)).reduce((s, p) => s + p.owedCents, 0),
  paidCents: async (r: FundRoundRow, _: unknown, context: Context) => (await roundParts(r, context)).reduce((s, p) => s + (p.paidOn ? p.owedCents : 0), 0),
  open: async (r: FundRoundRow, _: unknown, context: Context) => (await roundParts(r, context)).some((p) => p.paidOn === null),
};
