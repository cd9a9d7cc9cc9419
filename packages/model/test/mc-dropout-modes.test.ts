import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel, mcDropoutPredict } from '../src/index.js';
import { useWasm } from './setup-backend.js';

const cfg = {
  variant: 'lite' as const,
  inputSize: 32,
  width: 8,
  blocks: [1, 1, 1],
  patternClasses: 4,
  intensityLevels: 2,
  bottleneckDropout: 0.3,
  headDropout: 0.5,
};

beforeAll(useWasm);

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);

describe('MC dropout modes and the mask', () => {
  it("'full' samples the mask (passes differ, variance > 0); 'heads' keeps it deterministic", () => {
    const model = createModel(cfg);
    const images = tf.randomUniform([2, 32, 32, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const count = tf.memory().numTensors;
    const heads = [1, 2].map(() => mcDropoutPredict(model, images, { samples: 3, mode: 'heads' }));
    const full = [1, 2].map(() => mcDropoutPredict(model, images, { samples: 3, mode: 'full' }));
    expect(tf.memory().numTensors).toBe(count);

    expect(maxAbsDiff(heads[0]?.maskProbs ?? [], heads[1]?.maskProbs ?? [1])).toBe(0);
    expect(heads[0]?.maskSamples).toBe(1);
    expect(heads[0]?.maskVariance).toBeUndefined();

    expect(maxAbsDiff(full[0]?.maskProbs ?? [], full[1]?.maskProbs ?? [1])).toBeGreaterThan(1e-6);
    expect(full[0]?.maskSamples).toBe(3);
    const variance = full[0]?.maskVariance ?? new Float32Array(0);
    expect(variance.length).toBe(2 * 32 * 32);
    expect(variance.reduce((a, b) => a + b, 0) / variance.length).toBeGreaterThan(0);
    images.dispose();
    model.dispose();
  });

  it('mask statistics agree with a recomputation from the kept per-sample logits', () => {
    const model = createModel(cfg);
    const images = tf.randomUniform([1, 32, 32, 1], 0, 1, 'float32', 9) as tf.Tensor4D;
    const T = 1.7;
    const mc = mcDropoutPredict(model, images, {
      samples: 4,
      mode: 'full',
      maskTemperature: T,
      keepMaskLogits: true,
    });
    const logits = mc.maskLogitSamples ?? [];
    expect(logits).toHaveLength(4);
    // Two-pass mean and variance, and the entropy from p log p (the layer uses softplus(a) - p a).
    const probs = logits.map((z) => Array.from(z, (v) => sigmoid(v / T)));
    const px = 32 * 32;
    const mean = Array.from({ length: px }, (_, i) => probs.reduce((s, p) => s + (p[i] as number), 0) / 4);
    const variance = mean.map((m, i) => probs.reduce((s, p) => s + ((p[i] as number) - m) ** 2, 0) / 4);
    const h = (p: number) => -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    const expected = mean.map((_, i) => probs.reduce((s, p) => s + h(p[i] as number), 0) / 4);
    expect(maxAbsDiff(mc.maskProbs, mean)).toBeLessThan(1e-5);
    expect(maxAbsDiff(mc.maskVariance ?? [], variance)).toBeLessThan(1e-5);
    expect(maxAbsDiff(mc.maskExpectedEntropy ?? [], expected)).toBeLessThan(1e-4);
    images.dispose();
    model.dispose();
  });
});
