import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { ApiContext } from './context';

/** The limits every operation is checked against, over HTTP and over graphql-ws alike. */
export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Aliased fields per operation (fragments expanded): aliases multiply work at no cost to send. */
  maxAliases: number;
}

/** Enough for any screen of the web app (a handful); an alias per row of a table is not a query. */
export const DEFAULT_MAX_ALIASES = 100;

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
 * What a field costs beyond 1, where it does more than read a loaded row: each `health` runs a
 * database and an object-store check (cached, health.service.ts, but still public and cheap to
 * repeat); each `stats` runs several aggregate queries over a dataset's patches.
 */
const FIELD_COSTS: Record<string, number> = {
  'Query.health': 25,
  'Dataset.stats': 50,
};

/**
 * The operation's estimated cost: each field costs 1 (or its FIELD_COSTS entry), and the children
 * of a paginated field count once per requested item (`first`/`last`, default 50).
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

/** The cost limit on Apollo's HTTP path (it needs the variables, which validation rules do not see). */
export function complexityLimitPlugin(
  schema: GraphQLSchema,
  maxComplexity: number,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = complexityError(
            schema,
            document,
            request.operationName,
            request.variables,
            maxComplexity,
          );
          if (error) throw error;
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

function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = argument.value;
    if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
    if (value.kind === Kind.VARIABLE) return Math.max(1, Number(variables[value.name.value] ?? 50) || 1);
  }
  return field.selectionSet?.selections.some(
    (s: SelectionNode) => s.kind === Kind.FIELD && s.name.value === 'edges',
  )
    ? 50
    : 1;
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
      const own = (parent && FIELD_COSTS[`${parent.name}.${selection.name.value}`]) ?? 1;
      total += own + children * pageSizeOf(selection, scope.variables);
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
