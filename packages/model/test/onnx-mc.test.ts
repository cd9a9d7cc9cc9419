import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collateBatch,
  createModel,
  createOnnxPredictor,
  createTfjsPredictor,
  createTrainer,
  exportOnnx,
  type Hep2Model,
  type McDropoutOptions,
  type McPredictions,
  type ModelConfigInput,
  mcDropoutPredict,
  NO_AUGMENT,
  reseedMcDropout,
} from '../src/index.js';
import { useWasm } from './setup-backend.js';
import { syntheticPatches } from './synthetic-patches.js';

const TOLERANCE = 1e-4;

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

const maxOver = (a: Float32Array[], b: Float32Array[]): number => {
  expect(a).toHaveLength(b.length);
  return Math.max(...a.map((s, i) => maxAbsDiff(s, b[i] as Float32Array)));
};

/** Every output both MC paths give, as max |diff|. */
function mcDiffs(got: McPredictions, ref: McPredictions) {
  expect(got.samples).toBe(ref.samples);
  expect(got.maskSamples).toBe(ref.maskSamples);
  expect(Object.keys(got).sort()).toEqual(Object.keys(ref).sort());
  return {
    patternSamples: maxOver(got.patternSamples, ref.patternSamples),
    intensitySamples: maxOver(got.intensitySamples, ref.intensitySamples),
    patternProbs: maxAbsDiff(got.patternProbs, ref.patternProbs),
    intensityProbs: maxAbsDiff(got.intensityProbs, ref.intensityProbs),
    mask: maxAbsDiff(got.maskProbs, ref.maskProbs),
    embedding: maxAbsDiff(got.embeddings as Float32Array, ref.embeddings as Float32Array),
  };
}

async function trainSteps(model: Hep2Model, steps: number): Promise<void> {
  const trainer = createTrainer(model, { learningRate: 3e-3, augment: NO_AUGMENT });
  const batch = collateBatch(syntheticPatches(4, model.config.inputSize, 5), model.config, null, null);
  for (let i = 0; i < steps; i += 1) await trainer.step(batch);
  trainer.dispose();
}

interface Case {
  name: string;
  config: ModelConfigInput;
  steps?: number;
}

const CASES: Case[] = [
  { name: 'lite 64 px, trained 2 steps', config: { variant: 'lite', inputSize: 64 }, steps: 2 },
  {
    name: 'lite, min-max input, 3 intensity levels, max pooling, heavy head dropout',
    config: {
      variant: 'lite',
      inputSize: 64,
      width: 8,
      inputNormalisation: 'min-max',
      intensityLevels: 3,
      headPooling: 'max',
      headDropout: 0.5,
    },
  },
  { name: 'standard 64 px', config: { variant: 'standard', inputSize: 64 } },
];

describe('MC dropout on the ONNX backbone', () => {
  beforeAll(useWasm);
  const models: Hep2Model[] = [];
  afterAll(() => {
    for (const m of models) m.dispose();
  });

  it.each(CASES)(
    "$name: mode 'heads' with the same seed equals tfjs within 1e-4",
    async ({ config, steps }) => {
      const model = createModel(config);
      models.push(model);
      if (steps) await trainSteps(model, steps);
      const size = model.config.inputSize;
      const images = tf.randomUniform([3, size, size, 1], 0, 1, 'float32', 21) as tf.Tensor4D;
      const predictor = await createOnnxPredictor(model, { threads: 2, log: () => {} });
      try {
        expect(predictor.info.backend).toBe('onnxruntime');
        const opts: McDropoutOptions = {
          samples: 8,
          mode: 'heads',
          embeddings: true,
          maskTemperature: 1.7,
          keepMaskLogits: true,
        };
        reseedMcDropout(model, 5);
        const ref = mcDropoutPredict(model, images, opts);
        reseedMcDropout(model, 5);
        const before = tf.memory().numTensors;
        const got = await predictor.mcPredict(images, opts);
        expect(tf.memory().numTensors).toBe(before);
        const diffs = {
          ...mcDiffs(got, ref),
          maskLogits: maxOver(got.maskLogitSamples ?? [], ref.maskLogitSamples ?? []),
        };
        console.info(`[onnx mc parity] ${model.config.variant} max |diff|: ${JSON.stringify(diffs)}`);
        for (const [output, diff] of Object.entries(diffs)) expect(diff, output).toBeLessThan(TOLERANCE);
        // The dropout is live: the samples differ from each other by far more than the tolerance.
        expect(
          maxAbsDiff(got.patternSamples[0] as Float32Array, got.patternSamples[1] as Float32Array),
        ).toBeGreaterThan(100 * TOLERANCE);
        // Without the seed restart the masks differ: the parity above is not a coincidence.
        const unseeded = await predictor.mcPredict(images, opts);
        expect(maxOver(unseeded.patternSamples, ref.patternSamples)).toBeGreaterThan(100 * TOLERANCE);

        // Temperature 1, no embeddings, no logits kept: the same keys as tfjs leaves out.
        const plain: McDropoutOptions = { samples: 2, mode: 'heads' };
        reseedMcDropout(model, 9);
        const refPlain = mcDropoutPredict(model, images, plain);
        reseedMcDropout(model, 9);
        const gotPlain = await predictor.mcPredict(images, plain);
        expect(Object.keys(gotPlain).sort()).toEqual(Object.keys(refPlain).sort());
        expect(maxAbsDiff(gotPlain.maskProbs, refPlain.maskProbs)).toBeLessThan(TOLERANCE);
        expect(maxOver(gotPlain.patternSamples, refPlain.patternSamples)).toBeLessThan(TOLERANCE);
        expect(tf.memory().numTensors).toBe(before);
      } finally {
        await predictor.dispose();
        images.dispose();
      }
    },
  );

  it("mode 'full' stays on tfjs (identical to mcDropoutPredict) and says so", async () => {
    const model = createModel({ variant: 'lite', inputSize: 32, width: 8, blocks: [1, 1, 1] });
    models.push(model);
    const images = tf.randomUniform([2, 32, 32, 1], 0, 1, 'float32', 3) as tf.Tensor4D;
    const predictor = await createOnnxPredictor(model, { threads: 1, log: () => {} });
    try {
      const opts: McDropoutOptions = { samples: 3, mode: 'full', embeddings: true, maskTemperature: 1.3 };
      reseedMcDropout(model, 2);
      const ref = mcDropoutPredict(model, images, opts);
      reseedMcDropout(model, 2);
      const got = await predictor.mcPredict(images, opts);
      expect(got).toEqual(ref);
      expect(predictor.backendFor({ mcSamples: 3, mode: 'full' })).toMatchObject({
        backend: 'tfjs',
        fallbackReason: expect.stringContaining("'full'"),
      });
      expect(predictor.backendFor({ mcSamples: 8, mode: 'heads' })).toMatchObject({
        backend: 'onnxruntime',
        detail: expect.stringMatching(/^onnxruntime .*; MC heads on tfjs \(wasm\)$/),
      });
      expect(predictor.backendFor({ mcSamples: 1 })).toEqual(predictor.info);
    } finally {
      await predictor.dispose();
      images.dispose();
    }
  });

  it('a stored graph without the MC outputs still serves MC (a second session, opened on first use)', async () => {
    const model = createModel({ variant: 'lite', inputSize: 32, width: 8, blocks: [1, 1, 1] });
    models.push(model);
    const images = tf.randomUniform([2, 32, 32, 1], 0, 1, 'float32', 4) as tf.Tensor4D;
    const predictor = await createOnnxPredictor(model, {
      onnxBytes: exportOnnx(model).bytes,
      threads: 1,
      log: () => {},
    });
    const tfjs = createTfjsPredictor(model, 'test');
    try {
      expect(predictor.info.backend).toBe('onnxruntime');
      const opts: McDropoutOptions = { samples: 2, mode: 'heads', embeddings: true };
      reseedMcDropout(model, 1);
      const ref = await tfjs.mcPredict(images, opts);
      reseedMcDropout(model, 1);
      const got = await predictor.mcPredict(images, opts);
      for (const [output, diff] of Object.entries(mcDiffs(got, ref)))
        expect(diff, output).toBeLessThan(TOLERANCE);
      expect(tfjs.info).toMatchObject({ backend: 'tfjs', fallbackReason: 'test' });
    } finally {
      await predictor.dispose();
      images.dispose();
    }
  });
});
