import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  argmaxRows,
  classificationMetrics,
  collateBatch,
  createModel,
  createTrainer,
  type Hep2Model,
  NO_AUGMENT,
  predict,
  segmentationMetrics,
  type TrainingSample,
  trainLoop,
} from '../src/index.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 32;
const tiny = { variant: 'lite' as const, inputSize: SIZE, width: 8, blocks: [1, 1, 1], patternClasses: 4 };

function imagesOf(samples: TrainingSample[]): tf.Tensor4D {
  return tf.tensor4d(
    samples.flatMap((s) => Array.from(s.image)),
    [samples.length, SIZE, SIZE, 1],
  );
}

describe('training', () => {
  beforeAll(useWasm);
  let model: Hep2Model | null = null;
  afterAll(() => model?.dispose());

  it('overfits 8 synthetic patches: Dice > 0.9, pattern and intensity 100 %', async () => {
    model = createModel({ ...tiny, bottleneckDropout: 0, headDropout: 0.1 });
    const samples = syntheticPatches(8, SIZE);
    const trainer = createTrainer(model, { learningRate: 3e-3, augment: NO_AUGMENT, maskLoss: 'bce+dice' });
    const seen: number[] = [];
    const history = await trainLoop(trainer, samples, {
      epochs: 60,
      batchSize: 8,
      onProgress: (p) => seen.push(p.step),
    });
    expect(history.steps).toBe(60);
    expect(seen).toHaveLength(60);
    expect(history.weightTrajectory).toHaveLength(61);
    const images = imagesOf(samples);
    const out = predict(model, images, { embeddings: true });
    images.dispose();
    const masks = Float32Array.from(samples.flatMap((s) => Array.from(s.mask ?? [])));
    expect(segmentationMetrics(out.maskProbs, masks, SIZE * SIZE).dice).toBeGreaterThan(0.9);
    const pattern = classificationMetrics(
      samples.map((s) => s.pattern ?? -1),
      argmaxRows(out.patternProbs, 4),
      4,
    );
    const intensity = classificationMetrics(
      samples.map((s) => s.intensity ?? -1),
      argmaxRows(out.intensityProbs, 2),
      2,
    );
    expect(pattern.accuracy).toBe(1);
    expect(intensity.accuracy).toBe(1);
    expect(out.embeddings?.length).toBe(8 * 32 * 4); // deepest channels = width * 4 * 2^(stages-1)
    trainer.dispose();
  });

  it('50 training steps leave tf.memory().numTensors unchanged', async () => {
    const m = createModel({ ...tiny, seed: 5 });
    const samples = syntheticPatches(4, SIZE, 9);
    const trainer = createTrainer(m, { learningRate: 1e-3 });
    const batch = collateBatch(samples, m.config, null, null);
    await trainer.step(batch); // optimizer slots are created on the first step
    const before = tf.memory().numTensors;
    await trainLoop(trainer, samples, { epochs: 50, batchSize: 4 });
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
    m.dispose();
  });

  it('is deterministic for a fixed seed', async () => {
    const run = async (): Promise<number[]> => {
      const m = createModel({ ...tiny, seed: 11 });
      const trainer = createTrainer(m, { seed: 4 });
      const losses: number[] = [];
      await trainLoop(trainer, syntheticPatches(6, SIZE, 2), {
        epochs: 2,
        batchSize: 3,
        onProgress: (p) => losses.push(...p.losses),
      });
      trainer.dispose();
      m.dispose();
      return losses;
    };
    expect(await run()).toEqual(await run());
  });

  it('masks out missing labels and keeps the weight of a task without labels', async () => {
    const m = createModel({ ...tiny, seed: 6 });
    const trainer = createTrainer(m, { weighting: { kind: 'gradnorm', alpha: 0.06, learningRate: 0.05 } });
    const samples = syntheticPatches(4, SIZE, 4).map((s, i) => ({
      ...s,
      intensity: null,
      mask: i === 0 ? null : s.mask,
    }));
    const r1 = await trainer.step(collateBatch(samples, m.config, null, null));
    const r2 = await trainer.step(collateBatch(samples, m.config, null, null));
    expect(r1.active).toEqual([true, true, false]);
    expect(r2.losses[2]).toBe(0);
    expect(r2.gradNorms[2]).toBe(0);
    const w = trainer.weighting.currentWeights();
    expect(w[0] as number).not.toBeCloseTo(1, 6); // mask and pattern weights moved
    expect((w[0] as number) + (w[1] as number) + (w[2] as number)).toBeCloseTo(3, 9);
    trainer.dispose();
    m.dispose();
  });

  it('runs fixed and uncertainty weighting, and stops on abort', async () => {
    const m = createModel({ ...tiny, seed: 8 });
    const samples = syntheticPatches(4, SIZE, 5);
    const fixed = createTrainer(m, { weighting: { kind: 'fixed', weights: [1, 0.5, 0.5] } });
    const r = await fixed.step(collateBatch(samples, m.config, null, null));
    expect(r.weights).toEqual([1, 0.5, 0.5]);
    fixed.dispose();
    const unc = createTrainer(m, { weighting: { kind: 'uncertainty' }, learningRate: 0.05 });
    const controller = new AbortController();
    const history = await trainLoop(unc, samples, {
      epochs: 10,
      batchSize: 2,
      onProgress: (p) => {
        if (p.step === 3) controller.abort();
      },
      signal: controller.signal,
    });
    expect(history.cancelled).toBe(true);
    expect(history.steps).toBe(3);
    expect(unc.weighting.currentWeights().some((w) => Math.abs(w - 1) > 1e-3)).toBe(true);
    unc.dispose();
    m.dispose();
  });
});
