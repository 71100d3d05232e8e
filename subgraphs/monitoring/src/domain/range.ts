// Validation of a reporting range: from ≤ to, and at most 25 years so a request stays bounded.
import { GraphQLError } from 'graphql';

export const MAX_RANGE_YEARS = 25;

export function checkRange(from: string, to: string): void {
  if (from > to) {
    throw new GraphQLError(`from (${from}) must not be after to (${to})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_RANGE_YEARS) {
    throw new GraphQLError(`a range may span at most ${MAX_RANGE_YEARS} years`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
