import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import {
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { hasNulCharacter, isUuid } from '../shared/validate';
import { badUserInput } from './bad-user-input';

/** The first argument (path, problem) a resolver must not receive; null when all are usable. */
export function argumentProblem(
  value: unknown,
  type: GraphQLInputType,
  path: string,
): [string, string] | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return argumentProblem(value, type.ofType, path);
  if (isListType(type)) {
    if (!Array.isArray(value) || !holdsText(type.ofType)) return null;
    for (const [index, item] of value.entries()) {
      const problem = argumentProblem(item, type.ofType, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const problem = argumentProblem(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${path}.${field.name}`,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (type.name === 'ID' && typeof value === 'string' && !isUuid(value)) return [path, 'must be a UUID'];
  if (isScalarType(type) && type.name !== 'ID' && containsNul(value))
    return [path, 'must not contain NUL (\\u0000) characters'];
  return null;
}

/** Whether a value of this type can hold a string (lists of numbers are skipped: masks are long). */
function holdsText(type: GraphQLInputType): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsText(type.ofType);
  if (isInputObjectType(type)) return true;
  return isScalarType(type) && !['Int', 'Float', 'Boolean'].includes(type.name);
}

/** Strings anywhere in a value, JSON object keys included. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasNulCharacter(value);
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => hasNulCharacter(key) || containsNul(item, depth + 1));
}

function checkArguments(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const definition = info.parentType.getFields()[info.fieldName];
  for (const arg of definition?.args ?? []) {
    const problem = argumentProblem(args[arg.name], arg.type, arg.name);
    if (problem) throw badUserInput(...problem);
  }
}

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

/**
 * Checks every argument of every field (input objects and lists included) before its resolver runs,
 * so that no service sees, and no statement sends, a value Postgres would refuse with an opaque
 * error: an `ID` that is not a UUID (22P02), or a NUL character in a String or JSON value (22021).
 * Runs inside the auth check (registered after the scope-auth plugin): callers without the role
 * still get UNAUTHENTICATED/FORBIDDEN whatever they send.
 */
export class ArgumentChecksPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: Resolver<Types>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      checkArguments(args as Record<string, unknown>, info);
      return resolver(parent, args, context, info);
    };
  }

  override wrapSubscribe(
    subscribe: Resolver<Types> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> | undefined {
    if (!subscribe || Object.keys(fieldConfig.args).length === 0) return subscribe;
    return (parent, args, context, info) => {
      checkArguments(args as Record<string, unknown>, info);
      return subscribe(parent, args, context, info);
    };
  }
}

const pluginName = 'argumentChecks';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      argumentChecks: ArgumentChecksPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ArgumentChecksPlugin);

export default pluginName;
