import { randomUUID } from 'node:crypto';
import { objectKeys } from '@hep2/storage';
import { z } from 'zod';
import { DomainError, notFound } from '../../shared/domain-error';
import { validate } from '../../shared/validate';
import { dice } from './agreement';
import { type BinaryMask, decodeMaskRle, maskArea, maskFromPng, maskToPng } from './mask-codec';
import { ownAnnotation } from './work-item.service';
import type { WorkflowDeps } from './workflow-deps';

const id = z.string().uuid({ message: 'must be an id' });

export const rleSchema = z.object({
  size: z.array(z.number().int()).length(2, { message: 'must be [height, width]' }),
  counts: z.array(z.number()).max(1_000_001, { message: 'too many runs' }),
});

export const annotationInputSchema = z.object({
  patchId: id,
  leaseId: id.nullish(),
  /** The version the client edited; required once the annotation exists. */
  version: z.number().int().min(0).nullish(),
  patternClassId: id.nullish(),
  intensityLevelId: id.nullish(),
  /** Omitted: keep the current mask. */
  mask: rleSchema.nullish(),
  /** The model prediction the annotator started from. */
  predictionId: id.nullish(),
});

export type AnnotationInput = z.infer<typeof annotationInputSchema>;

export const parseAnnotationInput = (input: unknown): AnnotationInput =>
  validate(annotationInputSchema, input);

/** Everything a save needs that can be prepared outside the transaction (reads, mask encoding). */
export interface PreparedSave {
  patch: { id: string; datasetId: string; specimenId: string; width: number; height: number };
  annotationId: string;
  /** A new mask (stored inside the transaction, under the version it creates), or null: unchanged. */
  newMask: { png: Buffer; area: number; pixels: BinaryMask } | null;
  /** The mask the annotation had when prepared (used when no new mask is given). */
  currentMaskKey: string | null;
  prediction: { id: string; modelVersionId: string; maskKey: string | null } | null;
}

/** Checks labels belong to the patch's dataset, validates and encodes the mask. */
export async function prepareSave(
  deps: WorkflowDeps,
  authorId: string,
  input: AnnotationInput,
): Promise<PreparedSave> {
  const [patch, own] = await Promise.all([
    deps.db.patch.findUnique({
      where: { id: input.patchId },
      select: { id: true, datasetId: true, specimenId: true, width: true, height: true },
    }),
    ownAnnotation(deps.db, input.patchId, authorId),
  ]);
  if (!patch) throw notFound('Patch', input.patchId);
  await checkLabels(deps, patch.datasetId, input);
  const prediction = await findPrediction(deps, patch.id, input.predictionId ?? own?.predictionId ?? null);
  let newMask: PreparedSave['newMask'] = null;
  if (input.mask) {
    const pixels = decodeMaskRle(input.mask, patch);
    newMask = { png: await maskToPng(pixels), area: maskArea(pixels), pixels };
  }
  return {
    patch,
    annotationId: own?.id ?? randomUUID(),
    newMask,
    currentMaskKey: own?.maskKey ?? null,
    prediction,
  };
}

/** Stores a new mask under the annotation version it belongs to (call once the version is checked). */
export async function storeMask(
  deps: WorkflowDeps,
  prepared: PreparedSave,
  annotationId: string,
  version: number,
) {
  if (!prepared.newMask) return null;
  const key = objectKeys.annotationMask(prepared.patch.datasetId, annotationId, version);
  await deps.store.put(key, prepared.newMask.png, 'image/png');
  return key;
}

async function checkLabels(deps: WorkflowDeps, datasetId: string, input: AnnotationInput) {
  const [pattern, intensity] = await Promise.all([
    input.patternClassId
      ? deps.db.patternClass.findFirst({
          where: { id: input.patternClassId, datasetId },
          select: { id: true },
        })
      : true,
    input.intensityLevelId
      ? deps.db.intensityLevel.findFirst({
          where: { id: input.intensityLevelId, datasetId },
          select: { id: true },
        })
      : true,
  ]);
  if (!pattern) throw fieldError('patternClassId', 'is not a pattern of this dataset');
  if (!intensity) throw fieldError('intensityLevelId', 'is not an intensity level of this dataset');
}

const fieldError = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { field });

async function findPrediction(deps: WorkflowDeps, patchId: string, predictionId: string | null) {
  if (!predictionId) return null;
  const prediction = await deps.db.prediction.findUnique({
    where: { id: predictionId },
    select: { id: true, patchId: true, modelVersionId: true, maskKey: true },
  });
  if (!prediction || prediction.patchId !== patchId)
    throw fieldError('predictionId', 'is not a prediction of this patch');
  return prediction;
}

/** Dice between the model's proposed mask and the final mask: how much the human changed it. */
export async function proposalDice(deps: WorkflowDeps, prepared: PreparedSave): Promise<number | null> {
  if (!prepared.prediction?.maskKey) return null;
  const proposal = await maskFromPng(await deps.store.get(prepared.prediction.maskKey));
  const final =
    prepared.newMask?.pixels ??
    (prepared.currentMaskKey
      ? await maskFromPng(await deps.store.get(prepared.currentMaskKey))
      : { width: proposal.width, height: proposal.height, data: new Uint8Array(proposal.data.length) });
  if (final.data.length !== proposal.data.length) return null;
  return dice(proposal.data, final.data);
}
