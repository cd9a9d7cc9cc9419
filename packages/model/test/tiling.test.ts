import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collateBatch,
  createModel,
  createOnnxPredictor,
  createTfjsPredictor,
  cutTiles,
  deserializeModel,
  type Hep2Model,
  MIN_CELL_SHARE,
  ModelConfigError,
  type ModelConfigInput,
  predict,
  Rng,
  resolveModelConfig,
  serializeModel,
  stitchTiles,
  tileLayout,
  tileOrigins,
  WINDOW_WEIGHT_FLOOR,
  weightedMeanOverTiles,
} from '../src/index.js';
import { maxAbsDiff } from './fixtures.js';
import { useWasm } from './setup-backend.js';

const VIEW = 96;
const INPUT = 32;
/** A lite model that sees 96 px patches through 32 px windows. */
const TILED: ModelConfigInput = {
  variant: 'lite',
  inputSize: INPUT,
  width: 4,
  blocks: [1, 1, 1],
  patchView: 'tiles',
  viewSize: VIEW,
};

describe('tile layout', () => {
  it('covers the patch with evenly spaced, overlapping windows', () => {
    expect(tileOrigins(384, 64)).toEqual([0, 53, 107, 160, 213, 267, 320]);
    expect(tileOrigins(384, 128)).toEqual([0, 85, 171, 256]);
    expect(tileOrigins(64, 64)).toEqual([0]);
    // Windows that fit exactly still overlap (a border pixel is never a window's only context).
    expect(tileOrigins(96, 32)).toEqual([0, 21, 43, 64]);
    const layout = tileLayout(384, 64);
    expect(layout.perPatch).toBe(49);
    expect(layout.coverage.reduce((a, b) => Math.min(a, b), Infinity)).toBeGreaterThan(0);
    expect(() => tileLayout(32, 64)).toThrow(/larger than the patch view/);
  });

  it('cut then stitch gives the patch back; window rows average per patch', () => {
    const layout = tileLayout(VIEW, INPUT);
    const patches = Float32Array.from({ length: 2 * VIEW * VIEW }, (_, i) => Math.sin(i / 7) + (i % 13));
    const windows = cutTiles(patches, 2, layout);
    expect(windows.length).toBe(2 * layout.perPatch * INPUT * INPUT);
    // The second window of the first patch starts at column origins[1] of row 0.
    expect(windows[INPUT * INPUT]).toBe(patches[layout.origins[1] as number]);
    expect(maxAbsDiff(stitchTiles(windows, 2, layout), patches)).toBeLessThan(1e-5);
    const rows = Float32Array.from({ length: 2 * 4 * 3 }, (_, i) => i);
    // Patch 0: rows 0..3 of 3 values; patch 1: rows 4..7; equal weights give the plain mean.
    expect(Array.from(weightedMeanOverTiles(rows, 2, 4, new Float32Array(8).fill(1)))).toEqual([
      4.5, 5.5, 6.5, 16.5, 17.5, 18.5,
    ]);
    // Weighted: patch 0 only by its window 1 (rows 3..5), patch 1 evenly.
    const weights = Float32Array.from([0, 1, 0, 0, 1, 1, 1, 1]);
    expect(Array.from(weightedMeanOverTiles(rows, 2, 4, weights))).toEqual([3, 4, 5, 16.5, 17.5, 18.5]);
  });
});

describe('patchView in the model config', () => {
  it('defaults to resized; tiles needs a view at least one window large; old files load as resized', async () => {
    await useWasm();
    const plain = resolveModelConfig({ variant: 'lite', inputSize: 64, width: 4 });
    expect(plain.patchView).toBe('resized');
    expect(plain.viewSize).toBe(64);
    expect(() =>
      resolveModelConfig({ variant: 'lite', inputSize: 64, patchView: 'tiles', viewSize: 32 }),
    ).toThrow(ModelConfigError);
    expect(() => resolveModelConfig({ variant: 'lite', inputSize: 64, viewSize: 128 })).toThrow(/viewSize/);
    const tiled = createModel(TILED);
    const back = await deserializeModel(await serializeModel(tiled));
    expect(back.config.patchView).toBe('tiles');
    expect(back.config.viewSize).toBe(VIEW);
    tiled.dispose();
    back.dispose();
  });
});

describe('training batches from native-resolution patches', () => {
  it('cuts image and mask windows at the same place, a random one per draw, the central one without rng', () => {
    const config = resolveModelConfig(TILED);
    // Pixel value = its own index; the mask marks the odd indices, so a window's mask must match its image.
    const image = Float32Array.from({ length: VIEW * VIEW }, (_, i) => i);
    const mask = Float32Array.from(image, (v) => v % 2);
    const sample = { image, mask, pattern: 0, intensity: 1 };
    const rng = new Rng(3);
    const origins = new Set<number>();
    for (let k = 0; k < 8; k += 1) {
      const batch = collateBatch([sample], config, null, rng);
      expect(batch.images.length).toBe(INPUT * INPUT);
      const first = batch.images[0] as number;
      origins.add(first);
      const y0 = Math.floor(first / VIEW);
      const x0 = first % VIEW;
      expect(y0 + INPUT).toBeLessThanOrEqual(VIEW);
      expect(x0 + INPUT).toBeLessThanOrEqual(VIEW);
      for (let r = 0; r < INPUT; r += 1)
        for (let c = 0; c < INPUT; c += 1) {
          const v = (y0 + r) * VIEW + x0 + c;
          expect(batch.images[r * INPUT + c]).toBe(v);
          expect(batch.masks[r * INPUT + c]).toBe(v % 2);
        }
    }
    expect(origins.size).toBeGreaterThan(1);

    // Windows with cells are preferred; one without any teaches the mask only (no class labels).
    const corner = new Float32Array(VIEW * VIEW);
    for (let r = 0; r < 40; r += 1) for (let c = 0; c < 40; c += 1) corner[r * VIEW + c] = 1;
    let withCells = 0;
    let unlabelled = 0;
    for (let k = 0; k < 40; k += 1) {
      const b = collateBatch([{ ...sample, mask: corner }], config, null, rng);
      const share = b.masks.reduce((a, v) => a + v, 0) / (INPUT * INPUT);
      if (share >= MIN_CELL_SHARE) {
        withCells += 1;
        expect([b.pattern[0], b.intensity[0]]).toEqual([0, 1]);
      } else {
        unlabelled += 1;
        expect([b.pattern[0], b.intensity[0]]).toEqual([-1, -1]);
      }
    }
    // About 3 draws in 10 see enough of the corner's cells; four draws make it about 3 in 4.
    expect(withCells).toBeGreaterThan(20);
    expect(unlabelled).toBeGreaterThan(0);
    const centre = collateBatch([sample], config, null, null);
    expect(centre.images[0]).toBe(32 * VIEW + 32);
    // A validation batch of whole patches at the view size.
    const whole = collateBatch([sample], config, null, null, VIEW);
    expect(whole.side).toBe(VIEW);
    expect(Array.from(whole.images)).toEqual(Array.from(image));
    expect(() =>
      collateBatch([{ ...sample, image: new Float32Array(16 * 16), mask: null }], config, null, null),
    ).toThrow(/smaller than the 32 px batch/);
  });
});

describe('the tiled predictor', () => {
  beforeAll(useWasm);
  let model: Hep2Model;
  let patches: tf.Tensor4D;
  beforeAll(() => {
    model = createModel(TILED);
    patches = tf.randomUniform([3, VIEW, VIEW, 1], 0, 1, 'float32', 11) as tf.Tensor4D;
  });
  afterAll(() => {
    patches.dispose();
    model.dispose();
  });

  it('serves whole patches: stitched masks, class probabilities averaged over the windows', async () => {
    const layout = tileLayout(VIEW, INPUT);
    const before = tf.memory().numTensors;
    const predictor = createTfjsPredictor(model);
    expect(predictor.info.detail).toMatch(/16 windows of 32 px per 96 px patch/);
    const out = await predictor.predict(patches, { embeddings: true });
    expect(out.batch).toBe(3);
    expect(out.maskProbs.length).toBe(3 * VIEW * VIEW);
    expect(out.patternProbs.length).toBe(3 * model.config.patternClasses);

    // Independently: every window through the network, then the stitch and the mean.
    const windows = cutTiles((await patches.data()) as Float32Array, 3, layout);
    const x = tf.tensor4d(windows, [3 * layout.perPatch, INPUT, INPUT, 1]);
    const direct = predict(model, x, { embeddings: true });
    x.dispose();
    expect(maxAbsDiff(out.maskProbs, stitchTiles(direct.maskProbs, 3, layout))).toBeLessThan(1e-6);
    // Each window counts by its cell share (mean mask probability) plus the floor.
    const weights = Float32Array.from({ length: 3 * layout.perPatch }, (_, w) => {
      const px = INPUT * INPUT;
      let sum = 0;
      for (let k = w * px; k < (w + 1) * px; k += 1) sum += direct.maskProbs[k] as number;
      return sum / px + WINDOW_WEIGHT_FLOOR;
    });
    const byCells = (rows: Float32Array) => weightedMeanOverTiles(rows, 3, layout.perPatch, weights);
    expect(maxAbsDiff(out.patternProbs, byCells(direct.patternProbs))).toBeLessThan(1e-5);
    expect(maxAbsDiff(out.intensityProbs, byCells(direct.intensityProbs))).toBeLessThan(1e-5);
    expect(
      maxAbsDiff(out.embeddings as Float32Array, byCells(direct.embeddings as Float32Array)),
    ).toBeLessThan(1e-5);

    // Logits are the served probabilities' logs (binary intensity: their logit).
    const logits = await predictor.logits(patches);
    expect(logits.maskLogits.length).toBe(3 * VIEW * VIEW);
    const k = model.config.patternClasses;
    const softmax = tf.tidy(() => tf.softmax(tf.tensor2d(logits.patternLogits, [3, k])).dataSync());
    expect(maxAbsDiff(softmax, out.patternProbs)).toBeLessThan(1e-5);
    const p1 = Array.from(logits.intensityLogits, (z) => 1 / (1 + Math.exp(-z)));
    expect(
      maxAbsDiff(
        p1,
        [1, 3, 5].map((i) => out.intensityProbs[i] as number),
      ),
    ).toBeLessThan(1e-5);

    // MC dropout: per-sample class probabilities and the mask, per patch.
    const mc = await predictor.mcPredict(patches, { samples: 3, mode: 'heads', embeddings: true });
    expect(mc.patternSamples).toHaveLength(3);
    expect(mc.patternSamples[0]?.length).toBe(3 * k);
    expect(mc.maskProbs.length).toBe(3 * VIEW * VIEW);
    expect(maxAbsDiff(mc.maskProbs, out.maskProbs)).toBeLessThan(1e-5);
    await predictor.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives the same patches on ONNX Runtime as on tfjs, and refuses patches of another size', async () => {
    const onnx = await createOnnxPredictor(model, { threads: 2, log: () => {} });
    const tfjs = createTfjsPredictor(model);
    try {
      expect(onnx.info.backend).toBe('onnxruntime');
      const [a, b] = [await onnx.predict(patches), await tfjs.predict(patches)];
      expect(maxAbsDiff(a.maskProbs, b.maskProbs)).toBeLessThan(1e-4);
      expect(maxAbsDiff(a.patternProbs, b.patternProbs)).toBeLessThan(1e-4);
      const small = tf.zeros([1, INPUT, INPUT, 1]) as tf.Tensor4D;
      await expect(onnx.predict(small)).rejects.toThrow(
        /expected 96 px patches for a tiled model, got 32x32/,
      );
      small.dispose();
    } finally {
      await onnx.dispose();
    }
  });
});
