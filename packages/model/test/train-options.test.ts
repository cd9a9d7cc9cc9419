import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  collateBatch,
  createModel,
  DEFAULT_LR_SCHEDULE,
  forward,
  learningRateAt,
  resolveTrainConfig,
  taskLosses,
  toTensors,
} from '../src/index.js';
import { GradientTaps } from '../src/train/gradient-tap.js';
import {
  activeEnabledTasks,
  lossAndGradients,
  stepContext,
  trainedVariables,
} from '../src/train/step-gradients.js';
import { makeWeighting } from '../src/weighting/weighting-factory.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 32;
const tiny = {
  variant: 'lite' as const,
  inputSize: SIZE,
  width: 4,
  blocks: [1, 1, 1],
  patternClasses: 4,
  seed: 5,
};
const noDropout = { ...tiny, bottleneckDropout: 0, headDropout: 0 };

describe('learning-rate warm-up', () => {
  it('rises linearly over the warm-up share, then follows the cosine over the remaining steps', () => {
    const s = { kind: 'cosine' as const, minFactor: 0.05, warmupFraction: 0.1 };
    expect(learningRateAt(1e-3, s, 0, 100)).toBeCloseTo(1e-4, 12);
    expect(learningRateAt(1e-3, s, 4, 100)).toBeCloseTo(5e-4, 12);
    expect(learningRateAt(1e-3, s, 10, 100)).toBeCloseTo(1e-3, 12);
    expect(learningRateAt(1e-3, s, 100, 100)).toBeCloseTo(5e-5, 12);
    // Without warm-up: the cosine from the first step.
    expect(learningRateAt(1e-3, { kind: 'cosine', minFactor: 0.05 }, 0, 100)).toBe(1e-3);
    // The default warms up over 5 % of the steps.
    expect(learningRateAt(1e-3, DEFAULT_LR_SCHEDULE, 0, 100)).toBeCloseTo(2e-4, 12);
    expect(learningRateAt(1e-3, DEFAULT_LR_SCHEDULE, 5, 100)).toBeCloseTo(1e-3, 12);
  });
});

describe('training step options', () => {
  beforeAll(useWasm);

  it('label smoothing: pattern loss against (1 - e) one-hot + e / K; refuses e outside [0, 1)', () => {
    expect(() => resolveTrainConfig({ labelSmoothing: 1 })).toThrowError(/labelSmoothing=1/);
    const model = createModel(tiny);
    const batch = collateBatch(syntheticPatches(4, SIZE), model.config, null, null);
    tf.tidy(() => {
      const t = toTensors(batch, model.config);
      const out = forward(model, t.images, false);
      const opts = { maskLoss: 'bce' as const, diceEps: 1, binaryIntensity: true };
      const plain = taskLosses(out, t, opts)[1]?.dataSync()[0] as number;
      const smooth = taskLosses(out, t, { ...opts, labelSmoothing: 0.2 })[1]?.dataSync()[0] as number;
      // Smoothed CE = (1 - e) CE + e * mean over classes of -log p.
      const logp = tf.logSoftmax(out.patternLogits);
      const uniform = logp.mean(1).neg().mean().dataSync()[0] as number;
      expect(smooth).toBeCloseTo(0.8 * plain + 0.2 * uniform, 4);
    });
    model.dispose();
  });

  it('a batch without masks skips the decoder: same gradients elsewhere, zero for the decoder', () => {
    const model = createModel(noDropout);
    const samples = syntheticPatches(4, SIZE).map((s) => ({ ...s, mask: null }));
    const batch = collateBatch(samples, model.config, null, null);
    const config = resolveTrainConfig({ weighting: { kind: 'fixed' } });
    const ctx = stepContext(model, config, makeWeighting(config));
    const varList = trainedVariables(ctx);
    const active = activeEnabledTasks(batch, config);
    expect(active).toEqual([false, true, true]);
    const decoderVars = new Set(model.decoder.trainableWeights.map((w) => (w.read() as tf.Variable).name));
    tf.tidy(() => {
      const skipped = lossAndGradients(ctx, batch, active, new GradientTaps(), varList);
      // The full forward (decoder included), as before.
      const t = toTensors(batch, model.config);
      const full = tf.variableGrads(() => {
        const out = forward(model, t.images, true, new GradientTaps());
        return ctx.weighting.combine(taskLosses(out, t, ctx.lossOptions), active);
      }, varList);
      expect(skipped.value.dataSync()[0]).toBeCloseTo(full.value.dataSync()[0] as number, 5);
      for (const v of varList) {
        const a = skipped.grads[v.name] as tf.Tensor;
        expect(a).toBeDefined();
        if (decoderVars.has(v.name)) {
          expect(tf.abs(a).max().dataSync()[0]).toBe(0);
        } else {
          const b = full.grads[v.name] as tf.Tensor;
          const scale = Math.max(1e-6, tf.abs(b).max().dataSync()[0] as number);
          expect((tf.abs(a.sub(b)).max().dataSync()[0] as number) / scale).toBeLessThan(1e-4);
        }
      }
    });
    model.dispose();
  });
});
