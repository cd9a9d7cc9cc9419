import { GraphQLError } from 'graphql';

/**
 * The caller sent an argument the API cannot use (not an id, a broken cursor, a NUL character...):
 * BAD_USER_INPUT, as graphql-js answers for values of the wrong type, with the argument named in the
 * message and in `extensions.argument`.
 */
export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`${argument}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
