import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useTestServices } from '../../../test/support/test-services';
import {
  createScoringPredictors,
  recordLearningCurvePoint,
  scorePatches,
  scoringBackends,
  storedTemperatures,
} from '../src/index';
import { registerTinyVersion, seedScoringDataset } from './support/seed-scoring';

const { db, store } = useTestServices({ wasm: true });

describe('scorePatches', () => {
  it('scores unlabelled patches once per version, calibrates, writes priorities, leaks no tensors', async () => {
    const seeded = await seedScoringDataset(db, store, {
      mcSamples: 3,
      batchSize: 4,
      diversity: { kind: 'k-center' },
    });
    const v1 = await registerTinyVersion(db, store, seeded.datasetId, 1, 'ACTIVE');
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const first = await scorePatches(db, store, {
      datasetId: seeded.datasetId,
      modelVersionId: v1,
      batchSize: 3,
      onProgress: (p) => progress.push(p.scored),
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(first).toMatchObject({
      scored: seeded.unlabelled.length,
      total: seeded.unlabelled.length,
      failed: 0,
      method: 'mc-dropout-3',
    });
    expect(progress).toEqual([3, 6, 9, 10]);
    const predictions = await db.prediction.findMany({ where: { modelVersionId: v1 } });
    expect(predictions.map((p) => p.patchId).sort()).toEqual([...seeded.unlabelled].sort());
    for (const p of predictions) {
      expect(p.patternProbs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(p.bald).toMatchObject({ samples: 3 });
      expect(p.embedding?.byteLength).toBeGreaterThan(0);
      expect(await store.exists(p.maskKey ?? '')).toBe(true);
    }
    // Calibration fitted on the validation specimen's approved patches and stored per head.
    const version = await db.modelVersion.findUniqueOrThrow({
      where: { id: v1 },
      select: { calibration: true },
    });
    expect(storedTemperatures(version.calibration)).toEqual(first.temperatures);
    // Fitted on half the validation patches for what this job serves (3 heads-only MC passes) and
    // measured on the other half; one validation specimen, so the halves are split by patch.
    const n0 = seeded.approved.length;
    expect(version.calibration).toMatchObject({
      validationPatches: n0,
      served: { mcSamples: 3, mode: 'heads' },
      split: { groupedBy: 'patch', fitPatches: n0 / 2, heldOutPatches: n0 / 2 },
      pattern: { samples: n0 / 2, heldOutSamples: n0 / 2 },
    });
    // Scored and fitted on ONNX Runtime (the heads' MC samples on tfjs), recorded with the scores.
    expect(first.backend).toMatchObject({ backend: 'onnxruntime', fallbackReason: null });
    expect(first.backend.detail).toMatch(
      /^onnxruntime \d+\.\d+\.\d+ \(cpu, \d+ threads\); MC heads on tfjs \(wasm\)$/,
    );
    expect(scoringBackends(version.calibration, 'mc-dropout-3')).toEqual({
      onnxruntime: {
        detail: first.backend.detail,
        fallbackReason: null,
        // A version registered without an ONNX export (as this helper does) has it made on load.
        graph: 'exported from the model (no stored export: version registered before exports were stored)',
        recordedAt: expect.any(String),
      },
    });
    expect(version.calibration).toMatchObject({
      fittedOn: { backend: 'onnxruntime', detail: first.backend.detail },
    });
    const stored = version.calibration as { pattern: { eceAfter: unknown; nllAfter: unknown } };
    expect(typeof stored.pattern.eceAfter).toBe('number');
    expect(typeof stored.pattern.nllAfter).toBe('number');
    // A fit for another serving setting does not count as one for this setting.
    expect(storedTemperatures(version.calibration, { mcSamples: 3, mode: 'full' })).toBeNull();
    // The strategy wrote the queue order: a permutation of (N - i) / N over the scored patches.
    const patches = await db.patch.findMany({
      where: { id: { in: seeded.unlabelled } },
      select: { priority: true, acquisitionStrategy: true, scoredModelVersionId: true },
    });
    expect(
      patches.every((p) => p.scoredModelVersionId === v1 && p.acquisitionStrategy?.startsWith('multitask:')),
    ).toBe(true);
    const n = seeded.unlabelled.length;
    expect(patches.map((p) => p.priority).sort((a, b) => b - a)).toEqual(
      Array.from({ length: n }, (_, i) => (n - i) / n),
    );
    expect(first.acquisition?.ranked).toBe(n);

    // Same version again: nothing left to score.
    const second = await scorePatches(db, store, { datasetId: seeded.datasetId, modelVersionId: v1 });
    expect(second).toMatchObject({ scored: 0, total: 0 });
    expect(await db.prediction.count({ where: { modelVersionId: v1 } })).toBe(n);

    // A new version re-scores everything; a deterministic method is a separate key.
    const v2 = await registerTinyVersion(db, store, seeded.datasetId, 2, 'CANDIDATE');
    const third = await scorePatches(db, store, { datasetId: seeded.datasetId, modelVersionId: v2, T: 1 });
    expect(third).toMatchObject({ scored: n, method: 'deterministic', acquisition: null });
    // TensorFlow.js on request (SCORING_BACKEND=tfjs): recorded beside the ONNX Runtime scores.
    const fourth = await scorePatches(db, store, {
      datasetId: seeded.datasetId,
      modelVersionId: v2,
      T: 2,
      backend: 'tfjs',
    });
    expect(fourth).toMatchObject({ scored: n, method: 'mc-dropout-2' });
    expect(fourth.backend).toEqual({
      backend: 'tfjs',
      detail: 'tfjs (wasm)',
      fallbackReason: "scoring backend set to 'tfjs'",
    });
    const v2Calibration = (
      await db.modelVersion.findUniqueOrThrow({ where: { id: v2 }, select: { calibration: true } })
    ).calibration;
    expect(Object.keys(scoringBackends(v2Calibration, 'deterministic'))).toEqual(['onnxruntime']);
    expect(scoringBackends(v2Calibration, 'mc-dropout-2').tfjs?.detail).toBe('tfjs (wasm)');
    expect(v2Calibration).toMatchObject({ served: { mcSamples: 2 }, fittedOn: { backend: 'tfjs' } });
    expect(tf.memory().numTensors).toBe(before);
    expect(
      await db.learningCurvePoint.count({ where: { modelVersionId: v1, series: 'active:multitask' } }),
    ).toBe(1);
    expect(await recordLearningCurvePoint(db, v1, 'multitask')).toBe(false);
  });

  it('parallel workers on disjoint shards score every patch exactly once', async () => {
    const seeded = await seedScoringDataset(db, store, { mcSamples: 1 });
    const v = await registerTinyVersion(db, store, seeded.datasetId, 1, 'ACTIVE');
    const before = tf.memory().numTensors;
    // One process's predictors: the shards share one model and ONNX session.
    const predictors = createScoringPredictors({ log: () => {} });
    const results = await Promise.all(
      [0, 1].map((index) =>
        scorePatches(db, store, {
          datasetId: seeded.datasetId,
          modelVersionId: v,
          batchSize: 2,
          shard: { index, count: 2 },
          predictors,
        }),
      ),
    );
    expect(predictors.size()).toBe(1);
    await predictors.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(results.reduce((a, r) => a + r.scored, 0)).toBe(seeded.unlabelled.length);
    expect(await db.prediction.count({ where: { modelVersionId: v } })).toBe(seeded.unlabelled.length);
    const controller = new AbortController();
    controller.abort();
    const v2 = await registerTinyVersion(db, store, seeded.datasetId, 2, 'CANDIDATE');
    const cancelled = await scorePatches(db, store, {
      datasetId: seeded.datasetId,
      modelVersionId: v2,
      signal: controller.signal,
    });
    expect(cancelled).toMatchObject({ cancelled: true, scored: 0 });
  });
});
