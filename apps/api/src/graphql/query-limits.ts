import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { ApiContext } from './context';
import type { HeavyRequestGate } from './heavy-request-gate';
import { costOfField, type FieldCost, ITEM } from './query-costs';

/** The limits every operation is checked against, over HTTP and over graphql-ws alike. */
export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Aliased fields per operation (fragments expanded): aliases multiply work at no cost to send. */
  maxAliases: number;
}

/** Refuses documents nested deeper than `maxDepth` (a "depth bomb" costs nothing to send). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          // Introspection counts too (deep `ofType` chains are a classic bomb); only __typename is free.
          if (selection.name.value === '__typename') continue;
          max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(selection.selectionSet, seen));
        } else {
          const name = selection.name.value;
          if (seen.has(name)) continue;
          max = Math.max(max, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_DEEP' },
            }),
          );
        }
      },
    };
  };
}

/** Validation rules for the limits checked without variables: depth and aliases. */
export function limitRules(limits: QueryLimits) {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
}

/** Refuses operations with more than `maxAliases` aliased fields (counted through fragments). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    const aliasesIn = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      let count = 0;
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD)
          count += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet, seen);
        else if (selection.kind === Kind.INLINE_FRAGMENT) count += aliasesIn(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value))
          count += aliasesIn(
            fragments.get(selection.name.value)?.selectionSet,
            new Set([...seen, selection.name.value]),
          );
        if (count > maxAliases) return count;
      }
      return count;
    };
    return {
      OperationDefinition(node) {
        const aliases = aliasesIn(node.selectionSet, new Set());
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`Query uses more than ${maxAliases} aliases; the limit is ${maxAliases}`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

/**
 * The operation's estimated cost: each field costs its entry in the cost table (query-costs.ts; 0
 * when it only reads its parent's row), and a list's items count once each, with their selection
 * (`first`/`last`/`limit`/`size`, or the table's estimate).
 * (graphql-query-complexity was tried: its ESM build imports graphql's .mjs files, which breaks
 * graphql's single-realm check next to the CJS copy other libraries load.)
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation) ?? undefined;
  return costOf(
    operation.selectionSet,
    root,
    { schema, fragments: fragmentsOf(document), variables },
    new Set(),
  );
}

/** QUERY_TOO_COMPLEX when the named (or only) operation costs more than `maxComplexity`. */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxComplexity: number,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return null;
  const complexity = operationCost(schema, document, operation, variables ?? {});
  return complexity > maxComplexity
    ? new GraphQLError(`Query costs ${complexity}; the limit is ${maxComplexity}`, {
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      })
    : null;
}

/**
 * The cost limit on Apollo's HTTP path (it needs the variables, which validation rules do not see),
 * and the line heavy requests wait in (heavy-request-gate.ts).
 */
export function complexityLimitPlugin(
  schema: GraphQLSchema,
  maxComplexity: number,
  gate: HeavyRequestGate,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let leave: (() => void) | null = null;
      return {
        async didResolveOperation({ document, request }) {
          const operation = getOperationAST(document, request.operationName ?? undefined);
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          // a refused request, like one too deep (a validation error): 400, not a server fault
          if (cost > maxComplexity)
            throw new GraphQLError(`Query costs ${cost}; the limit is ${maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          if (gate.isHeavy(cost)) leave = await gate.enter();
        },
        async willSendResponse() {
          leave?.();
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit', 'size']);

/** How many items a list field returns at most: its size argument (capped as its resolver caps it), or the estimate. */
function itemsOf(
  field: FieldNode,
  cost: FieldCost | undefined,
  paginated: boolean,
  variables: Record<string, unknown>,
) {
  const fallback = cost?.items ?? (paginated ? 50 : 1);
  for (const argument of field.arguments ?? []) {
    if (!SIZE_ARGUMENTS.has(argument.name.value)) continue;
    const value = argument.value;
    const given =
      value.kind === Kind.INT
        ? Number(value.value)
        : value.kind === Kind.VARIABLE
          ? Number(variables[value.name.value] ?? fallback)
          : fallback;
    return Math.min(Math.max(1, Number.isFinite(given) ? given : fallback), cost?.maxItems ?? 200);
  }
  return fallback;
}

interface CostScope {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

const typeNamed = (scope: CostScope, name: string | undefined, fallback?: GraphQLCompositeType) => {
  const type = name ? scope.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : fallback;
};

/** The field's own cost, plus its selection once per item when it is a list. */
function fieldCost(
  selection: FieldNode,
  parent: GraphQLCompositeType | undefined,
  definition: GraphQLField<unknown, unknown> | undefined,
  children: number,
  variables: Record<string, unknown>,
): number {
  const cost = parent ? costOfField(parent.name, selection.name.value) : undefined;
  const paginated = !!definition?.args.some((a) => a.name === 'first' || a.name === 'last');
  const list = paginated || (!!definition && isListType(getNullableType(definition.type)));
  const own = cost?.cost ?? 0;
  if (!list) return own + children;
  return own + itemsOf(selection, cost, paginated, variables) * (ITEM + children);
}

function costOf(
  set: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  scope: CostScope,
  seen: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      const fieldType = definition ? getNamedType(definition.type) : undefined;
      const children = selection.selectionSet
        ? costOf(
            selection.selectionSet,
            fieldType && isCompositeType(fieldType) ? fieldType : undefined,
            scope,
            seen,
          )
        : 0;
      total += fieldCost(selection, parent, definition, children, scope.variables);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = typeNamed(scope, selection.typeCondition?.name.value, parent);
      total += costOf(selection.selectionSet, type, scope, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = scope.fragments.get(selection.name.value);
      if (fragment)
        total += costOf(
          fragment.selectionSet,
          typeNamed(scope, fragment.typeCondition.name.value, parent),
          scope,
          new Set([...seen, selection.name.value]),
        );
    }
  }
  return total;
}
