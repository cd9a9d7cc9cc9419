import { DomainError, notFound } from '../../shared/domain-error';
import { lockAnnotator } from './claim-candidates';
import { claimCandidate } from './claim-statement';
import { endLiveLease } from './lease.service';
import { activeProposal, loadWorkItem, ownAnnotation, type WorkItemDto } from './work-item.service';
import type { Actor, WorkflowDeps } from './workflow-deps';
import { isUuid } from './workflow-sql';

/**
 * Hands the annotator the next patch under a lease; a second call resumes their live lease unless
 * returned work waits and the leased patch is untouched. The order is documented in
 * claim-candidates.ts. QUEUE_EMPTY when nothing is left for them.
 * Round trips: BEGIN, lockAnnotator, claimCandidate (writes, audit and events in one statement),
 * COMMIT; the proposal and draft are read only when the claim statement says they exist.
 */
export async function claimNext(deps: WorkflowDeps, actor: Actor, datasetId: string): Promise<WorkItemDto> {
  if (!isUuid(datasetId)) throw notFound('Dataset', datasetId);
  const claimed = await deps.db.$transaction(async (tx) => {
    const annotator = await lockAnnotator(tx, datasetId, actor.id);
    if (!annotator || annotator.archived) throw notFound('Dataset', datasetId);
    if (annotator.leaseId) {
      // Returned work comes first, even before a patch the editor claimed ahead and nobody has
      // touched yet: that lease is released (the patch goes back to the queue). Work in progress
      // (a draft on the leased patch) is resumed instead, so nothing typed or painted is set aside.
      if (!annotator.returnedWaiting || annotator.leaseHasOwnWork)
        return { kind: 'resumed' as const, leaseId: annotator.leaseId };
      await endLiveLease(tx, deps, actor, annotator.leaseId, 'RELEASED', null);
    }
    const patch = await claimCandidate(tx, {
      datasetId,
      userId: actor.id,
      k: annotator.annotatorsPerPatch,
      leaseSeconds: deps.leaseSeconds,
      requestId: deps.requestId,
    });
    return patch && { kind: 'claimed' as const, ...patch };
  });
  if (!claimed)
    throw new DomainError('QUEUE_EMPTY', 'Nothing left for you to label in this dataset', { datasetId });
  if (claimed.kind === 'resumed') return loadWorkItem(deps.db, actor, claimed.leaseId);
  const [proposal, own] = await Promise.all([
    claimed.hasProposal ? activeProposal(deps.db, claimed.patch.id) : null,
    claimed.hasDraft ? ownAnnotation(deps.db, claimed.patch.id, actor.id) : null,
  ]);
  const draft = own && (own.status === 'DRAFT' || own.status === 'REJECTED') ? own : null;
  return {
    lease: claimed.lease,
    patch: claimed.patch,
    proposal,
    draft,
    returnComment: draft?.returnComment ?? null,
  };
}
