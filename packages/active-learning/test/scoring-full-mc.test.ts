import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import { scorePatches } from '../src/index';
import { registerTinyVersion, seedScoringDataset } from './support/seed-scoring';

const { db, store } = useTestServices({ wasm: true });

describe('full-network MC dropout, end to end', () => {
  it('the dataset setting scores with sampled masks, stores mask BALD and ranks the queue by it', async () => {
    // What the admin's acquisition form saves for "MC-dropout mode: full" and "Mask uncertainty: bald".
    const seeded = await seedScoringDataset(db, store, {
      strategy: 'mask-uncertainty',
      mcSamples: 3,
      mcDropout: 'full',
      measures: { mask: 'bald' },
      diversity: { kind: 'none' },
      rareClasses: { share: 0 },
    });
    const version = await registerTinyVersion(db, store, seeded.datasetId, 1, 'ACTIVE');
    const before = tf.memory().numTensors;
    const result = await scorePatches(db, store, { datasetId: seeded.datasetId, modelVersionId: version });
    expect(tf.memory().numTensors).toBe(before);
    expect(result).toMatchObject({
      method: 'mc-dropout-full-3',
      failed: 0,
      scored: seeded.unlabelled.length,
    });
    const predictions = await db.prediction.findMany({
      where: { modelVersionId: version },
      select: { patchId: true, method: true, bald: true },
    });
    expect(predictions).toHaveLength(seeded.unlabelled.length);
    const maskBald = new Map<string, number>();
    for (const p of predictions) {
      expect(p.method).toBe('mc-dropout-full-3');
      const bald = p.bald as { mask?: number; samples?: number } | null;
      expect(bald?.samples).toBe(3);
      // The mask was sampled: its BALD exists (>= 0 by construction) and is a number per patch.
      expect(typeof bald?.mask).toBe('number');
      expect(bald?.mask).toBeGreaterThanOrEqual(0);
      maskBald.set(p.patchId, bald?.mask as number);
    }
    // The served setting T was fitted for names the full mode.
    const stored = await db.modelVersion.findUniqueOrThrow({
      where: { id: version },
      select: { calibration: true },
    });
    expect(stored.calibration).toMatchObject({ served: { mcSamples: 3, mode: 'full' } });
    // The queue is ordered by the stored mask BALD (highest first).
    const queue = await db.patch.findMany({
      where: { id: { in: seeded.unlabelled }, status: 'QUEUED' },
      select: { id: true, priority: true, acquisitionStrategy: true },
      orderBy: { priority: 'desc' },
    });
    expect(queue.length).toBeGreaterThan(1);
    for (const p of queue) expect(p.acquisitionStrategy).toMatch(/^mask-uncertainty:/);
    const balds = queue.map((p) => maskBald.get(p.id) as number);
    expect(balds).toEqual([...balds].sort((a, b) => b - a));
  });
});
