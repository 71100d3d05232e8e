// Validation of what a figure is narrowed to: a sub-region of the covenant and a party in it. An
// unknown one is an error that names what is known, not a silent table of zeros.
import { GraphQLError } from 'graphql';

export interface ScopeVocabulary {
  covenantKnown: boolean;
  subRegionIds: readonly string[];
  partyIsMember: boolean;
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export function checkScope(scope: { covenantId: string; subRegionId?: string | null; partyId?: string | null }, known: ScopeVocabulary): void {
  if (!known.covenantKnown) throw badInput(`unknown covenant "${scope.covenantId}"`);
  if (scope.subRegionId && !known.subRegionIds.includes(scope.subRegionId)) {
    const options = known.subRegionIds.length === 0 ? 'it has no sub-regions' : `its sub-regions are ${known.subRegionIds.join(', ')}`;
    throw badInput(`"${scope.subRegionId}" is not a sub-region of covenant "${scope.covenantId}": ${options}`);
  }
  if (scope.partyId && !known.partyIsMember) throw badInput(`party "${scope.partyId}" is not a member of covenant "${scope.covenantId}"`);
}
