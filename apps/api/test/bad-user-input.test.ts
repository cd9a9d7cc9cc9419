/**
 * The central checks that turn malformed arguments into BAD_USER_INPUT (the schema fuzz test drives
 * them through the API; these pin each rule down on its own).
 */
import { PothosValidationError } from '@pothos/core';
import { buildSchema, GraphQLError, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { argumentProblem } from '../src/graphql/argument-checks';
import { formatError, formatResultErrors } from '../src/graphql/error-mapping';
import { checkConnectionArguments } from '../src/graphql/pagination';
import { parseDateTime } from '../src/graphql/scalars';

const schema = buildSchema(`
  scalar JSON
  input Mask { counts: [Int!]! }
  input Draft { patchId: ID!, comment: String, tags: [String!], mask: Mask, settings: JSON }
  type Query { draft(input: Draft!, ids: [ID!]): Int }
`);
const args = Object.fromEntries(
  (schema.getQueryType()?.getFields().draft?.args ?? []).map((a) => [a.name, a.type as GraphQLInputType]),
);
const ID = '00000000-0000-4000-8000-000000000000';
const silent = () => {};

describe('argumentProblem', () => {
  it('accepts UUIDs and text without NUL characters', () => {
    const input = {
      patchId: ID,
      comment: 'ok',
      tags: ['a'],
      mask: { counts: [1, 2] },
      settings: { a: ['b'] },
    };
    expect(argumentProblem(input, args.input!, 'input')).toBeNull();
    expect(argumentProblem([ID.toUpperCase()], args.ids!, 'ids')).toBeNull();
  });

  it('names the argument path of an id that is not a UUID', () => {
    expect(argumentProblem({ patchId: 'x' }, args.input!, 'input')).toEqual([
      'input.patchId',
      'must be a UUID',
    ]);
    expect(argumentProblem([ID, '1'], args.ids!, 'ids')).toEqual(['ids[1]', 'must be a UUID']);
  });

  it('finds a NUL character in strings, lists of strings, and JSON keys and values', () => {
    const nul = 'a\u0000';
    expect(argumentProblem({ patchId: ID, comment: nul }, args.input!, 'input')?.[0]).toBe('input.comment');
    expect(argumentProblem({ patchId: ID, tags: ['ok', nul] }, args.input!, 'input')?.[0]).toBe(
      'input.tags[1]',
    );
    expect(argumentProblem({ patchId: ID, settings: { [nul]: 1 } }, args.input!, 'input')?.[0]).toBe(
      'input.settings',
    );
    expect(argumentProblem({ patchId: ID, settings: [{ deep: [nul] }] }, args.input!, 'input')?.[0]).toBe(
      'input.settings',
    );
  });
});

describe('checkConnectionArguments', () => {
  const codeOf = (run: () => void) => {
    try {
      run();
      return null;
    } catch (error) {
      return [(error as GraphQLError).extensions.code, (error as GraphQLError).message];
    }
  };

  it('refuses cursors this list never hands out and negative page sizes, naming the argument', () => {
    expect(codeOf(() => checkConnectionArguments({ after: 'x' }, 'uuid'))).toEqual([
      'BAD_USER_INPUT',
      'after: is not a cursor of this list',
    ]);
    expect(codeOf(() => checkConnectionArguments({ before: ID }, 'integer'))?.[0]).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkConnectionArguments({ before: '9'.repeat(19) }, 'integer'))?.[0]).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => checkConnectionArguments({ first: -1 }, 'uuid'))).toEqual([
      'BAD_USER_INPUT',
      'first: must not be negative',
    ]);
    expect(codeOf(() => checkConnectionArguments({ last: -1 }, 'uuid'))?.[0]).toBe('BAD_USER_INPUT');
  });

  it('accepts its own cursors, an empty cursor (no cursor) and page sizes from 0', () => {
    expect(codeOf(() => checkConnectionArguments({ after: ID, first: 0 }, 'uuid'))).toBeNull();
    expect(codeOf(() => checkConnectionArguments({ before: '123', last: 5 }, 'integer'))).toBeNull();
    expect(codeOf(() => checkConnectionArguments({ after: '' }, 'uuid'))).toBeNull();
  });
});

describe('DateTime', () => {
  it('parses ISO instants and refuses what Postgres could not store', () => {
    expect(parseDateTime('2025-01-02T03:04:05.000Z').toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(() => parseDateTime('x')).toThrow(GraphQLError);
    expect(() => parseDateTime('+275760-09-13T00:00:00.000Z')).toThrow(/years/);
    expect(() => parseDateTime('-271821-04-20T00:00:00.000Z')).toThrow(/years/);
  });
});

describe('error mapping of input errors', () => {
  const located = (original: Error) =>
    new GraphQLError(original.message, { path: ['f'], originalError: original });

  it("maps the relay helpers' validation errors to BAD_USER_INPUT", () => {
    const error = located(new PothosValidationError('Argument "first" must be a non-negative integer'));
    const formatted = formatError(error.toJSON(), error, silent);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(formatted.message).toMatch(/first/);
  });

  it('maps data errors from the database (class 22, Prisma P2023) to BAD_USER_INPUT', () => {
    const nul = Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: { code: '22021' } });
    const uuid = Object.assign(new Error('Inconsistent column data'), { code: 'P2023' });
    const overflow = { kind: 'ValueOutOfRange' };
    for (const original of [nul, uuid, Object.assign(new Error('x'), { cause: overflow })]) {
      const error = located(original);
      expect(formatError(error.toJSON(), error, silent).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps the argument a BAD_USER_INPUT names, and still hides internal errors', () => {
    const bad = located(
      new GraphQLError('after: x', { extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }),
    );
    expect(formatError(bad.toJSON(), bad, silent).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    const bug = located(new TypeError('undefined is not a function'));
    expect(formatError(bug.toJSON(), bug, silent).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('formats subscription results like HTTP ones', () => {
    const bug = located(new TypeError('secret detail'));
    const result = formatResultErrors({ data: null, errors: [bug] }, silent);
    expect(result?.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatResultErrors({ data: { f: 1 } }, silent)).toBeUndefined();
  });
});
