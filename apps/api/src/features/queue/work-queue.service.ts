import { prismaSql, type SqlClient } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import type { Actor, WorkflowDeps } from '../patch-core/workflow-deps';
import { isUuid } from '../patch-core/workflow-sql';
import { lockAnnotator } from './claim-candidates';
import { claimCandidate } from './claim-statement';
import { dropDeadLease, endLiveLease } from './lease.service';
import { activeProposal, loadWorkItem, ownAnnotation, type WorkItemDto } from './work-item.service';

/**
 * Hands the annotator the next patch under a lease; a second call resumes their live lease unless
 * returned work waits and the leased patch is untouched, or the patch can no longer take their
 * submission (the lease is then dropped and the next patch handed out). The order is documented in
 * claim-candidates.ts. QUEUE_EMPTY when nothing is left for them.
 * Round trips: BEGIN with lockAnnotator, then claimCandidate (writes, audit and events in one
 * statement) with COMMIT, on the pool (`db.$sql()`); the proposal and draft are read only when the
 * claim statement says they exist. Releasing an untouched lease for returned work needs Prisma's
 * ORM inside the transaction, so that rare claim runs again in a Prisma transaction.
 */
export async function claimNext(deps: WorkflowDeps, actor: Actor, datasetId: string): Promise<WorkItemDto> {
  if (!isUuid(datasetId)) throw notFound('Dataset', datasetId);
  const claimed = await claimWithRetries(deps, actor, datasetId);
  if (!claimed)
    throw new DomainError('QUEUE_EMPTY', 'Nothing left for you to label in this dataset', { datasetId });
  if (claimed.kind !== 'claimed') return loadWorkItem(deps.db, actor, claimed.leaseId);
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

/**
 * A claim whose candidate changed between its snapshot and its lock ('stale') wrote nothing and runs
 * again with a fresh snapshot; concurrent claims on the last slots of the same patches make that
 * happen now and then, several times in a row almost never.
 */
const CLAIM_ATTEMPTS = 8;

async function claimWithRetries(deps: WorkflowDeps, actor: Actor, datasetId: string) {
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    let claimed = await deps.db.$sql().transaction((sql) => claimIn(sql, deps, actor, datasetId, null));
    if (claimed?.kind === 'releaseFirst')
      claimed = await deps.db.$transaction((tx) =>
        claimIn(prismaSql(tx), deps, actor, datasetId, (leaseId) =>
          endLiveLease(tx, deps, actor, leaseId, 'RELEASED', null),
        ),
      );
    if (claimed?.kind !== 'stale') return claimed;
  }
  throw new DomainError('CONFLICT', 'The queue is busy right now; claim again', { datasetId });
}

/**
 * The claim inside a transaction. `release` ends a live lease in the same transaction; without it
 * (on the pool) a claim that has to release one stops at the lock and asks to be run again with it.
 */
async function claimIn(
  sql: SqlClient,
  deps: WorkflowDeps,
  actor: Actor,
  datasetId: string,
  release: ((leaseId: string) => Promise<unknown>) | null,
) {
  const annotator = await lockAnnotator(sql, datasetId, actor.id);
  if (!annotator || annotator.archived) throw notFound('Dataset', datasetId);
  if (annotator.leaseId && !annotator.leaseUsable) {
    // The leased patch moved on without them (k others submitted it): a submission would be
    // refused, so the lease is dropped and they get work they can do instead.
    await dropDeadLease(sql, { actorId: actor.id, leaseId: annotator.leaseId, datasetId }, deps.requestId);
  } else if (annotator.leaseId) {
    // Returned work comes first, even before a patch the editor claimed ahead and nobody has
    // touched yet: that lease is released (the patch goes back to the queue). Work in progress
    // (a draft on the leased patch) is resumed instead, so nothing typed or painted is set aside.
    if (!annotator.returnedWaiting || annotator.leaseHasOwnWork)
      return { kind: 'resumed' as const, leaseId: annotator.leaseId };
    if (!release) return { kind: 'releaseFirst' as const, leaseId: annotator.leaseId };
    await release(annotator.leaseId);
  }
  const patch = await claimCandidate(sql, {
    datasetId,
    userId: actor.id,
    k: annotator.annotatorsPerPatch,
    // drawn per claim, so an annotator cannot tell a gold patch by when it comes
    gold: annotator.goldRate > 0 && Math.random() < annotator.goldRate,
    doubleLabelShare: annotator.doubleLabelShare,
    leaseSeconds: deps.leaseSeconds,
    requestId: deps.requestId,
  });
  if (patch === 'stale') return { kind: 'stale' as const };
  return patch && { kind: 'claimed' as const, ...patch };
}
