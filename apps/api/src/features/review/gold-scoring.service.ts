import { prismaSql, type Tx } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { DomainError, notFound } from '../../shared/domain-error';
import { type AnnotationDto, annotationSelect } from '../annotations/annotations.dto';
import { maskFromPng } from '../annotations/mask-codec';
import { recordAudit } from '../audit/audit.service';
import { lockPatch } from '../patch-core/patch-lock';
import type { Actor } from '../patch-core/workflow-deps';
import { dice } from './agreement';

interface Scored {
  id: string;
  version: number;
  authorId: string | null;
  patternClassId: string | null;
  intensityLevelId: string | null;
  maskKey: string | null;
}

/** The approved annotation a gold patch is scored against (its latest, as review leaves one). */
function goldAnnotation(tx: Tx, patchId: string) {
  return tx.annotation.findFirst({
    where: { patchId, status: 'APPROVED' },
    select: { id: true, patternClassId: true, intensityLevelId: true, maskKey: true },
    orderBy: { updatedAt: 'desc' },
  });
}

const sameLabel = (gold: string | null, given: string | null) =>
  gold === null || given === null ? null : gold === given;

/**
 * Scores a submission on a gold patch against the patch's approved annotation, in the submission's
 * transaction: pattern and intensity right or wrong, Dice of the masks (a missing mask counts as
 * empty; null when neither drew one). The gold patch and its label are left as they are. The
 * answer ends SCORED (a new revision under its author): final, so it is neither waiting for review
 * nor a label of the patch; the annotator's scores read its GoldScore row. Returns the answer as it
 * now is (null when the patch has no approved annotation to score against: it stays SUBMITTED).
 */
export async function scoreGoldSubmission(
  tx: Tx,
  store: ObjectStore,
  patch: { id: string; datasetId: string; width: number; height: number },
  submitted: Scored,
  /** The submission's mask when it was saved in this transaction (not in the store yet). */
  own: { key: string; pixels: Uint8Array } | null,
) {
  const gold = await goldAnnotation(tx, patch.id);
  if (!gold) return null;
  const pixels = patch.width * patch.height;
  const read = async (key: string | null) => {
    if (!key) return new Uint8Array(pixels);
    if (key === own?.key) return own.pixels;
    return (await maskFromPng(await store.get(key))).data;
  };
  const maskDice =
    gold.maskKey || submitted.maskKey ? dice(await read(gold.maskKey), await read(submitted.maskKey)) : null;
  await tx.goldScore.create({
    data: {
      datasetId: patch.datasetId,
      patchId: patch.id,
      annotationId: submitted.id,
      annotatorId: submitted.authorId,
      goldAnnotationId: gold.id,
      patternCorrect: sameLabel(gold.patternClassId, submitted.patternClassId),
      intensityCorrect: sameLabel(gold.intensityLevelId, submitted.intensityLevelId),
      maskDice,
    },
    select: { id: true },
  });
  return markScored(tx, submitted);
}

async function markScored(tx: Tx, answer: Scored): Promise<AnnotationDto> {
  const scored = await tx.annotation.update({
    where: { id: answer.id },
    data: { status: 'SCORED', version: answer.version + 1 },
    select: annotationSelect,
  });
  await tx.annotationRevision.create({
    data: {
      annotationId: scored.id,
      version: scored.version,
      status: 'SCORED',
      patternClassId: scored.patternClassId,
      intensityLevelId: scored.intensityLevelId,
      maskKey: scored.maskKey,
      editedById: answer.authorId,
    },
    select: { id: true },
  });
  return scored;
}

/**
 * Marks an approved patch as gold (or takes the mark away). Gold needs an approved annotation with
 * a pattern: that is the answer submissions are scored against.
 */
export async function setGoldPatch(
  tx: Tx,
  actor: Actor,
  patchId: string,
  gold: boolean,
  requestId: string | null,
): Promise<{ id: string; goldAt: Date | null }> {
  const patch = await lockPatch(prismaSql(tx), patchId);
  if (!patch) throw notFound('Patch', patchId);
  if (gold) {
    const answer = patch.status === 'APPROVED' ? await goldAnnotation(tx, patchId) : null;
    if (!answer?.patternClassId)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Only an approved patch with an approved pattern can be gold',
        { patchId, status: patch.status },
      );
  }
  const updated = await tx.patch.update({
    where: { id: patchId },
    data: { goldAt: gold ? new Date() : null, version: { increment: 1 } },
    select: { id: true, goldAt: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: gold ? 'patch.gold' : 'patch.ungold',
    entityType: 'Patch',
    entityId: patchId,
    after: { goldAt: updated.goldAt?.toISOString() ?? null },
    requestId,
  });
  return updated;
}
