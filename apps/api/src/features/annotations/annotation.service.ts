import { prismaSql, type SqlClient, type Tx } from '@hep2/db';
import { DomainError, notFound } from '../../shared/domain-error';
import { uploadAfterCommit } from '../../shared/pending-objects';
import { type LockedPatch, lockPatch } from '../patch-core/patch-lock';
import { nextPatchStatus, type PatchEvent } from '../patch-core/patch-state-machine';
import type { Actor, WorkflowDeps } from '../patch-core/workflow-deps';
import { dropDeadLease } from '../queue/lease.service';
import { recomputePatchAgreement } from '../review/consensus.service';
import { scoreGoldSubmission } from '../review/gold-scoring.service';
import { scheduleRollupRefresh } from '../review/specimen-rollup-refresh';
import {
  type AnnotationInput,
  newMaskKey,
  type PreparedSave,
  parseAnnotationInput,
  prepareSave,
  proposalDice,
} from './annotation-input';
import type { AnnotationDto } from './annotations.dto';
import { runSaveStatement, type SaveFacts } from './save-statement';

type Mode = 'draft' | 'submit';

/** Saves the annotator's work in progress (a new revision); needs a lease now or earlier. */
export async function saveDraft(deps: WorkflowDeps, actor: Actor, raw: unknown): Promise<AnnotationDto> {
  const input = parseAnnotationInput(raw);
  return (await save(deps, actor, input, 'draft')).annotation;
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
  const { annotation, leaseLost } = await save(deps, actor, input, 'submit').catch(async (error) => {
    if (isDeadLeaseRefusal(error)) await dropRefusedLease(deps, actor, error);
    throw error;
  });
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

/**
 * A submission the patch can no longer take under a live lease: the patch moved on without it (k
 * others submitted it). LEASE_LOST, so the client claims again, and the lease is dropped so that
 * the claim hands out other work instead of resuming this lease.
 */
const deadLease = (leaseId: string, patch: { id: string; datasetId: string }) =>
  new DomainError('LEASE_LOST', 'This patch already has the annotations it needs; claim work again', {
    leaseId,
    patchId: patch.id,
    datasetId: patch.datasetId,
    reason: 'PATCH_CLOSED',
  });

const isDeadLeaseRefusal = (error: unknown): error is DomainError =>
  error instanceof DomainError && error.code === 'LEASE_LOST' && error.details.reason === 'PATCH_CLOSED';

async function dropRefusedLease(deps: WorkflowDeps, actor: Actor, error: DomainError) {
  const { leaseId, datasetId } = error.details as { leaseId: string; datasetId: string };
  await deps.db
    .$sql()
    .transaction((sql) => dropDeadLease(sql, { actorId: actor.id, leaseId, datasetId }, deps.requestId));
}

/**
 * Two round trips on the pool in the common case: BEGIN, the prepare statement and the patch lock
 * travel together, then the save statement with COMMIT. A submission that started from a model
 * proposal first needs its Dice, read from the object store, and a consensus patch (k >= 2) needs
 * Prisma inside the transaction; the first transaction then ends having written nothing and the
 * save runs again without holding the lock across the store read (`saveAfterPrepare`).
 */
async function save(deps: WorkflowDeps, actor: Actor, input: AnnotationInput, requested: Mode) {
  const version = (input.version ?? 0) + 1;
  const statement = (prepared: PreparedSave, dice: number | null): SaveInTransaction => ({
    deps,
    actor,
    input,
    prepared,
    requested,
    dice,
    maskKey: newMaskKey(prepared, prepared.annotationId, version),
  });
  const first = await deps.db.$sql().transaction(async (sql) => {
    const [prepared, patch] = await Promise.all([
      prepareSave(deps, actor.id, input, sql),
      lockPatch(sql, input.patchId),
    ]);
    if (!patch) throw notFound('Patch', input.patchId);
    const consensus = needsPrismaTransaction(patch, requested);
    if (consensus || (requested === 'submit' && prepared.prediction?.maskKey))
      return { prepared, consensus, saved: null };
    return { prepared, consensus, saved: await saveLocked(sql, statement(prepared, null), patch, null) };
  });
  const { prepared } = first;
  const saved =
    first.saved ??
    (await saveAfterPrepare(
      statement(prepared, requested === 'submit' ? await proposalDice(deps, prepared) : null),
      first.consensus,
    ));
  // The mask committed with the save (PendingObject); the object store gets it now, off the answer's
  // path: a slow or unavailable store delays the upload, never the annotator (the sweep retries).
  if (prepared.newMask && saved.maskKey)
    uploadAfterCommit(deps.db, deps.store, {
      key: saved.maskKey,
      body: await prepared.newMask.png,
      contentType: 'image/png',
    });
  if (saved.facts.patchStatus === 'SUBMITTED') scheduleRollupRefresh(deps.db, saved.specimenId);
  return {
    annotation: saved.annotation,
    leaseLost: requested === 'submit' && saved.facts.savedStatus !== 'SUBMITTED',
  };
}

/**
 * The save once prepared (and its Dice known), in a transaction of its own: on the pool, or for a
 * consensus patch in Prisma's (agreement is recomputed in it). The consensus setting can change
 * in between, so the patch's own k, read under the lock, decides.
 */
async function saveAfterPrepare(statement: SaveInTransaction, consensus: boolean): Promise<Saved> {
  const { db } = statement.deps;
  const patchId = statement.prepared.patch.id;
  const lockIn = async (sql: SqlClient) => (await lockPatch(sql, patchId)) ?? notFoundPatch(patchId);
  const onPool = consensus
    ? null
    : await db.$sql().transaction(async (sql) => {
        const patch = await lockIn(sql);
        return needsPrismaTransaction(patch, statement.requested)
          ? null
          : saveLocked(sql, statement, patch, null);
      });
  return (
    onPool ??
    db.$transaction(async (tx) => saveLocked(prismaSql(tx), statement, await lockIn(prismaSql(tx)), tx))
  );
}

/**
 * Saves that need Prisma inside their transaction: on a consensus patch (k >= 2, or doubled) the
 * agreement is recomputed, and a submission on a gold patch is scored, in the same transaction.
 */
const needsPrismaTransaction = (patch: LockedPatch, requested: Mode) =>
  patch.annotatorsPerPatch >= 2 || (patch.gold && requested === 'submit');

const notFoundPatch = (patchId: string): never => {
  throw notFound('Patch', patchId);
};

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
  /** Where the new mask went (null: the save kept the current one). */
  maskKey: string | null;
}

/**
 * The save statement on a patch this transaction locked, as its last statement unless agreement
 * is recomputed after it: consensus patches (k >= 2) pass Prisma's transaction `tx` for that.
 */
async function saveLocked(
  sql: SqlClient,
  save: SaveInTransaction,
  patch: LockedPatch,
  tx: Tx | null,
): Promise<Saved> {
  const { deps, actor, input, prepared, requested, maskKey } = save;
  const consensus = patch.annotatorsPerPatch >= 2;
  const inPrisma = needsPrismaTransaction(patch, requested);
  if (inPrisma && !tx) throw new Error('agreement and gold scores are written in a Prisma transaction');
  const facts = await runSaveStatement(sql, inPrisma ? 'rows' : 'finalRows', {
    patch,
    userId: actor.id,
    requestId: deps.requestId,
    submit: requested === 'submit',
    leaseId: requested === 'submit' ? (input.leaseId ?? null) : null,
    givenVersion: input.version ?? 0,
    expectedOwnId: prepared.ownAnnotationId,
    annotationId: prepared.annotationId,
    labels: input,
    maskKey,
    maskPng: (await prepared.newMask?.png) ?? null,
    maskArea: prepared.newMask?.area ?? null,
    prediction: prepared.prediction,
    proposalDice: save.dice,
    gold: patch.gold,
    // a gold patch stays approved: the submission is scored, its label is left alone
    patchStatusAfter: patch.gold ? GOLD_OUTCOMES : submissionOutcomes(patch),
  });
  if (!facts.annotation) throw refusal(facts, input, prepared);
  const own = maskKey && prepared.newMask ? { key: maskKey, pixels: prepared.newMask.pixels.data } : null;
  // a gold answer is scored and ends SCORED (final: not waiting for review)
  const scored =
    tx && patch.gold && facts.savedStatus === 'SUBMITTED'
      ? await scoreGoldSubmission(tx, deps.store, patch, facts.annotation, own)
      : null;
  if (tx && facts.patchStatus === 'SUBMITTED' && consensus) {
    // this save's own mask is not readable outside the transaction yet: hand its pixels over
    await recomputePatchAgreement(tx, deps.store, patch.id, own);
  }
  return { facts, annotation: scored ?? facts.annotation, specimenId: patch.specimenId, maskKey };
}

const GOLD_OUTCOMES = {
  firstSubmission: 'APPROVED',
  resubmission: 'APPROVED',
  resubmissionWithPendingReturnedWork: 'APPROVED',
} as const;

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
  // every other check passed and a live lease was found: the patch's state refused the submission
  if (facts.liveLeaseId) return deadLease(facts.liveLeaseId, prepared.patch);
  return new DomainError('INVALID_TRANSITION', 'This patch cannot take a submission now', {
    patchId: prepared.patch.id,
  });
}
