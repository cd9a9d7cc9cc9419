import { prismaSql, type SqlClient, type Tx } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { uploadAfterCommit } from '../../shared/pending-objects';
import {
  type AnnotationInput,
  newMaskKey,
  type PreparedSave,
  parseAnnotationInput,
  prepareSave,
  proposalDice,
} from './annotation-input';
import { recomputePatchAgreement } from './consensus.service';
import { type LockedPatch, lockPatch } from './patch-lock';
import { nextPatchStatus, type PatchEvent } from './patch-state-machine';
import { runSaveStatement, type SaveFacts } from './save-statement';
import { scheduleRollupRefresh } from './specimen-rollup-refresh';
import type { AnnotationDto } from './workflow.dto';
import type { Actor, WorkflowDeps } from './workflow-deps';

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
  const version = (input.version ?? 0) + 1;
  const maskKey = newMaskKey(prepared, prepared.annotationId, version);
  const statement: SaveInTransaction = { deps, actor, input, prepared, requested, dice, maskKey };
  // On the pool: BEGIN with the patch lock, the save statement with COMMIT. Consensus patches (k >= 2)
  // also recompute agreement through Prisma inside the transaction, so they run in a Prisma one.
  let saved = await deps.db.$sql().transaction((sql) => saveIn(sql, statement, null));
  if (saved === 'needsPrisma')
    saved = await deps.db.$transaction((tx) => saveIn(prismaSql(tx), statement, tx));
  // The mask committed with the save (PendingObject); the object store gets it now, off the answer's
  // path: a slow or unavailable store delays the upload, never the annotator (the sweep retries).
  if (maskKey && prepared.newMask)
    uploadAfterCommit(deps.db, deps.store, {
      key: maskKey,
      body: await prepared.newMask.png,
      contentType: 'image/png',
    });
  if (saved.facts.patchStatus === 'SUBMITTED') scheduleRollupRefresh(deps.db, saved.specimenId);
  return {
    annotation: saved.annotation,
    leaseLost: requested === 'submit' && saved.facts.savedStatus !== 'SUBMITTED',
  };
}

interface SaveInTransaction {
  deps: WorkflowDeps;
  actor: Actor;
  input: AnnotationInput;
  prepared: PreparedSave;
  requested: Mode;
  dice: number | null;
  maskKey: string | null;
}

interface Saved {
  facts: SaveFacts;
  annotation: AnnotationDto;
  specimenId: string;
}

/**
 * The save inside a transaction: lock the patch, run the save statement, and for consensus patches
 * recompute agreement, which needs Prisma's transaction (`tx`); without one it stops after the lock
 * and asks for it ('needsPrisma', having written nothing).
 */
function saveIn(sql: SqlClient, save: SaveInTransaction, tx: Tx): Promise<Saved>;
function saveIn(sql: SqlClient, save: SaveInTransaction, tx: null): Promise<Saved | 'needsPrisma'>;
async function saveIn(
  sql: SqlClient,
  save: SaveInTransaction,
  tx: Tx | null,
): Promise<Saved | 'needsPrisma'> {
  const { deps, actor, input, prepared, requested, maskKey } = save;
  const patch = await lockPatch(sql, prepared.patch.id);
  if (!patch) throw notFound('Patch', prepared.patch.id);
  const consensus = patch.annotatorsPerPatch >= 2;
  if (consensus && !tx) return 'needsPrisma';
  const facts = await runSaveStatement(sql, consensus ? 'rows' : 'finalRows', {
    patch,
    userId: actor.id,
    requestId: deps.requestId,
    submit: requested === 'submit',
    leaseId: requested === 'submit' ? (input.leaseId ?? null) : null,
    givenVersion: input.version ?? 0,
    expectedOwnId: prepared.ownAnnotationId,
    annotationId: prepared.annotationId,
    patternClassId: input.patternClassId,
    intensityLevelId: input.intensityLevelId,
    maskKey,
    maskPng: (await prepared.newMask?.png) ?? null,
    maskArea: prepared.newMask?.area ?? null,
    prediction: prepared.prediction,
    proposalDice: save.dice,
    patchStatusAfter: submissionOutcomes(patch),
  });
  if (!facts.annotation) throw refusal(facts, input, prepared);
  if (tx && facts.patchStatus === 'SUBMITTED' && consensus) {
    // this save's own mask is not readable outside the transaction yet: hand its pixels over
    const own = maskKey && prepared.newMask ? { key: maskKey, pixels: prepared.newMask.pixels.data } : null;
    await recomputePatchAgreement(tx, deps.store, patch.id, own);
  }
  return { facts, annotation: facts.annotation, specimenId: patch.specimenId };
}

/** The patch's status after a submission, for each case the save statement can meet (null: refused). */
function submissionOutcomes(patch: LockedPatch) {
  const after = (event: PatchEvent) => {
    try {
      return nextPatchStatus(patch.status, event);
    } catch {
      return null;
    }
  };
  const final = (count: number): PatchEvent =>
    count >= patch.annotatorsPerPatch ? 'submitFinal' : 'submitPartial';
  const resubmitted = final(patch.submittedCount);
  return {
    firstSubmission: after(final(patch.submittedCount + 1)),
    resubmission: after(resubmitted),
    // only a resubmission can leave someone else's returned work pending on the same patch
    resubmissionWithPendingReturnedWork: after(resubmitted === 'submitFinal' ? 'backToAuthor' : resubmitted),
  };
}

/** The error for a save the statement refused, checked in the order the client can act on. */
function refusal(facts: SaveFacts, input: AnnotationInput, prepared: PreparedSave): DomainError {
  const current = facts.ownVersion ?? 0;
  if ((input.version ?? 0) !== current || facts.ownId !== prepared.ownAnnotationId) {
    return new DomainError(
      'STALE_VERSION',
      `The annotation changed since you loaded it (now version ${current})`,
      {
        currentVersion: current,
        annotationId: facts.ownId,
      },
    );
  }
  if (facts.ownStatus && facts.ownStatus !== 'DRAFT' && facts.ownStatus !== 'REJECTED') {
    return new DomainError(
      'INVALID_TRANSITION',
      `This annotation is ${facts.ownStatus.toLowerCase()}; it can no longer be edited`,
      { annotationId: facts.ownId },
    );
  }
  if (!facts.liveLeaseId && !facts.ownId && !facts.everLeased)
    return new DomainError('LEASE_LOST', 'Claim this patch before labelling it', {
      patchId: prepared.patch.id,
    });
  return new DomainError('INVALID_TRANSITION', 'This patch cannot take a submission now', {
    patchId: prepared.patch.id,
  });
}
