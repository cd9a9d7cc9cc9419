import { randomUUID } from 'node:crypto';
import { prismaSql, type ReviewDecision, type Tx } from '@hep2/db';
import { objectKeys } from '@hep2/storage';
import { z } from 'zod';
import { DomainError, notFound } from '../../shared/domain-error';
import { uploadAfterCommit } from '../../shared/pending-objects';
import { validate } from '../../shared/validate';
import { parseAnnotationInput, prepareSave, proposalDice } from '../annotations/annotation-input';
import { type AnnotationDto, annotationSelect, revisionOf } from '../annotations/annotations.dto';
import { recordAudit } from '../audit/audit.service';
import { type LockedPatch, lockPatch } from '../patch-core/patch-lock';
import { nextPatchStatus, type PatchEvent } from '../patch-core/patch-state-machine';
import type { Actor, WorkflowDeps } from '../patch-core/workflow-deps';
import { announceQueueChange } from '../patch-core/workflow-events';
import { recordReviewDice } from './review-dice';
import { announceReturnedWork, announceReview } from './review-events';
import { refuseSelfReview } from './review-policy';
import { refreshSpecimenRollup } from './specimen-rollup.service';

async function lockOrThrow(tx: Tx, patchId: string): Promise<LockedPatch> {
  const patch = await lockPatch(prismaSql(tx), patchId);
  if (!patch) throw notFound('Patch', patchId);
  return patch;
}

async function setAnnotationStatus(
  tx: Tx,
  annotation: AnnotationDto,
  status: 'APPROVED' | 'REJECTED',
  actorId: string,
  comment?: string,
) {
  const updated = await tx.annotation.update({
    where: { id: annotation.id },
    data: {
      status,
      version: annotation.version + 1,
      ...(comment !== undefined ? { returnComment: comment } : {}),
    },
    select: annotationSelect,
  });
  await tx.annotationRevision.create({ data: revisionOf(updated, actorId), select: { id: true } });
  return updated;
}

async function finishReview(
  deps: WorkflowDeps,
  tx: Tx,
  actor: Actor,
  patch: LockedPatch,
  event: PatchEvent,
  decision: ReviewDecision,
  annotation: AnnotationDto,
  comment: string | null,
) {
  const status = nextPatchStatus(patch.status, event);
  await tx.patch.update({
    where: { id: patch.id },
    data: { status, version: { increment: 1 } },
    select: { id: true },
  });
  await tx.review.create({
    data: { patchId: patch.id, annotationId: annotation.id, curatorId: actor.id, decision, comment },
    select: { id: true },
  });
  await refreshSpecimenRollup(tx, patch.specimenId);
  await recordAudit(tx, {
    actorId: actor.id,
    action: `patch.${decision.toLowerCase()}`,
    entityType: 'Patch',
    entityId: patch.id,
    before: { status: patch.status },
    after: { status, annotationId: annotation.id, comment },
    requestId: deps.requestId,
  });
  const authors = await tx.annotation.findMany({
    where: { patchId: patch.id, status: { not: 'DRAFT' }, authorId: { not: null } },
    select: { authorId: true },
  });
  await announceReview(
    tx,
    { patchId: patch.id, datasetId: patch.datasetId, decision, annotationId: annotation.id, comment },
    authors.map((a) => a.authorId as string),
  );
  await announceQueueChange(tx, patch.datasetId);
}

/** Approves a submitted patch; with several submissions the curator names the one to keep. */
export async function approvePatch(
  deps: WorkflowDeps,
  actor: Actor,
  patchId: string,
  annotationId?: string | null,
) {
  const approved = await deps.db.$transaction(async (tx) => {
    const patch = await lockOrThrow(tx, patchId);
    nextPatchStatus(patch.status, 'approve');
    await refuseSelfReview(tx, deps, actor, patch.id);
    const submitted = await tx.annotation.findMany({
      where: { patchId, status: 'SUBMITTED', ...(annotationId ? { id: annotationId } : {}) },
      select: annotationSelect,
    });
    if (submitted.length !== 1) {
      throw new DomainError(
        'VALIDATION_FAILED',
        annotationId
          ? 'annotationId: not a submitted annotation of this patch'
          : 'annotationId: several submissions; name the one to approve',
        { field: 'annotationId' },
      );
    }
    const approved = await setAnnotationStatus(tx, submitted[0] as AnnotationDto, 'APPROVED', actor.id);
    await finishReview(deps, tx, actor, patch, 'approve', 'APPROVE', approved, null);
    return approved;
  });
  await recordReviewDice(deps, approved.patchId, {
    annotationId: approved.id,
    maskKey: approved.maskKey,
    asSubmitted: approved.source === 'HUMAN',
  });
  return approved;
}

const commentSchema = z.object({
  comment: z.string().trim().min(1, { message: 'say what to fix' }).max(2000),
});

/** Sends one annotation back to its author with a comment; the patch waits for them (RETURNED). */
export async function rejectAnnotation(
  deps: WorkflowDeps,
  actor: Actor,
  annotationId: string,
  rawComment: string,
) {
  const { comment } = validate(commentSchema, { comment: rawComment });
  const found = await deps.db.annotation.findUnique({
    where: { id: annotationId },
    select: { patchId: true },
  });
  if (!found) throw notFound('Annotation', annotationId);
  return deps.db.$transaction(async (tx) => {
    const patch = await lockOrThrow(tx, found.patchId);
    const annotation = await tx.annotation.findUniqueOrThrow({
      where: { id: annotationId },
      select: annotationSelect,
    });
    if (annotation.status !== 'SUBMITTED' || !annotation.authorId) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `Only submitted work can be returned (this is ${annotation.status.toLowerCase()})`,
        {
          annotationId,
        },
      );
    }
    await refuseSelfReview(tx, deps, actor, patch.id);
    const rejected = await setAnnotationStatus(tx, annotation, 'REJECTED', actor.id, comment);
    await finishReview(deps, tx, actor, patch, 'reject', 'REJECT', rejected, comment);
    await announceReturnedWork(tx, rejected.id, annotation.authorId);
    return rejected;
  });
}

/**
 * The curator's own labels and mask become the patch's approved annotation. Without a new mask, the
 * mask of `fromAnnotationId` (an annotator's submission being corrected) is kept.
 */
export async function editAndApprove(
  deps: WorkflowDeps,
  actor: Actor,
  raw: unknown,
  fromAnnotationId?: string | null,
) {
  const input = parseAnnotationInput(raw);
  if (!input.patternClassId)
    throw new DomainError('VALIDATION_FAILED', 'patternClassId: required', { field: 'patternClassId' });
  const prepared = await prepareSave(deps, actor.id, input);
  const dice = await proposalDice(deps, prepared);
  const approved = await deps.db.$transaction(async (tx) => {
    const patch = await lockOrThrow(tx, input.patchId);
    nextPatchStatus(patch.status, 'editApprove');
    await refuseSelfReview(tx, deps, actor, patch.id);
    // The curator's earlier annotation of this patch (if any) is replaced, not edited in place.
    await tx.annotation.updateMany({
      where: { patchId: patch.id, authorId: actor.id, status: { notIn: ['SUPERSEDED'] } },
      data: { status: 'SUPERSEDED' },
    });
    const annotationId = randomUUID();
    let maskKey: string | null = null;
    let maskArea: number | null = prepared.newMask?.area ?? null;
    if (prepared.newMask) {
      maskKey = objectKeys.annotationMask(patch.datasetId, annotationId, 1);
      // committed with the approval, uploaded after it (shared/pending-objects.ts)
      await tx.pendingObject.create({
        data: { key: maskKey, body: new Uint8Array(await prepared.newMask.png), contentType: 'image/png' },
        select: { key: true },
      });
    } else if (fromAnnotationId) {
      const from = await tx.annotation.findFirst({
        where: { id: fromAnnotationId, patchId: patch.id },
        select: { maskKey: true, maskArea: true },
      });
      if (!from)
        throw new DomainError('VALIDATION_FAILED', 'fromAnnotationId: not an annotation of this patch', {
          field: 'fromAnnotationId',
        });
      maskKey = from.maskKey;
      maskArea = from.maskArea;
    }
    const approved = await tx.annotation.create({
      data: {
        id: annotationId,
        patchId: patch.id,
        authorId: actor.id,
        status: 'APPROVED',
        patternClassId: input.patternClassId,
        intensityLevelId: input.intensityLevelId ?? null,
        maskKey,
        maskArea,
        predictionId: prepared.prediction?.id ?? null,
        modelVersionId: prepared.prediction?.modelVersionId ?? null,
        proposalDice: dice,
        submittedAt: new Date(),
      },
      select: annotationSelect,
    });
    await tx.annotationRevision.create({ data: revisionOf(approved, actor.id), select: { id: true } });
    await finishReview(deps, tx, actor, patch, 'editApprove', 'EDIT_APPROVE', approved, null);
    return approved;
  });
  if (prepared.newMask && approved.maskKey)
    uploadAfterCommit(deps.db, deps.store, {
      key: approved.maskKey,
      body: await prepared.newMask.png,
      contentType: 'image/png',
    });
  await recordReviewDice(deps, approved.patchId, {
    annotationId: approved.id,
    maskKey: approved.maskKey,
    pixels: prepared.newMask?.pixels,
    asSubmitted: false,
  });
  return approved;
}
