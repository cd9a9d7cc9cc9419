import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/**
 * Malformed GraphQL calls generated from the schema itself, so that a new field or argument is
 * attacked without editing the test: one malformed value at a time, every other required argument
 * filled with a valid one.
 */
export interface FuzzCase {
  /** e.g. `Query.patches(after) = "x"` */
  label: string;
  operation: 'query' | 'mutation' | 'subscription';
  document: string;
  variables: Record<string, unknown>;
  /** graphql-js refuses the value while coercing variables: the call never reaches a resolver. */
  refusedByCoercion: boolean;
}

/** A valid value for a named input type, knowing the field and argument (or input field) it is for. */
export type FillLeaf = (type: GraphQLNamedInputType, field: string, argument: string) => unknown;

interface Malformed {
  name: string;
  value: unknown;
  refusedByCoercion?: boolean;
}

const MEGABYTE_STRING = 'x'.repeat(1024 * 1024);
const WITH_NUL = 'a\u0000b';

/** The attack values per named type; unknown scalars get the string ones. */
function malformedLeaves(type: GraphQLNamedInputType): Malformed[] {
  const coercion = (name: string, value: unknown): Malformed => ({ name, value, refusedByCoercion: true });
  if (isEnumType(type)) return [coercion('unknown enum value', 'NOT_A_VALUE')];
  switch (type.name) {
    case 'Int':
      return [
        { name: '-1', value: -1 },
        { name: '2147483647', value: 2147483647 },
        { name: '-2147483648', value: -2147483648 },
        coercion('2^31 (over Int)', 2147483648),
        coercion('a string', 'x'),
      ];
    case 'Float':
      return [
        { name: '-1', value: -1 },
        { name: '1e308', value: 1e308 },
        { name: '-1e308', value: -1e308 },
        coercion('a string', 'x'),
      ];
    case 'Boolean':
      return [coercion('a string', 'x')];
    case 'JSON':
      return [
        { name: 'NUL in key and value', value: { [`k${WITH_NUL}`]: WITH_NUL } },
        { name: 'a string', value: 'x' },
        { name: 'a number', value: -1 },
        { name: '1 MB string inside', value: { value: MEGABYTE_STRING } },
      ];
    case 'DateTime':
      return [
        { name: '"x"', value: 'x' },
        { name: 'year 275760', value: '+275760-09-13T00:00:00.000Z' },
        { name: 'year -271821', value: '-271821-04-20T00:00:00.000Z' },
      ];
    default:
      // ID, String and custom string scalars; a number where a string is expected is a type error
      return [
        { name: '"x"', value: 'x' },
        { name: '""', value: '' },
        { name: 'NUL character', value: WITH_NUL },
        { name: '1 MB string', value: MEGABYTE_STRING },
        ...(type.name === 'ID' ? [] : [coercion('an object', { a: 1 })]),
      ];
  }
}

type PathStep = string | '[]';
interface Target {
  path: PathStep[];
  malformed: Malformed;
}

/** Every position inside an argument's type and what to put there. */
function targetsOf(type: GraphQLInputType, path: PathStep[], depth = 0): Target[] {
  const targets: Target[] = [];
  if (isNonNullType(type)) {
    targets.push({ path, malformed: { name: 'null', value: null, refusedByCoercion: true } });
    return [...targets, ...targetsOf(type.ofType, path, depth)];
  }
  if (depth > 4) return targets; // recursive input types: deep enough
  if (isListType(type)) return [...targets, ...targetsOf(type.ofType, [...path, '[]'], depth + 1)];
  if (isInputObjectType(type)) {
    targets.push({ path, malformed: { name: 'a string', value: 'x', refusedByCoercion: true } });
    for (const field of Object.values(type.getFields()))
      targets.push(...targetsOf(field.type, [...path, field.name], depth + 1));
    return targets;
  }
  for (const malformed of malformedLeaves(type)) targets.push({ path, malformed });
  return targets;
}

const isRequired = (arg: { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** A valid value of `type`: required input fields filled, lists of one item. */
function fillValue(type: GraphQLInputType, fill: FillLeaf, field: string, argument: string): unknown {
  if (isNonNullType(type)) return fillValue(type.ofType, fill, field, argument);
  if (isListType(type)) return [fillValue(type.ofType, fill, field, argument)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const inner of Object.values(type.getFields()))
      if (isRequired(inner)) value[inner.name] = fillValue(inner.type, fill, field, inner.name);
    return value;
  }
  return fill(type, field, argument);
}

/** `fillValue` with the malformed value put at `path`. */
function valueAt(
  type: GraphQLInputType,
  path: PathStep[],
  malformed: unknown,
  fill: FillLeaf,
  field: string,
  argument: string,
): unknown {
  if (path.length === 0) return malformed;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [step, ...rest] = path;
  if (isListType(inner)) return [valueAt(inner.ofType, rest, malformed, fill, field, argument)];
  if (!isInputObjectType(inner) || step === undefined) throw new Error(`no ${step} in ${String(type)}`);
  const fieldType = inner.getFields()[step]?.type as GraphQLInputType;
  return {
    ...(fillValue(inner, fill, field, argument) as object),
    [step]: valueAt(fieldType, rest, malformed, fill, field, step),
  };
}

const selectionOf = (field: GraphQLField<unknown, unknown>) =>
  isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';

const variableDefinitions = (args: readonly GraphQLArgument[], prefix: string) =>
  args.map((a) => `$${prefix}${a.name}: ${String(a.type)}`);
const argumentList = (args: readonly GraphQLArgument[], prefix: string) =>
  args.length ? `(${args.map((a) => `${a.name}: $${prefix}${a.name}`).join(', ')})` : '';

interface Call {
  field: GraphQLField<unknown, unknown>;
  /** the arguments sent: required ones plus the attacked one */
  args: GraphQLArgument[];
  values: Record<string, unknown>;
}

/** The required arguments and the attacked one; a parent of an attacked field also gets its ids. */
function callWith(field: GraphQLField<unknown, unknown>, fill: FillLeaf, attacked?: GraphQLArgument): Call {
  const isParent = attacked === undefined;
  const args = field.args.filter(
    (a) => isRequired(a) || a === attacked || (isParent && getNamedType(a.type).name === 'ID'),
  );
  const values = Object.fromEntries(args.map((a) => [a.name, fillValue(a.type, fill, field.name, a.name)]));
  return { field, args, values };
}

function documentOf(operation: FuzzCase['operation'], root: Call, nested?: Call): string {
  const definitions = [
    ...variableDefinitions(root.args, 'r_'),
    ...variableDefinitions(nested?.args ?? [], 'n_'),
  ];
  const inner = nested
    ? `{ ${nested.field.name}${argumentList(nested.args, 'n_')} ${selectionOf(nested.field)} }`
    : selectionOf(root.field);
  const head = definitions.length ? `${operation} Fuzz(${definitions.join(', ')})` : `${operation} Fuzz`;
  return `${head} { ${root.field.name}${argumentList(root.args, 'r_')} ${inner} }`;
}

const prefixed = (values: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}${k}`, v]));

const describePath = (argument: string, path: PathStep[]) =>
  [argument, ...path].join('.').replaceAll('.[]', '[]');

function casesForArguments(
  operation: FuzzCase['operation'],
  label: string,
  attackedField: GraphQLField<unknown, unknown>,
  fill: FillLeaf,
  build: (call: Call) => { document: string; variables: Record<string, unknown> },
): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const arg of attackedField.args) {
    const call = callWith(attackedField, fill, arg);
    for (const { path, malformed } of targetsOf(arg.type, [])) {
      const value = valueAt(arg.type, path, malformed.value, fill, attackedField.name, arg.name);
      const { document, variables } = build({ ...call, values: { ...call.values, [arg.name]: value } });
      cases.push({
        label: `${label}(${describePath(arg.name, path)}) = ${malformed.name}`,
        operation,
        document,
        variables,
        refusedByCoercion: malformed.refusedByCoercion === true,
      });
    }
  }
  return cases;
}

/**
 * Cases for every argument of every root field, and for every argument of the fields of a root
 * field's result type (e.g. `dataset { specimens(after:) }`), reached through the first root field
 * returning that type.
 */
export function fuzzCases(schema: GraphQLSchema, fill: FillLeaf): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const reached = new Set<string>();
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  for (const [operation, rootType] of roots) {
    if (!rootType) continue;
    for (const field of Object.values(rootType.getFields())) {
      const label = `${rootType.name}.${field.name}`;
      cases.push(
        ...casesForArguments(operation, label, field, fill, (call) => ({
          document: documentOf(operation, call),
          variables: prefixed(call.values, 'r_'),
        })),
      );
      const result = getNamedType(field.type);
      if (operation !== 'query' || !isObjectType(result) || reached.has(result.name)) continue;
      reached.add(result.name);
      const root = callWith(field, fill);
      for (const child of Object.values(result.getFields())) {
        if (child.args.length === 0) continue;
        cases.push(
          ...casesForArguments(operation, `${label} { ${result.name}.${child.name}`, child, fill, (call) => ({
            document: documentOf(operation, root, call),
            variables: { ...prefixed(root.values, 'r_'), ...prefixed(call.values, 'n_') },
          })),
        );
      }
    }
  }
  return cases;
}
