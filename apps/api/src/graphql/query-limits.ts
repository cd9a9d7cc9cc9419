import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { ApiContext } from './context';

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

/**
 * Refuses operations whose estimated cost exceeds `maxComplexity`: each field costs 1, and the
 * children of a paginated field count once per requested item (`first`/`last`, default 50).
 * (graphql-query-complexity was tried: its ESM build imports graphql's .mjs files, which breaks
 * graphql's single-realm check next to the CJS copy other libraries load.)
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          if (!operation) return;
          const complexity = costOf(operation.selectionSet, fragments, request.variables ?? {}, new Set());
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query costs ${complexity}; the limit is ${maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}

function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = argument.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return Number(variables[value.name.value] ?? 50);
  }
  return field.selectionSet?.selections.some(
    (s: SelectionNode) => s.kind === Kind.FIELD && s.name.value === 'edges',
  )
    ? 50
    : 1;
}

function costOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const children = selection.selectionSet
        ? costOf(selection.selectionSet, fragments, variables, seen)
        : 0;
      total += 1 + children * pageSizeOf(selection, variables);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += costOf(selection.selectionSet, fragments, variables, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      if (fragment)
        total += costOf(
          fragment.selectionSet,
          fragments,
          variables,
          new Set([...seen, selection.name.value]),
        );
    }
  }
  return total;
}
