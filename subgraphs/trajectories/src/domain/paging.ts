// Page bounds: a page holds 1–500 rows, so no request can ask for a whole national table at once.
import { GraphQLError } from 'graphql';

export const MAX_PAGE = 500;

export function pageOf(args: { limit: number; offset: number }): { limit: number; offset: number } {
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_PAGE) {
    throw new GraphQLError(`limit must be between 1 and ${MAX_PAGE}, got ${args.limit}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!Number.isInteger(args.offset) || args.offset < 0) {
    throw new GraphQLError(`offset must be 0 or more, got ${args.offset}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { limit: args.limit, offset: args.offset };
}
