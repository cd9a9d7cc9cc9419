import type { Tx } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import { lockPatch } from './patch-lock';
import { nextPatchStatus } from './patch-state-machine';
import { loadWorkItem, type WorkItemDto } from './work-item.service';
import { type Actor, RESERVE_COOLDOWN_SECONDS, type WorkflowDeps } from './workflow-deps';
import { announceQueueChange } from './workflow-events';

/*
 * Queue order for claimNext, first match wins:
 *  1. the annotator's own live lease in this dataset (a second claim resumes, never holds two);
 *  2. returned work: patches a curator sent back to this annotator, oldest first;
 *  3. started patches with room: consensus patches short of k annotators, or patches whose lease
 *     expired - most-annotated first, then priority;
 *  4. queued patches by priority (the acquisition score when one exists), then creation order (the
 *     import order: specimen by specimen, row by row), skipping patches served in the last
 *     RESERVE_COOLDOWN_SECONDS.
 * A patch is never served to someone who holds it, skipped it or already submitted it. Candidates
 * are taken with FOR UPDATE SKIP LOCKED, so concurrent claims never wait on or share a patch.
 */

type Pick = { id: string }[];

function pickReturned(tx: Tx, datasetId: string, userId: string) {
  return tx.$queryRaw<Pick>`
    select p.id from "Patch" p join "Annotation" a on a."patchId" = p.id
    where p."datasetId" = ${datasetId}::uuid and p.status = 'RETURNED'
      and a."authorId" = ${userId}::uuid and a.status in ('REJECTED', 'DRAFT') and a."returnComment" is not null
    order by p."updatedAt", p.id
    limit 1 for update of p skip locked`;
}

function pickStarted(tx: Tx, datasetId: string, userId: string, k: number) {
  return tx.$queryRaw<Pick>`
    select p.id from "Patch" p
    where p."datasetId" = ${datasetId}::uuid and p.status = 'IN_PROGRESS'
      and p."submittedCount" + (
        select count(*) from "WorkLease" l
        where l."patchId" = p.id and l."endedAt" is null and l."expiresAt" > now()) < ${k}
      and not exists (
        select 1 from "WorkLease" l where l."patchId" = p.id and l."userId" = ${userId}::uuid
          and (l."endReason" in ('SKIPPED', 'SUBMITTED') or (l."endedAt" is null and l."expiresAt" > now())))
      and not exists (
        select 1 from "Annotation" a where a."patchId" = p.id and a."authorId" = ${userId}::uuid
          and a.status in ('SUBMITTED', 'APPROVED', 'REJECTED'))
    order by p."submittedCount" desc, p.priority desc, p."createdAt", p.id
    limit 1 for update of p skip locked`;
}

function pickQueued(tx: Tx, datasetId: string, userId: string) {
  return tx.$queryRaw<Pick>`
    select p.id from "Patch" p
    where p."datasetId" = ${datasetId}::uuid and p.status = 'QUEUED'
      and (p."lastServedAt" is null or p."lastServedAt" < now() - make_interval(secs => ${RESERVE_COOLDOWN_SECONDS}))
      and not exists (
        select 1 from "WorkLease" l
        where l."patchId" = p.id and l."userId" = ${userId}::uuid and l."endReason" = 'SKIPPED')
    order by p.priority desc, p."createdAt", p.id
    limit 1 for update of p skip locked`;
}

async function ownLiveLease(tx: Tx, datasetId: string, userId: string) {
  return tx.workLease.findFirst({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() }, patch: { datasetId } },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
  });
}

/** Hands the annotator the next patch under a lease (see the order above); QUEUE_EMPTY when none. */
export async function claimNext(deps: WorkflowDeps, actor: Actor, datasetId: string): Promise<WorkItemDto> {
  const dataset = await deps.db.dataset.findUnique({
    where: { id: datasetId },
    select: { id: true, annotatorsPerPatch: true, archivedAt: true },
  });
  if (!dataset || dataset.archivedAt) throw notFound('Dataset', datasetId);
  const leaseId = await deps.db.$transaction(async (tx) => {
    // One claim per annotator at a time: two tabs claiming together must not get two patches.
    await tx.$queryRaw`select id from "User" where id = ${actor.id}::uuid for no key update`;
    const resumed = await ownLiveLease(tx, datasetId, actor.id);
    if (resumed) return resumed.id;
    const [picked] = await firstNonEmpty([
      () => pickReturned(tx, datasetId, actor.id),
      () => pickStarted(tx, datasetId, actor.id, dataset.annotatorsPerPatch),
      () => pickQueued(tx, datasetId, actor.id),
    ]);
    if (!picked) return null;
    const patch = await lockPatch(tx, picked.id);
    if (!patch) return null;
    const status = nextPatchStatus(patch.status, 'claim');
    const now = new Date();
    await tx.workLease.updateMany({
      where: { patchId: patch.id, endedAt: null, expiresAt: { lte: now } },
      data: { endedAt: now, endReason: 'EXPIRED' },
    });
    const lease = await tx.workLease.create({
      data: {
        patchId: patch.id,
        userId: actor.id,
        expiresAt: new Date(now.getTime() + deps.leaseSeconds * 1000),
      },
      select: { id: true, expiresAt: true },
    });
    await tx.patch.update({
      where: { id: patch.id },
      data: { status, lastServedAt: now, version: { increment: 1 } },
      select: { id: true },
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
    return lease.id;
  });
  if (!leaseId)
    throw new DomainError('QUEUE_EMPTY', 'Nothing left for you to label in this dataset', { datasetId });
  return loadWorkItem(deps.db, actor, leaseId);
}

async function firstNonEmpty(queries: (() => Promise<Pick>)[]): Promise<Pick> {
  for (const query of queries) {
    const rows = await query();
    if (rows.length > 0) return rows;
  }
  return [];
}
