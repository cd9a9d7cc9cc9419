import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collateBatch, createModel, createTrainer, predict } from '../src/index.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

/**
 * Expected trainable parameter counts, derived by hand in README.md (PyTorch convention: BN
 * gamma/beta counted, running statistics not). 1-channel input; +6,272 with a 3-channel stem.
 */
const EXPECTED = {
  reference: { trainable: 128_674_937, encoder: 26_032_752, decoder: 100_539_905, heads: 2_102_280 },
  standard: { trainable: 37_148_105, encoder: 26_032_752, decoder: 9_013_073, heads: 2_102_280 },
};

describe('full variants on WASM', () => {
  beforeAll(useWasm);

  it.each(['reference', 'standard'] as const)(
    '%s builds, reports its parameter count, infers on 384x384',
    (variant) => {
      const before = tf.memory().numTensors;
      const model = createModel({ variant });
      const count = model.paramCount();
      expect(count).toMatchObject(EXPECTED[variant]);
      const image = tf.randomUniform([1, 384, 384, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
      const out = predict(model, image);
      expect(out.maskProbs.length).toBe(384 * 384);
      expect(out.patternProbs.length).toBe(7);
      expect(out.intensityProbs.length).toBe(2);
      expect(Number.isFinite(out.maskProbs[0] as number)).toBe(true);
      image.dispose();
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('3-channel stem adds 49 * 2 * 64 = 6,272 parameters (reference count 128,681,209)', () => {
    const model = createModel({ variant: 'standard', inChannels: 3, inputSize: 64 });
    expect(model.paramCount().encoder).toBe(26_039_024);
    model.dispose();
  });

  it('standard variant runs a training step (64x64, batch 2; see README for the WASM heap limit)', async () => {
    const model = createModel({ variant: 'standard', inputSize: 64 });
    const trainer = createTrainer(model, {});
    const r = await trainer.step(collateBatch(syntheticPatches(2, 64), model.config, null, null));
    expect(r.losses.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
    expect(r.gradNorms.every((g) => g > 0)).toBe(true);
    trainer.dispose();
    model.dispose();
  });
});
