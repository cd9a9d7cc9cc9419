import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collateBatch,
  createModel,
  createTrainer,
  exportOnnx,
  type Hep2Model,
  type ModelConfigInput,
  NO_AUGMENT,
  normaliseInput,
  ONNX_IO,
  type Predictions,
  predict,
} from '../src/index.js';
import { decodeOnnxModel } from '../src/onnx/onnx-schema.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const SIZE = 64;
const TOLERANCE = 1e-4;

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

/**
 * Moves every BatchNorm away from identity (gamma, beta, moving mean and variance), so that a
 * missing, mis-ordered or mis-scaled fold changes the outputs by far more than the tolerance.
 */
function randomiseBatchNorm(model: Hep2Model, seed: number): void {
  let k = seed;
  for (const part of [model.encoder, model.decoder]) {
    for (const layer of part.layers) {
      if (layer.getClassName() !== 'BatchNormalization') continue;
      const c = layer.weights[0]?.shape[0] as number;
      const draw = (suffix: string): tf.Tensor => {
        k += 1;
        if (suffix === 'gamma') return tf.randomUniform([c], 0.8, 1.25, 'float32', k);
        if (suffix === 'moving_variance') return tf.randomUniform([c], 0.7, 1.4, 'float32', k);
        return tf.randomNormal([c], 0, 0.15, 'float32', k);
      };
      const values = layer.weights.map((w) => draw(w.originalName.split('/').pop() as string));
      layer.setWeights(values);
      tf.dispose(values);
    }
  }
}

async function trainSteps(model: Hep2Model, steps: number): Promise<void> {
  const trainer = createTrainer(model, { learningRate: 3e-3, augment: NO_AUGMENT });
  const batch = collateBatch(syntheticPatches(4, model.config.inputSize, 5), model.config, null, null);
  for (let i = 0; i < steps; i += 1) await trainer.step(batch);
  trainer.dispose();
}

/** Synthetic cells plus one flat patch (the min-max normalisation's special case). */
function testImages(model: Hep2Model): tf.Tensor4D {
  const size = model.config.inputSize;
  const cells = syntheticPatches(3, size, 11).map((s) => Array.from(s.image, (v) => v * 0.8));
  const flat = new Array<number>(size * size).fill(0.3);
  return tf.tensor4d([...cells.flat(), ...flat], [4, size, size, 1]);
}

async function runOnnx(bytes: Uint8Array, images: tf.Tensor4D): Promise<Record<string, Float32Array>> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 2, logSeverityLevel: 3 });
  try {
    const feeds = {
      [ONNX_IO.image]: new ort.Tensor('float32', images.dataSync() as Float32Array, images.shape),
    };
    const out = await session.run(feeds);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.data as Float32Array]));
  } finally {
    await session.release();
  }
}

interface Case {
  name: string;
  config: ModelConfigInput;
  steps: number;
}

const CASES: Case[] = [
  { name: 'lite, trained 2 steps', config: { variant: 'lite', inputSize: SIZE }, steps: 2 },
  {
    name: 'lite, min-max input, 3 intensity levels, max pooling',
    config: {
      variant: 'lite',
      inputSize: SIZE,
      width: 8,
      inputNormalisation: 'min-max',
      intensityLevels: 3,
      headPooling: 'max',
    },
    steps: 1,
  },
  {
    name: 'lite, bit-depth input with gain 4',
    config: { variant: 'lite', inputSize: SIZE, width: 8, inputGain: 4 },
    steps: 0,
  },
  // The full SE-ResNet50 encoder and the 5-step decoder (3x3 logit conv, full-resolution block).
  { name: 'standard', config: { variant: 'standard', inputSize: SIZE }, steps: 0 },
];

describe('ONNX export parity with TensorFlow.js', () => {
  beforeAll(useWasm);
  const models: Hep2Model[] = [];
  afterAll(() => {
    for (const m of models) m.dispose();
  });

  it.each(CASES)('$name: ONNX Runtime agrees within 1e-4 on every output', async ({ config, steps }) => {
    const model = createModel(config);
    models.push(model);
    if (steps > 0) await trainSteps(model, steps);
    const images = testImages(model);
    const before = predict(model, images, { embeddings: true });
    randomiseBatchNorm(model, 100);
    const ref: Predictions = predict(model, images, { embeddings: true });
    // The randomised statistics must matter, or the fold would go untested.
    expect(maxAbsDiff(before.maskProbs, ref.maskProbs)).toBeGreaterThan(100 * TOLERANCE);

    const exported = exportOnnx(model, { deepest: true });
    const out = await runOnnx(exported.bytes, images);
    const deepest = tf.tidy(() => {
      const outs = model.encoder.apply(normaliseInput(model.config, images), {
        training: false,
      }) as tf.Tensor[];
      return outs[outs.length - 1] as tf.Tensor;
    });
    const diffs = {
      mask: maxAbsDiff(out[ONNX_IO.maskProbs] as Float32Array, ref.maskProbs),
      pattern: maxAbsDiff(out[ONNX_IO.patternProbs] as Float32Array, ref.patternProbs),
      intensity: maxAbsDiff(out[ONNX_IO.intensityProbs] as Float32Array, ref.intensityProbs),
      embedding: maxAbsDiff(out[ONNX_IO.embedding] as Float32Array, ref.embeddings as Float32Array),
    };
    const deepestDiff = maxAbsDiff(out[ONNX_IO.deepest] as Float32Array, deepest.dataSync());
    deepest.dispose();
    images.dispose();
    console.info(
      `[onnx parity] ${model.config.variant} max |diff|: ${JSON.stringify({ ...diffs, deepestDiff })}`,
    );
    for (const [output, diff] of Object.entries(diffs)) expect(diff, output).toBeLessThan(TOLERANCE);
    expect(deepestDiff).toBeLessThan(TOLERANCE);
  });

  it('folds every BatchNorm into its convolution (no BatchNormalization node, one Conv per conv layer)', () => {
    const model = createModel({ variant: 'lite', inputSize: SIZE, width: 8 });
    models.push(model);
    const graph = decodeOnnxModel(exportOnnx(model).bytes).graph;
    const ops = graph.node.map((n) => n.op_type);
    const convLayers = [model.encoder, model.decoder].flatMap((m) =>
      m.layers.filter((l) => l.getClassName() === 'Conv2D'),
    );
    expect(ops.filter((op) => op === 'Conv')).toHaveLength(convLayers.length);
    expect(ops).not.toContain('BatchNormalization');
    expect(ops).not.toContain('Dropout');
    expect(graph.output.map((o) => o.name)).toEqual([
      ONNX_IO.maskProbs,
      ONNX_IO.patternProbs,
      ONNX_IO.intensityProbs,
      ONNX_IO.embedding,
    ]);
  });
});
