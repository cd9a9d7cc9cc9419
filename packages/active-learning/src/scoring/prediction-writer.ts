import { encodeMaskPng, encodePng, probabilityToGrey, probabilityToMask } from '@hep2/data';
import { type Db, Prisma } from '@hep2/db';
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
 * Predicted masks and their probability maps go to the object store first (at the patch's own
 * size, so the editor can offer them as-is), then the rows in one statement. skipDuplicates makes a
 * batch that another process scored at the same time a no-op instead of an error. Returns the rows
 * inserted.
 */
export async function writePredictions(
  db: Db,
  store: ObjectStore,
  target: { datasetId: string; modelVersionId: string; method: string },
  scored: { patch: PatchRef; out: ScoredPatch }[],
): Promise<number> {
  await Promise.all(
    scored.map(async ({ patch, out }) => {
      const data = probabilityToMask(out.maskProbs, out.side, patch.width, patch.height);
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
