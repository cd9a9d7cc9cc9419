import type { AnnotationStatus, Tx } from '@hep2/db';
import { DomainError } from '../../shared/domain-error';
import { recordAudit } from '../audit/audit.service';
import {
  type AnnotationInput,
  type PreparedSave,
  parseAnnotationInput,
  prepareSave,
  proposalDice,
  storeMask,
} from './annotation-input';
import { recomputePatchAgreement } from './consensus.service';
import { hasPendingReturnedWork, type LockedPatch, lockPatch } from './patch-lock';
import { nextPatchStatus, type PatchEvent } from './patch-state-machine';
import { refreshSpecimenRollup } from './specimen-rollup.service';
import { ownAnnotation } from './work-item.service';
import { type AnnotationDto, annotationSelect } from './workflow.dto';
import type { Actor, WorkflowDeps } from './workflow-deps';
import { announceQueueChange } from './workflow-events';

type Mode = 'draft' | 'submit';

/** Saves the annotator's work in progress (a new revision); needs a lease now or earlier. */
export async function saveDraft(deps: WorkflowDeps, actor: Actor, raw: unknown): Promise<AnnotationDto> {
  const input = parseAnnotationInput(raw);
  const prepared = await prepareSave(deps, actor.id, input);
  return (await save(deps, actor, input, prepared, 'draft')).annotation;
}

/**
 * Submits the annotation and ends the lease. Without a live lease the work is kept as a draft and
 * LEASE_LOST is raised (details name the draft), so nothing typed is lost.
 */
export async function submitAnnotation(
  deps: WorkflowDeps,
  actor: Actor,
  raw: unknown,
): Promise<AnnotationDto> {
  const input = parseAnnotationInput(raw);
  if (!input.leaseId)
    throw new DomainError('VALIDATION_FAILED', 'leaseId: required to submit', { field: 'leaseId' });
  const prepared = await prepareSave(deps, actor.id, input);
  const dice = await proposalDice(deps, prepared);
  const { annotation, leaseLost } = await save(deps, actor, input, prepared, 'submit', dice);
  if (leaseLost) {
    throw new DomainError(
      'LEASE_LOST',
      'Your lease ended before you submitted; your work was saved as a draft',
      {
        leaseId: input.leaseId,
        annotationId: annotation.id,
        version: annotation.version,
      },
    );
  }
  return annotation;
}

async function save(
  deps: WorkflowDeps,
  actor: Actor,
  input: AnnotationInput,
  prepared: PreparedSave,
  requested: Mode,
  dice: number | null = null,
) {
  return deps.db.$transaction(async (tx) => {
    const patch = (await lockPatch(tx, prepared.patch.id)) as LockedPatch;
    const own = await ownAnnotation(tx, patch.id, actor.id);
    checkVersion(own, input.version);
    if (own && own.status !== 'DRAFT' && own.status !== 'REJECTED') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `This annotation is ${own.status.toLowerCase()}; it can no longer be edited`,
        {
          annotationId: own.id,
        },
      );
    }
    const live = await liveLease(tx, patch.id, actor.id, requested === 'submit' ? input.leaseId : null);
    if (!live && !own && !(await everLeased(tx, patch.id, actor.id))) {
      throw new DomainError('LEASE_LOST', 'Claim this patch before labelling it', { patchId: patch.id });
    }
    const mode: Mode = requested === 'submit' && live ? 'submit' : 'draft';
    const status: AnnotationStatus = mode === 'submit' ? 'SUBMITTED' : 'DRAFT';
    const version = (own?.version ?? 0) + 1;
    const annotationId = own?.id ?? prepared.annotationId;
    const newMaskKey = await storeMask(deps, prepared, annotationId, version);
    const fields = {
      status,
      patternClassId: input.patternClassId === undefined ? own?.patternClassId : input.patternClassId,
      intensityLevelId: input.intensityLevelId === undefined ? own?.intensityLevelId : input.intensityLevelId,
      maskKey: newMaskKey ?? own?.maskKey ?? null,
      maskArea: newMaskKey ? (prepared.newMask?.area ?? null) : (own?.maskArea ?? null),
      predictionId: prepared.prediction?.id ?? null,
      modelVersionId: prepared.prediction?.modelVersionId ?? null,
      version,
      ...(mode === 'submit' ? { submittedAt: new Date(), proposalDice: dice } : {}),
    };
    const annotation = own
      ? await tx.annotation.update({ where: { id: own.id }, data: fields, select: annotationSelect })
      : await tx.annotation.create({
          data: { id: annotationId, patchId: patch.id, authorId: actor.id, ...fields },
          select: annotationSelect,
        });
    await tx.annotationRevision.create({
      data: {
        annotationId: annotation.id,
        version,
        status,
        patternClassId: annotation.patternClassId,
        intensityLevelId: annotation.intensityLevelId,
        maskKey: annotation.maskKey,
        editedById: actor.id,
      },
      select: { id: true },
    });
    let patchStatus = patch.status;
    if (mode === 'submit' && live)
      patchStatus = await completeSubmission(deps, tx, patch, live, own?.submittedAt != null);
    await recordAudit(tx, {
      actorId: actor.id,
      action: mode === 'submit' ? 'annotation.submit' : 'annotation.save',
      entityType: 'Annotation',
      entityId: annotation.id,
      before: own ? { version: own.version, status: own.status } : null,
      after: { version, status, patchId: patch.id, patchStatus, maskKey: annotation.maskKey },
      requestId: deps.requestId,
    });
    if (mode === 'submit') await announceQueueChange(tx, patch.datasetId);
    return { annotation, leaseLost: requested === 'submit' && mode === 'draft' };
  });
}

function checkVersion(own: AnnotationDto | null, given: number | null | undefined) {
  const current = own?.version ?? 0;
  if ((given ?? 0) !== current) {
    throw new DomainError(
      'STALE_VERSION',
      `The annotation changed since you loaded it (now version ${current})`,
      {
        currentVersion: current,
        annotationId: own?.id ?? null,
      },
    );
  }
}

async function liveLease(tx: Tx, patchId: string, userId: string, leaseId: string | null | undefined) {
  return tx.workLease.findFirst({
    where: {
      patchId,
      userId,
      endedAt: null,
      expiresAt: { gt: new Date() },
      ...(leaseId ? { id: leaseId } : {}),
    },
    select: { id: true },
  });
}

async function everLeased(tx: Tx, patchId: string, userId: string) {
  return (await tx.workLease.findFirst({ where: { patchId, userId }, select: { id: true } })) !== null;
}

/** Ends the lease and moves the patch on; the k-th submission makes it reviewable. */
async function completeSubmission(
  deps: WorkflowDeps,
  tx: Tx,
  patch: LockedPatch,
  lease: { id: string },
  resubmission: boolean,
) {
  await tx.workLease.update({
    where: { id: lease.id },
    data: { endedAt: new Date(), endReason: 'SUBMITTED' },
    select: { id: true },
  });
  const submittedCount = patch.submittedCount + (resubmission ? 0 : 1);
  let event: PatchEvent = submittedCount >= patch.annotatorsPerPatch ? 'submitFinal' : 'submitPartial';
  // only a resubmission can leave someone else's returned work pending on the same patch
  if (event === 'submitFinal' && resubmission && (await hasPendingReturnedWork(tx, patch.id)))
    event = 'backToAuthor';
  const status = nextPatchStatus(patch.status, event);
  await tx.patch.update({
    where: { id: patch.id },
    data: { status, submittedCount, version: { increment: 1 } },
    select: { id: true },
  });
  if (status === 'SUBMITTED') {
    if (patch.annotatorsPerPatch >= 2) await recomputePatchAgreement(tx, deps.store, patch.id);
    await refreshSpecimenRollup(tx, patch.specimenId);
  }
  return status;
}
