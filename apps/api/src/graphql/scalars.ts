import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

/**
 * An ISO-8601 instant with a four-digit year: JS dates reach year 275760, Postgres timestamps end
 * in 294276 and begin in 4713 BC, so a wider date would fail in the database (22008) instead.
 */
export function parseDateTime(value: unknown): Date {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string');
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new GraphQLError('DateTime must be between the years 1 and 9999');
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});

builder.scalarType('JSON', {
  description: 'Free-form JSON (metric bundles, configurations); its shape is documented per field.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
