import {
  createModel,
  createOnnxPredictor,
  createTfjsPredictor,
  type Hep2Model,
  type InferencePredictor,
  initBackend,
  reseedMcDropout,
} from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScoringPredictors,
  type ScoredPatch,
  scoreImages,
  scoreImagesOn,
  servedSamples,
  servedSamplesOn,
} from '../src/index';

const cfg = {
  variant: 'lite' as const,
  inputSize: 32,
  width: 8,
  blocks: [1, 1, 1],
  patternClasses: 3,
  intensityLevels: 2,
  bottleneckDropout: 0.3,
  headDropout: 0.5,
};
const TOLERANCE = 1e-4;

function images(n: number): Float32Array[] {
  return Array.from({ length: n }, (_, i) => {
    const t = tf.randomUniform([32 * 32], 0, 1, 'float32', 200 + i);
    const v = Float32Array.from(t.dataSync() as Float32Array);
    t.dispose();
    return v;
  });
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  return Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);
};
const maxOver = (a: ArrayLike<number>[], b: ArrayLike<number>[]) => {
  expect(a).toHaveLength(b.length);
  return Math.max(...a.map((s, i) => maxAbsDiff(s, b[i] as ArrayLike<number>)));
};

/** Every served output and score of two scorings of the same patches, as max |diff|. */
function scoredDiffs(got: ScoredPatch[], ref: ScoredPatch[]) {
  expect(got).toHaveLength(ref.length);
  const scalar = (pick: (s: ScoredPatch) => number | null | undefined) =>
    maxAbsDiff(
      got.map((s) => pick(s) ?? 0),
      ref.map((s) => pick(s) ?? 0),
    );
  return {
    pattern: maxOver(
      got.map((s) => s.patternProbs),
      ref.map((s) => s.patternProbs),
    ),
    intensity: maxOver(
      got.map((s) => s.intensityProbs),
      ref.map((s) => s.intensityProbs),
    ),
    mask: maxOver(
      got.map((s) => s.maskProbs),
      ref.map((s) => s.maskProbs),
    ),
    embedding: maxOver(
      got.map((s) => s.embedding ?? []),
      ref.map((s) => s.embedding ?? []),
    ),
    patternEntropy: scalar((s) => s.patternEntropy),
    maskEntropy: scalar((s) => s.maskEntropy),
    patternBald: scalar((s) => s.bald?.pattern),
    intensityBald: scalar((s) => s.bald?.intensity),
  };
}

describe('scoring and calibration on ONNX Runtime', () => {
  let model: Hep2Model;
  let onnx: InferencePredictor;
  beforeAll(async () => {
    await initBackend({ order: ['wasm'], log: () => {} });
    model = createModel(cfg);
    onnx = await createOnnxPredictor(model, { threads: 2, log: () => {} });
  });
  afterAll(async () => {
    await onnx.dispose();
    model.dispose();
  });

  it('scoreImagesOn (MC heads, T = 8, tempered) serves what scoreImages does, within 1e-4, leaking nothing', async () => {
    expect(onnx.info.backend).toBe('onnxruntime');
    const x = images(5);
    const temperatures = { pattern: 1.6, intensity: 0.7, mask: 2.1 };
    for (const run of [{ mcSamples: 8, mode: 'heads' as const }, { mcSamples: 1 }]) {
      reseedMcDropout(model, 3);
      const ref = scoreImages(model, x, { ...run, temperatures });
      reseedMcDropout(model, 3);
      const before = tf.memory().numTensors;
      const got = await scoreImagesOn(onnx, x, { ...run, temperatures });
      expect(tf.memory().numTensors).toBe(before);
      const diffs = scoredDiffs(got, ref);
      console.info(`[scoring onnx parity] T=${run.mcSamples} max |diff|: ${JSON.stringify(diffs)}`);
      for (const [output, diff] of Object.entries(diffs)) expect(diff, output).toBeLessThan(TOLERANCE);
      expect(got.every((s) => (s.bald === null) === (run.mcSamples === 1))).toBe(true);
    }
    // The tfjs predictor is scoreImages itself.
    reseedMcDropout(model, 4);
    const ref = scoreImages(model, x, { mcSamples: 3, mode: 'full' });
    reseedMcDropout(model, 4);
    expect(await scoreImagesOn(createTfjsPredictor(model), x, { mcSamples: 3, mode: 'full' })).toEqual(ref);
  });

  it("calibration's fitting samples on the scorer's predictor equal tfjs' within 1e-4 (so T fits what is served)", async () => {
    const x = images(6);
    for (const setting of [
      { mcSamples: 8, mode: 'heads' as const },
      { mcSamples: 1, mode: 'heads' as const },
    ]) {
      reseedMcDropout(model, 8);
      const ref = servedSamples(model, x, setting, 4);
      reseedMcDropout(model, 8);
      const before = tf.memory().numTensors;
      const got = await servedSamplesOn(onnx, x, setting, 4);
      expect(tf.memory().numTensors).toBe(before);
      expect(got.maskPixelIndex).toEqual(ref.maskPixelIndex);
      const diffs = {
        pattern: maxOver(got.pattern, ref.pattern),
        intensity: maxOver(got.intensity, ref.intensity),
        mask: maxOver(got.mask, ref.mask),
      };
      console.info(
        `[calibration onnx parity] T=${setting.mcSamples} max |diff| (logits): ${JSON.stringify(diffs)}`,
      );
      // Log-probabilities and logits: 1e-4 absolute where the probabilities are not extreme.
      for (const [output, diff] of Object.entries(diffs)) expect(diff, output).toBeLessThan(TOLERANCE);
    }
  });
});

describe('createScoringPredictors', () => {
  beforeAll(async () => {
    await initBackend({ order: ['wasm'], log: () => {} });
  });

  it('one model and predictor per version, shared while held, the old one disposed when a new version comes', async () => {
    const before = tf.memory().numTensors;
    const predictors = createScoringPredictors({ threads: 1, log: () => {} });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return createModel(cfg);
    };
    const v1 = { id: 'v1', artifactSha256: 'a' };
    const [a, b] = await Promise.all([predictors.acquire(v1, load), predictors.acquire(v1, load)]);
    expect(loads).toBe(1);
    expect(a.predictor).toBe(b.predictor);
    expect(a.predictor.info.backend).toBe('onnxruntime');
    await a.release();
    await b.release();
    // Released, but kept for the version's next job (its other shard).
    const again = await predictors.acquire(v1, load);
    expect(loads).toBe(1);
    expect(again.model).toBe(a.model);
    await again.release();
    // A new version: the idle old one is disposed before the new one loads.
    const v2 = await predictors.acquire({ id: 'v2', artifactSha256: 'b' }, load);
    expect(loads).toBe(2);
    expect(predictors.size()).toBe(1);
    const probe = tf.zeros([1, 32, 32, 1]);
    expect(() => a.model.encoder.predict(probe)).toThrow(/disposed/);
    probe.dispose();
    await v2.release();
    await predictors.dispose();
    expect(predictors.size()).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
    await expect(predictors.acquire(v1, load)).rejects.toThrow(/disposed/);
  });

  it("falls back to tfjs under 'auto', fails under 'onnxruntime', and never tries ONNX Runtime under 'tfjs'", async () => {
    const before = tf.memory().numTensors;
    const missing = () => Promise.reject(new Error('libonnxruntime.so.1: cannot open shared object file'));
    const version = { id: 'v', artifactSha256: 'x' };
    const load = async () => createModel(cfg);

    const auto = createScoringPredictors({ loadRuntime: missing, log: () => {} });
    const fallback = await auto.acquire(version, load);
    expect(fallback.predictor.info).toMatchObject({
      backend: 'tfjs',
      fallbackReason: expect.stringContaining('cannot open shared object file'),
    });
    await fallback.release();
    await auto.dispose();

    const required = createScoringPredictors({ backend: 'onnxruntime', loadRuntime: missing, log: () => {} });
    await expect(required.acquire(version, load)).rejects.toThrow(/'onnxruntime' is required/);
    expect(required.size()).toBe(0);
    await required.dispose();

    let tried = false;
    const tfjsOnly = createScoringPredictors({
      backend: 'tfjs',
      loadRuntime: () => {
        tried = true;
        return missing();
      },
    });
    const lease = await tfjsOnly.acquire(version, load);
    expect(tried).toBe(false);
    expect(lease.predictor.info).toMatchObject({
      backend: 'tfjs',
      fallbackReason: "scoring backend set to 'tfjs'",
    });
    await lease.release();
    await tfjsOnly.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
