import { collateBatch, createModel, createTrainer, type Hep2Model, initBackend } from '@hep2/model';
import type { EvaluationMetrics } from '@hep2/training';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSample } from '../../src/features/data/sample-loader';
import { validateEpoch } from '../../src/features/evaluation/epoch-validation';
import { evaluateModel } from '../../src/features/evaluation/evaluate-model';
import { evaluationPredictor } from '../../src/features/evaluation/evaluation-predictor';

// The same evaluation on ONNX Runtime and on TensorFlow.js: every figure within parity tolerance
// (the predictions agree to ~1e-6; a threshold or an argmax could only flip on a near-tie).
const TOLERANCE = 1e-4;
const N = 32;

/** A seeded patch with a disc for the mask and a brightness that follows the intensity. */
function patch(i: number): LabelledSample {
  const px = N * N;
  const image = new Float32Array(px);
  const mask = new Float32Array(px);
  const cx = 8 + ((i * 5) % 16);
  const r = 5 + (i % 4);
  for (let k = 0; k < px; k += 1) {
    const x = k % N;
    const y = Math.floor(k / N);
    const inside = (x - cx) ** 2 + (y - 16) ** 2 < r * r;
    mask[k] = inside ? 1 : 0;
    image[k] = (inside ? 0.4 + 0.3 * (i % 2) : 0.05) + ((k * (i + 7)) % 13) / 200;
  }
  return {
    image,
    mask: i % 5 === 4 ? null : mask,
    pattern: i % 3 === 2 ? null : i % 3,
    intensity: i % 2,
    patchId: `p${i}`,
    specimenId: `s${i % 3}`,
    weak: false,
  };
}

/** Numbers compared with `TOLERANCE`, everything else exactly; `evaluatedOn` left out. */
function expectClose(a: unknown, b: unknown, path = 'metrics'): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a)) expect(Number.isNaN(b), path).toBe(true);
    else expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(TOLERANCE);
    return;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    expect(b, path).toEqual(a);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('evaluatedOn');
  for (const key of keys) {
    expectClose((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  }
}

let model: Hep2Model;
const samples = Array.from({ length: 18 }, (_, i) => patch(i));

beforeAll(async () => {
  await initBackend({ order: ['wasm'], log: () => {} });
  model = createModel({
    variant: 'lite',
    inputSize: N,
    width: 4,
    blocks: [1, 1, 1],
    patternClasses: 3,
    intensityLevels: 2,
    seed: 11,
  });
  // A few steps move the BatchNorm statistics off identity, so the export's folding is exercised.
  const trainer = createTrainer(model, { batchSize: 6, seed: 11 });
  for (let s = 0; s < 3; s += 1) {
    await trainer.step(collateBatch(samples.slice(s * 6, s * 6 + 6), model.config, null, null));
  }
  trainer.dispose();
});

afterAll(() => model?.dispose());

describe('evaluation on ONNX Runtime and on TensorFlow.js', () => {
  it('gives the same final metrics within parity tolerance, and says which backend ran', async () => {
    const before = tf.memory().numTensors;
    const onnx = await evaluationPredictor(model, { backend: 'onnxruntime', threads: 2 });
    const tfjs = await evaluationPredictor(model, { backend: 'tfjs' });
    let onOnnx: EvaluationMetrics;
    let onTfjs: EvaluationMetrics;
    try {
      onOnnx = await evaluateModel(model, samples, { predictor: onnx, batchSize: 8 });
      onTfjs = await evaluateModel(model, samples, { predictor: tfjs, batchSize: 8 });
    } finally {
      await onnx.dispose();
      await tfjs.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(onOnnx.evaluatedOn).toMatchObject({
      backend: 'onnxruntime',
      detail: expect.stringMatching(/^onnxruntime /),
      fallbackReason: null,
      graph: 'exported from the model (the weights being evaluated)',
    });
    expect(onTfjs.evaluatedOn).toMatchObject({
      backend: 'tfjs',
      fallbackReason: "EVALUATION_BACKEND set to 'tfjs'",
    });
    expect(onOnnx.segmentation?.patches).toBe(samples.filter((s) => s.mask).length);
    expect(onOnnx.pattern?.labelled).toBe(samples.filter((s) => s.pattern !== null).length);
    expectClose(onTfjs, onOnnx);
  });

  it('gives the same per-epoch validation (losses from the logits, Dice, accuracies)', async () => {
    const before = tf.memory().numTensors;
    const onnx = await evaluationPredictor(model, { backend: 'onnxruntime', threads: 2 });
    try {
      const onOnnx = await validateEpoch(model, samples, 'bce+dice', { predictor: onnx, batchSize: 8 });
      const onTfjs = await validateEpoch(model, samples, 'bce+dice', { batchSize: 8 });
      expect(onOnnx.backend).toBe('onnxruntime');
      expect(onTfjs.backend).toBe('tfjs');
      expect(onOnnx.losses.mask).toBeGreaterThan(0);
      const { seconds: _a, backend: _b, ...a } = onTfjs;
      const { seconds: _c, backend: _d, ...b } = onOnnx;
      expectClose(a, b, 'validation');
    } finally {
      await onnx.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it("fails instead of falling back when 'onnxruntime' is required and does not load", async () => {
    const broken = () => Promise.reject(new Error('no native library here'));
    await expect(evaluationPredictor(model, { backend: 'onnxruntime', loadRuntime: broken })).rejects.toThrow(
      /'onnxruntime' is required but onnxruntime-node did not load: no native library here/,
    );
    const auto = await evaluationPredictor(model, { loadRuntime: broken });
    expect(auto.info).toMatchObject({
      backend: 'tfjs',
      fallbackReason: expect.stringMatching(/did not load/),
    });
    await auto.dispose();
  });
});
