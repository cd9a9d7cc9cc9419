import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  collateBatch,
  createModel,
  createTrainer,
  deserializeModel,
  ModelConfigError,
  mcDropoutPredict,
  predict,
  resolveModelConfig,
  serializeModel,
} from '../src/index.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const cfg = {
  variant: 'lite' as const,
  inputSize: 32,
  width: 8,
  blocks: [1, 1, 1],
  patternClasses: 4,
  intensityLevels: 3,
};

describe('config validation', () => {
  it('fills defaults into a new object and names bad fields', () => {
    const input = { variant: 'lite' as const, width: 8 };
    const c = resolveModelConfig(input);
    expect(c).not.toBe(input);
    expect(c.decoderChannels).toEqual([64, 32, 16, 8]);
    expect(c.inputSize).toBe(128);
    expect(() => resolveModelConfig({ inputSize: 100 })).toThrowError(/inputSize=100/);
    expect(() => resolveModelConfig({ patternClasses: 1 })).toThrowError(ModelConfigError);
    expect(() => resolveModelConfig({ headDropout: 1.5 })).toThrowError(/headDropout=1.5/);
    expect(() => resolveModelConfig({ variant: 'huge' as 'lite' })).toThrowError(/variant="huge"/);
  });
});

describe('serialization and prediction', () => {
  beforeAll(useWasm);

  it('save -> load gives identical predictions (after training, so BN statistics matter)', async () => {
    const model = createModel(cfg);
    const samples = syntheticPatches(4, 32).map((s, i) => ({ ...s, intensity: i % 3 }));
    const trainer = createTrainer(model, {});
    for (let i = 0; i < 3; i += 1) await trainer.step(collateBatch(samples, model.config, null, null));
    trainer.dispose();
    const images = tf.tensor4d(
      samples.flatMap((s) => Array.from(s.image)),
      [4, 32, 32, 1],
    );
    const before = predict(model, images, { embeddings: true });
    const bytes = await serializeModel(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const loaded = await deserializeModel(bytes);
    expect(loaded.config).toEqual(model.config);
    expect(loaded.paramCount()).toEqual(model.paramCount());
    const after = predict(loaded, images, { embeddings: true });
    expect(Array.from(after.maskProbs)).toEqual(Array.from(before.maskProbs));
    expect(Array.from(after.patternProbs)).toEqual(Array.from(before.patternProbs));
    expect(Array.from(after.intensityProbs)).toEqual(Array.from(before.intensityProbs));
    expect(Array.from(after.embeddings ?? [])).toEqual(Array.from(before.embeddings ?? []));
    expect(after.intensityProbs.length).toBe(4 * 3);
    images.dispose();
    model.dispose();
    loaded.dispose();
    await expect(deserializeModel(new Uint8Array(16))).rejects.toThrow(/not a serialized/);
  });

  it('MC dropout: heads-only and full modes, varied samples, no leaks, dropout off afterwards', () => {
    const model = createModel({ ...cfg, headDropout: 0.5, bottleneckDropout: 0.3 });
    const images = tf.randomUniform([2, 32, 32, 1], 0, 1, 'float32', 3) as tf.Tensor4D;
    const plain = predict(model, images);
    const count = tf.memory().numTensors;
    for (const mode of ['heads', 'full'] as const) {
      const mc = mcDropoutPredict(model, images, { samples: 5, mode });
      expect(mc.patternSamples).toHaveLength(5);
      expect(mc.patternProbs.length).toBe(2 * 4);
      expect(mc.maskProbs.length).toBe(2 * 32 * 32);
      const first = Array.from(mc.patternSamples[0] as Float32Array);
      expect(mc.patternSamples.some((s) => Array.from(s).some((v, i) => v !== first[i]))).toBe(true);
      const sums = [0, 1].map((b) =>
        Array.from(mc.patternProbs.slice(b * 4, b * 4 + 4)).reduce((a, c) => a + c, 0),
      );
      sums.forEach((s) => {
        expect(s).toBeCloseTo(1, 5);
      });
    }
    expect(tf.memory().numTensors).toBe(count);
    const again = predict(model, images);
    expect(Array.from(again.patternProbs)).toEqual(Array.from(plain.patternProbs));
    // 'heads' mode keeps the deterministic mask and embedding, so scorers need no second encoder pass.
    const withEmb = predict(model, images, { embeddings: true });
    const heads = mcDropoutPredict(model, images, { samples: 3, mode: 'heads', embeddings: true });
    expectAllClose(heads.maskProbs, withEmb.maskProbs);
    expectAllClose(heads.embeddings ?? new Float32Array(0), withEmb.embeddings ?? new Float32Array(1));
    expect(tf.memory().numTensors).toBe(count);
    images.dispose();
    model.dispose();
  });
});

function expectAllClose(a: Float32Array, b: Float32Array): void {
  expect(a.length).toBe(b.length);
  const worst = a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);
  expect(worst).toBeLessThan(1e-6);
}
