import { DomainError, notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import { patchSelect } from '../datasets/datasets.dto';
import { lockAnnotatorLease, lockNextCandidate } from './claim-candidates';
import { nextPatchStatus } from './patch-state-machine';
import { completeWorkItem, loadWorkItem, type WorkItemDto } from './work-item.service';
import { leaseSelect } from './workflow.dto';
import type { Actor, WorkflowDeps } from './workflow-deps';
import { announceQueueChange } from './workflow-events';

/**
 * Hands the annotator the next patch under a lease; a second call resumes their live lease. The
 * order is documented in claim-candidates.ts. QUEUE_EMPTY when nothing is left for them.
 */
export async function claimNext(deps: WorkflowDeps, actor: Actor, datasetId: string): Promise<WorkItemDto> {
  const dataset = await deps.db.dataset.findUnique({
    where: { id: datasetId },
    select: { id: true, annotatorsPerPatch: true, archivedAt: true },
  });
  if (!dataset || dataset.archivedAt) throw notFound('Dataset', datasetId);
  const claimed = await deps.db.$transaction(async (tx) => {
    const resumed = await lockAnnotatorLease(tx, datasetId, actor.id);
    if (resumed) return { kind: 'resumed' as const, leaseId: resumed };
    const patch = await lockNextCandidate(tx, datasetId, actor.id, dataset.annotatorsPerPatch);
    if (!patch) return null;
    const status = nextPatchStatus(patch.status, 'claim');
    const now = new Date();
    if (patch.status === 'IN_PROGRESS') {
      // leases that ran out without a sweep: end them now that the patch changes hands
      await tx.workLease.updateMany({
        where: { patchId: patch.id, endedAt: null, expiresAt: { lte: now } },
        data: { endedAt: now, endReason: 'EXPIRED' },
      });
    }
    const lease = await tx.workLease.create({
      data: {
        patchId: patch.id,
        userId: actor.id,
        expiresAt: new Date(now.getTime() + deps.leaseSeconds * 1000),
      },
      select: leaseSelect,
    });
    const updated = await tx.patch.update({
      where: { id: patch.id },
      data: { status, lastServedAt: now, version: { increment: 1 } },
      select: patchSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'patch.claim',
      entityType: 'Patch',
      entityId: patch.id,
      before: { status: patch.status },
      after: { status, leaseId: lease.id, expiresAt: lease.expiresAt },
      requestId: deps.requestId,
    });
    await announceQueueChange(tx, datasetId);
    return { kind: 'claimed' as const, lease, patch: updated };
  });
  if (!claimed)
    throw new DomainError('QUEUE_EMPTY', 'Nothing left for you to label in this dataset', { datasetId });
  if (claimed.kind === 'resumed') return loadWorkItem(deps.db, actor, claimed.leaseId);
  return completeWorkItem(deps.db, actor, claimed.lease, claimed.patch);
}
