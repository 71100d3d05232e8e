import { GraphQLError } from 'graphql';

/** Refuses an input with every problem found, each one a sentence a user can act on. */
export function refuse(problems: readonly string[]): never {
  throw new GraphQLError(problems.join('; '), { extensions: { code: 'BAD_USER_INPUT', problems } });
}
