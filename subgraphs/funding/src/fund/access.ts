// Who may do what with a fund, from the viewer the gateway verified and forwards: the beheerder;
// the cashier's and the chair's organisation (the token's `org`); a corporation taking part.
import type { FundRow } from '@uitstroom/db/queries/funding';
import type { ActorValues } from '@uitstroom/db/queries/fund';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { GraphQLError } from 'graphql';

export type FundFunction = 'beheerder' | 'kassier' | 'voorzitter';

/** The functions the viewer holds for this fund. */
export function functionsOf(viewer: Viewer, fund: Pick<FundRow, 'cashierPartyId' | 'chairPartyId'>): Set<FundFunction> {
  const held = new Set<FundFunction>();
  if (viewer.role === 'beheerder') held.add('beheerder');
  const organisation = viewer.role === 'anoniem' ? null : viewer.organisationId;
  if (organisation !== null && organisation === fund.cashierPartyId) held.add('kassier');
  if (organisation !== null && organisation === fund.chairPartyId) held.add('voorzitter');
  return held;
}

const NAMES: Record<FundFunction, string> = {
  beheerder: 'the beheerder',
  kassier: "the cashier's organisation",
  voorzitter: "the chair's organisation (voorzitter Woonkans-overleg)",
};

/** Refuses with FORBIDDEN unless the viewer holds one of `allowed`. */
export function requireFunction(viewer: Viewer, fund: FundRow, what: string, ...allowed: FundFunction[]): void {
  const held = functionsOf(viewer, fund);
  if (allowed.some((f) => held.has(f))) return;
  throw new GraphQLError(`only ${allowed.map((f) => NAMES[f]).join(' or ')} may ${what}`, { extensions: { code: 'FORBIDDEN' } });
}

/** How the viewer is recorded with a step or booking. */
export function actorOf(viewer: Viewer): ActorValues {
  return { byOrganisation: viewer.organisationId, byRole: viewer.role, byUser: viewer.user ?? null };
}

export function badInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`no ${what}`, { extensions: { code: 'NOT_FOUND' } });
}
