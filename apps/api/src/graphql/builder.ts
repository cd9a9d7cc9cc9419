import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DomainError } from '../shared/domain-error';
import ArgumentChecksPlugin from './argument-checks';
import type { ApiContext, ViewerRole } from './context';

const rank: Record<ViewerRole, number> = { ANNOTATOR: 1, CURATOR: 2, ADMIN: 3 };
const atLeast = (ctx: ApiContext, role: ViewerRole) => !!ctx.viewer && rank[ctx.viewer.role] >= rank[role];

/**
 * The code-first schema builder. Every root field must declare `authScopes` (enforced by
 * test/auth-rules.test.ts); roles are hierarchical: admin > curator > annotator.
 */
export const builder = new SchemaBuilder<{
  Context: ApiContext;
  AuthScopes: { public: boolean; signedIn: boolean; annotator: boolean; curator: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // argument checks after scope auth: they run inside it, once the caller may use the field
  plugins: [ScopeAuthPlugin, RelayPlugin, ArgumentChecksPlugin],
  // Global node/nodes lookups would bypass per-type rules; every list has its own guarded field.
  relay: { nodeQueryOptions: false, nodesQueryOptions: false, cursorType: 'String' },
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: async (ctx) => ({
      public: true,
      signedIn: !!ctx.viewer,
      annotator: atLeast(ctx, 'ANNOTATOR'),
      curator: atLeast(ctx, 'CURATOR'),
      admin: atLeast(ctx, 'ADMIN'),
    }),
    unauthorizedError: (_parent, ctx, info) =>
      ctx.viewer
        ? new DomainError('FORBIDDEN', `Your role may not use ${info.parentType.name}.${info.fieldName}`)
        : new DomainError('UNAUTHENTICATED', 'Sign in first'),
  },
});

builder.queryType({ description: 'Read access to the platform.' });
builder.mutationType({ description: 'State changes; every one is written to the audit log.' });
builder.subscriptionType({ description: 'Live updates over graphql-ws.' });
