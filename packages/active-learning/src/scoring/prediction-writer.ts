import { encodeMaskPng, encodePng, probabilityToGrey, probabilityToMask } from '@hep2/data';
import { type Db, Prisma } from '@hep2/db';
import { DEFAULT_MASK_THRESHOLD, maskThresholdOr } from '@hep2/model';
import { type ObjectStore, objectKeys } from '@hep2/storage';
import { embeddingToBytes } from './embedding-codec';
import type { ScoredPatch } from './model-scorer';

export interface PatchRef {
  id: string;
  imageKey: string;
  width: number;
  height: number;
}

/**
 * The mask threshold a version chose on its validation patches (ModelVersion.calibration
 * maskThreshold, written by the trainer); 0.5 for versions from before it was chosen.
 */
export function storedMaskThreshold(calibration: unknown): number {
  const c = (calibration ?? {}) as { maskThreshold?: unknown };
  return maskThresholdOr(c.maskThreshold, DEFAULT_MASK_THRESHOLD);
}

/**
 * The threshold chosen on raw probabilities, moved onto tempered ones: temperature scaling maps a
 * probability p to sigmoid(logit(p) / T), monotonic, so p >= t exactly when the tempered p >= the
 * tempered t. (0.5 is its own image, which is why a fixed 0.5 never needed this.)
 */
export function temperedThreshold(threshold: number, temperature: number): number {
  if (temperature === 1) return threshold;
  return 1 / (1 + Math.exp(-Math.log(threshold / (1 - threshold)) / temperature));
}

/**
 * Predicted masks and their probability maps go to the object store first (at the patch's own
 * size, so the editor can offer them as-is), then the rows in one statement. skipDuplicates makes a
 * batch that another process scored at the same time a no-op instead of an error. Returns the rows
 * inserted.
 */
export async function writePredictions(
  db: Db,
  store: ObjectStore,
  target: {
    datasetId: string;
    modelVersionId: string;
    method: string;
    /** Applied to the (tempered) probabilities written; default 0.5. See storedMaskThreshold. */
    maskThreshold?: number;
  },
  scored: { patch: PatchRef; out: ScoredPatch }[],
): Promise<number> {
  const threshold = target.maskThreshold ?? DEFAULT_MASK_THRESHOLD;
  await Promise.all(
    scored.map(async ({ patch, out }) => {
      const data = probabilityToMask(out.maskProbs, out.side, patch.width, patch.height, threshold);
      const png = await encodeMaskPng({ width: patch.width, height: patch.height, data });
      const probabilities = probabilityToGrey(out.maskProbs, out.side, patch.width, patch.height);
      const probabilityPng = await encodePng({
        width: patch.width,
        height: patch.height,
        bitDepth: 8,
        data: probabilities,
      });
      await Promise.all([
        store.put(
          objectKeys.predictionMask(target.datasetId, target.modelVersionId, patch.id),
          png,
          'image/png',
        ),
        // Beside the mask, so the editor can show per-pixel uncertainty; readers that do not know it ignore it.
        store.put(
          objectKeys.predictionProbability(target.datasetId, target.modelVersionId, patch.id),
          probabilityPng,
          'image/png',
        ),
      ]);
    }),
  );
  const result = await db.prediction.createMany({
    data: scored.map(({ patch, out }) => ({
      patchId: patch.id,
      modelVersionId: target.modelVersionId,
      method: target.method,
      maskKey: objectKeys.predictionMask(target.datasetId, target.modelVersionId, patch.id),
      patternProbs: out.patternProbs,
      intensityProbs: out.intensityProbs,
      patternEntropy: out.patternEntropy,
      patternMargin: out.patternMargin,
      intensityEntropy: out.intensityEntropy,
      maskEntropy: out.maskEntropy,
      boundaryEntropy: out.boundaryEntropy,
      bald: out.bald ? { ...out.bald } : Prisma.DbNull,
      embedding: out.embedding ? embeddingToBytes(out.embedding) : null,
    })),
    skipDuplicates: true,
  });
  return result.count;
}
