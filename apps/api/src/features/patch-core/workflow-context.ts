import type { ApiContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/viewer';
import type { Actor, WorkflowDeps } from './workflow-deps';

/** Schema-layer glue: the services' dependencies and actor from a request context. */
export function workflowDeps(ctx: ApiContext): WorkflowDeps {
  return {
    db: ctx.db,
    store: ctx.store,
    leaseSeconds: ctx.config.LEASE_SECONDS,
    allowSelfReview: ctx.config.ALLOW_SELF_REVIEW,
    requestId: ctx.requestId,
  };
}

export function actorOf(ctx: ApiContext): Actor {
  const viewer = requireViewer(ctx);
  return { id: viewer.id, role: viewer.role };
}
