import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  classCounts,
  createModel,
  createTrainer,
  DEFAULT_LR_SCHEDULE,
  deserializeModel,
  type Hep2Model,
  inverseFrequencyWeights,
  learningRateAt,
  normaliseInput,
  predict,
  Rng,
  readFramed,
  resolveModelConfig,
  serializeModel,
  trainingClassWeights,
  trainLoop,
  writeFramed,
} from '../src/index.js';
import { DEFAULT_AUGMENT, jitterIntensity, LEGACY_AUGMENT } from '../src/train/augment.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 32;
const tiny = {
  variant: 'lite' as const,
  inputSize: SIZE,
  width: 4,
  blocks: [1, 1, 1],
  patternClasses: 4,
  seed: 3,
};

function weightsOf(model: Hep2Model): Float32Array[] {
  return [model.encoder, model.decoder, model.heads].flatMap((m) =>
    m.getWeights().map((w) => w.dataSync().slice() as Float32Array),
  );
}

describe('input normalisation recorded in the model', () => {
  beforeAll(useWasm);

  it('defaults to bit-depth; min-max matches the host-side per-patch stretch', () => {
    expect(resolveModelConfig({}).inputNormalisation).toBe('bit-depth');
    expect(resolveModelConfig({}).inputGain).toBe(1);
    expect(() => resolveModelConfig({ inputGain: 0 })).toThrowError(/inputGain=0/);
    const x = tf.tensor4d([0.1, 0.2, 0.3, 0.5, 0.4, 0.4, 0.4, 0.4], [2, 2, 2, 1]);
    const minMax = normaliseInput(resolveModelConfig({ inputNormalisation: 'min-max' }), x);
    const values = Array.from(minMax.dataSync());
    [0, 0.25, 0.5, 1].forEach((v, i) => {
      expect(values[i]).toBeCloseTo(v, 6);
    });
    expect(values.slice(4)).toEqual([0, 0, 0, 0]); // a flat patch becomes zeros
    expect(normaliseInput(resolveModelConfig({}), x)).toBe(x); // bit-depth, gain 1: as given
    const gained = normaliseInput(resolveModelConfig({ inputGain: 16 }), x);
    expect(gained.dataSync()[3]).toBeCloseTo(8, 5);
    tf.dispose([x, minMax, gained]);
  });

  it('loads a version saved before the field existed as min-max, and predicts as before', async () => {
    const model = createModel({ ...tiny, inputNormalisation: 'min-max' });
    const bytes = await serializeModel(model);
    // Rewrite the header without the new fields: what an older version's artifact looks like.
    const { header, bodyStart } = readFramed<{ config: Record<string, unknown> }>(bytes, 'HEP2MDL1', 'model');
    delete header.config.inputNormalisation;
    delete header.config.inputGain;
    const old = writeFramed('HEP2MDL1', header, [bytes.subarray(bodyStart)]);
    const loaded = await deserializeModel(old);
    expect(loaded.config.inputNormalisation).toBe('min-max');
    expect(loaded.config.inputGain).toBe(1);
    // A min-max model gives the same output for a patch at any fixed scale (8-bit or 16-bit units).
    const patch = syntheticPatches(1, SIZE)[0]?.image as Float32Array;
    const a = tf.tensor4d(patch, [1, SIZE, SIZE, 1]);
    const b = tf.tensor4d(
      patch.map((v) => (v * 255) / 65535),
      [1, SIZE, SIZE, 1],
    );
    const pa = predict(loaded, a).patternProbs;
    const pb = predict(loaded, b).patternProbs;
    pa.forEach((v, i) => {
      expect(pb[i]).toBeCloseTo(v, 4);
    });
    // A bit-depth model saved now keeps its field.
    const fresh = createModel(tiny);
    expect((await deserializeModel(await serializeModel(fresh))).config.inputNormalisation).toBe('bit-depth');
    tf.dispose([a, b]);
    for (const m of [model, loaded, fresh]) m.dispose();
  });
});

describe('class weights from training label frequencies', () => {
  it('inverse frequency N / (K n_c), by hand', () => {
    // 10 labelled samples: 6 of class 0, 3 of class 1, 1 of class 2, none of class 3; K = 3 present.
    const counts = classCounts([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, null, -1], 4);
    expect(counts).toEqual([6, 3, 1, 0]);
    const w = inverseFrequencyWeights(counts);
    expect(w[0]).toBeCloseTo(10 / 18, 10); // 0.5556
    expect(w[1]).toBeCloseTo(10 / 9, 10); // 1.1111
    expect(w[2]).toBeCloseTo(10 / 3, 10); // 3.3333
    expect(w[3]).toBe(0);
    // Every present class carries the same total weight: 6 * 10/18 = 3 * 10/9 = 1 * 10/3.
    expect(6 * (w[0] as number)).toBeCloseTo(1 * (w[2] as number), 10);
  });

  it('explicit weights win, balancing can be switched off, one-class heads get none', () => {
    const model = resolveModelConfig(tiny);
    const samples = [0, 0, 0, 1].map((pattern) => ({
      image: new Float32Array(0),
      mask: null,
      pattern,
      intensity: 1,
    }));
    const on = trainingClassWeights(samples, model, { classBalance: 'inverse-frequency' });
    expect(on.pattern).toEqual([4 / 6, 2, 0, 0]);
    expect(on.intensity).toBeUndefined(); // only one intensity level present
    expect(trainingClassWeights(samples, model, { classBalance: 'none' }).pattern).toBeUndefined();
    const explicit = [1, 2, 3, 4];
    expect(
      trainingClassWeights(samples, model, {
        classBalance: 'inverse-frequency',
        patternClassWeights: explicit,
      }).pattern,
    ).toBe(explicit);
  });
});

describe('learning-rate schedule', () => {
  it('cosine from the base rate to 5 % of it, per step; the value at the start of each epoch', () => {
    // The default adds a 5 % linear warm-up (train-options.test.ts); here the cosine alone.
    expect(DEFAULT_LR_SCHEDULE).toEqual({ kind: 'cosine', minFactor: 0.05, warmupFraction: 0.05 });
    const cosine = { kind: 'cosine' as const, minFactor: 0.05 };
    const base = 1e-3;
    const stepsPerEpoch = 10;
    const epochs = 4;
    const atEpoch = Array.from({ length: epochs }, (_, e) =>
      learningRateAt(base, cosine, e * stepsPerEpoch, epochs * stepsPerEpoch),
    );
    // base * (0.05 + 0.95 * 0.5 * (1 + cos(pi * e / 4))), e = 0..3
    const expected = [1e-3, 8.608757e-4, 5.25e-4, 1.891243e-4];
    atEpoch.forEach((lr, i) => {
      expect(lr).toBeCloseTo(expected[i] as number, 8);
    });
    expect(learningRateAt(base, cosine, 40, 40)).toBeCloseTo(5e-5, 12);
    expect(learningRateAt(base, DEFAULT_LR_SCHEDULE, 40, 40)).toBeCloseTo(5e-5, 12);
    expect(learningRateAt(base, { kind: 'constant' }, 30, 40)).toBe(base);
  });
});

describe('augmentation suited to fluorescence', () => {
  it('keeps a brighter cell brighter (multiplicative gain only); the old offset could swap them', () => {
    const bright = new Float32Array(64).fill(0.4); // positive: ~2x an intermediate cell
    const dim = new Float32Array(64).fill(0.2);
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(DEFAULT_AUGMENT.biasJitter).toBe(0);
    const rng = new Rng(11);
    for (let i = 0; i < 200; i += 1) {
      const b = bright.slice();
      const d = dim.slice();
      jitterIntensity(b, DEFAULT_AUGMENT, rng);
      jitterIntensity(d, DEFAULT_AUGMENT, rng);
      expect(mean(b)).toBeGreaterThan(mean(d));
      expect(mean(b) / 0.4).toBeGreaterThanOrEqual(0.9 - 1e-6); // gain within +-10 %
      expect(mean(b) / 0.4).toBeLessThanOrEqual(1.1 + 1e-6);
    }
    // The legacy additive offset (+-0.05) moves a dim 0.04 patch by up to 125 %.
    const legacy = new Rng(1);
    const shifts = Array.from({ length: 50 }, () => {
      const d = new Float32Array(4).fill(0.04);
      jitterIntensity(d, LEGACY_AUGMENT, legacy);
      return Math.abs(mean(d) / 0.04 - 1);
    });
    expect(Math.max(...shifts)).toBeGreaterThan(0.5);
  });

  it('optional Gaussian noise has the configured spread', () => {
    const img = new Float32Array(20000).fill(0.5);
    jitterIntensity(img, { ...DEFAULT_AUGMENT, gainJitter: 0, noiseStd: 0.02 }, new Rng(5));
    const m = img.reduce((s, v) => s + v, 0) / img.length;
    const sd = Math.sqrt(img.reduce((s, v) => s + (v - m) ** 2, 0) / img.length);
    expect(m).toBeCloseTo(0.5, 3);
    expect(sd).toBeCloseTo(0.02, 3);
  });
});

describe('training loop: schedule and early stopping', () => {
  beforeAll(useWasm);

  it('sets the scheduled rate on the optimizer and reports it per step', async () => {
    const model = createModel(tiny);
    const trainer = createTrainer(model, { batchSize: 4, learningRate: 2e-3, seed: 2 });
    const rates: number[] = [];
    await trainLoop(trainer, syntheticPatches(8, SIZE), {
      epochs: 2,
      onProgress: (p) => rates.push(p.learningRate),
    });
    // 2 steps per epoch, 4 steps: 2e-3 * (0.05 + 0.95 * 0.5 * (1 + cos(pi * k / 4))), k = 0..3
    const expected = [0, 1, 2, 3].map((k) => 2e-3 * (0.05 + 0.475 * (1 + Math.cos((Math.PI * k) / 4))));
    rates.forEach((r, i) => {
      expect(r).toBeCloseTo(expected[i] as number, 10);
    });
    expect((trainer.optimizer as unknown as { learningRate: number }).learningRate).toBeCloseTo(
      expected[3] as number,
      10,
    );
    trainer.dispose();
    model.dispose();
  });

  it('stops when the score stops improving and keeps the best epoch weights', async () => {
    const model = createModel(tiny);
    const trainer = createTrainer(model, {
      batchSize: 4,
      seed: 4,
      earlyStopping: { patience: 2, minDelta: 0, restoreBest: true },
    });
    const scores = [0.5, 0.8, 0.6, 0.7, 0.9, 0.95];
    let atBest: Float32Array[] = [];
    const tensorsBefore = tf.memory().numTensors;
    const history = await trainLoop(trainer, syntheticPatches(8, SIZE), {
      epochs: 6,
      onEpochEnd: (end) => {
        if (end.epoch === 2) atBest = weightsOf(model);
        return { score: scores[end.epoch - 1] as number };
      },
    });
    // Epochs 3 and 4 do not beat 0.8: patience 2 runs out after epoch 4.
    expect(history.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4]);
    expect(history.stoppedEarly).toBe(true);
    expect(history.bestEpoch).toBe(2);
    expect(history.bestScore).toBe(0.8);
    expect(history.restoredBest).toBe(true);
    const now = weightsOf(model);
    expect(now.length).toBe(atBest.length);
    now.forEach((w, i) => {
      expect(Array.from(w)).toEqual(Array.from(atBest[i] as Float32Array));
    });
    trainer.dispose();
    expect(tf.memory().numTensors).toBeLessThanOrEqual(tensorsBefore);
    model.dispose();
  });
});
