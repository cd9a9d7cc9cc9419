import * as tf from '@tensorflow/tfjs';
import { concatFloat32 } from '../io/float32-concat.js';
import type { InferenceLogits, InferencePredictor } from '../onnx/onnx-predictor.js';
import type { McPredictions, Predictions } from './predict.js';
import {
  cutTiles,
  stitchTiles,
  type TileLayout,
  tileLayout,
  weightedMeanOverTiles,
  windowCellWeights,
} from './tiling.js';

/** Windows per inner call: bounds the memory of a batch (a 256 px view in 64 px windows: 20 patches a call). */
const MAX_WINDOWS_PER_CALL = 512;

/**
 * A predictor over whole patches for a model trained on native-resolution windows (patchView
 * 'tiles'): callers hand in patches at the model's `viewSize` and get one result per patch, as from
 * any predictor - the mask at `viewSize`, the class probabilities averaged over the windows, each
 * weighted by its cell share (`windowCellWeights`) - while `inner` runs the windows at `inputSize`. Logits are reported as the logs of the averaged
 * probabilities (binary: their logit), so that losses and temperatures fitted on them describe the
 * probabilities callers are served. A model with patchView 'resized' gets `inner` back unchanged.
 */
export function tiledWhenConfigured(inner: InferencePredictor): InferencePredictor {
  const { config } = inner;
  if (config.patchView !== 'tiles') return inner;
  const layout = tileLayout(config.viewSize, config.inputSize);
  const perCall = Math.max(1, Math.floor(MAX_WINDOWS_PER_CALL / layout.perPatch));
  const info = {
    ...inner.info,
    detail: `${inner.info.detail}; ${layout.perPatch} windows of ${layout.tile} px per ${layout.side} px patch`,
  };
  return {
    info,
    config,
    predict: (images, opts = {}) =>
      inChunks(images, layout, perCall, async (windows, b) =>
        mergePredictions(await inner.predict(windows, opts), b, layout),
      ).then((parts) => concatPredictions(parts)),
    logits: (images) =>
      inChunks(images, layout, perCall, async (windows, b) =>
        mergeLogits(await inner.logits(windows), b, layout, config.intensityLevels),
      ).then(concatLogits),
    mcPredict: (images, opts) =>
      inChunks(images, layout, perCall, async (windows, b) =>
        mergeMc(await inner.mcPredict(windows, opts), b, layout),
      ).then(concatMc),
    backendFor: (run) => {
      const b = inner.backendFor(run);
      return { ...b, detail: `${b.detail}; ${layout.perPatch} windows per patch` };
    },
    dispose: () => inner.dispose(),
  };
}

/** Runs `fn` over the windows of at most `perCall` patches at a time (the caller keeps `images`). */
async function inChunks<T>(
  images: tf.Tensor4D,
  layout: TileLayout,
  perCall: number,
  fn: (windows: tf.Tensor4D, batch: number) => Promise<T>,
): Promise<T[]> {
  const [batch, h, w, channels] = images.shape;
  if (h !== layout.side || w !== layout.side)
    throw new Error(`expected ${layout.side} px patches for a tiled model, got ${h}x${w}`);
  const data = (await images.data()) as Float32Array;
  const perPatch = layout.side * layout.side * channels;
  const parts: T[] = [];
  for (let start = 0; start < batch; start += perCall) {
    const b = Math.min(perCall, batch - start);
    const flat = cutTiles(data.subarray(start * perPatch, (start + b) * perPatch), b, layout, channels);
    const windows = tf.tensor4d(flat, [b * layout.perPatch, layout.tile, layout.tile, channels]);
    try {
      parts.push(await fn(windows, b));
    } finally {
      windows.dispose();
    }
  }
  return parts;
}

/** Per-window rows -> per-patch rows, windows weighted by their cell share (`windowCellWeights`). */
function byCells(batch: number, layout: TileLayout, weights: Float32Array) {
  return (rows: Float32Array) => weightedMeanOverTiles(rows, batch, layout.perPatch, weights);
}

function mergePredictions(p: Predictions, batch: number, layout: TileLayout): Predictions {
  const merge = byCells(batch, layout, windowCellWeights(p.maskProbs, p.batch));
  return {
    maskProbs: stitchTiles(p.maskProbs, batch, layout),
    patternProbs: merge(p.patternProbs),
    intensityProbs: merge(p.intensityProbs),
    ...(p.embeddings ? { embeddings: merge(p.embeddings) } : {}),
    batch,
  };
}

function mergeLogits(l: InferenceLogits, batch: number, layout: TileLayout, levels: number): InferenceLogits {
  const merge = byCells(batch, layout, windowCellWeights(l.maskLogits, l.batch, true));
  const pattern = merge(softmaxRows(l.patternLogits, l.patternLogits.length / l.batch));
  const intensity =
    levels > 2 ? merge(softmaxRows(l.intensityLogits, levels)) : merge(l.intensityLogits.map(sigmoid));
  return {
    batch,
    maskLogits: stitchTiles(l.maskLogits, batch, layout),
    patternLogits: pattern.map(safeLog),
    intensityLogits: levels > 2 ? intensity.map(safeLog) : intensity.map(safeLogit),
  };
}

function mergeMc(m: McPredictions, batch: number, layout: TileLayout): McPredictions {
  const stitch = (a: Float32Array) => stitchTiles(a, batch, layout);
  // Every sample's windows weighted alike, by the mean mask: the samples then differ by their heads only.
  const windows = batch * layout.perPatch;
  const weights =
    m.maskProbs.length > 0 ? windowCellWeights(m.maskProbs, windows) : new Float32Array(windows).fill(1);
  const merge = byCells(batch, layout, weights);
  return {
    ...m,
    patternProbs: merge(m.patternProbs),
    intensityProbs: merge(m.intensityProbs),
    maskProbs: m.maskProbs.length > 0 ? stitch(m.maskProbs) : m.maskProbs,
    patternSamples: m.patternSamples.map(merge),
    intensitySamples: m.intensitySamples.map(merge),
    ...(m.maskVariance ? { maskVariance: stitch(m.maskVariance) } : {}),
    ...(m.maskExpectedEntropy ? { maskExpectedEntropy: stitch(m.maskExpectedEntropy) } : {}),
    ...(m.maskLogitSamples ? { maskLogitSamples: m.maskLogitSamples.map(stitch) } : {}),
    ...(m.embeddings ? { embeddings: merge(m.embeddings) } : {}),
  };
}

function concatPredictions(parts: Predictions[]): Predictions {
  const embeddings = parts.every((p) => p.embeddings)
    ? concatFloat32(parts.map((p) => p.embeddings as Float32Array))
    : undefined;
  return {
    maskProbs: concatFloat32(parts.map((p) => p.maskProbs)),
    patternProbs: concatFloat32(parts.map((p) => p.patternProbs)),
    intensityProbs: concatFloat32(parts.map((p) => p.intensityProbs)),
    ...(embeddings ? { embeddings } : {}),
    batch: parts.reduce((a, p) => a + p.batch, 0),
  };
}

function concatLogits(parts: InferenceLogits[]): InferenceLogits {
  return {
    batch: parts.reduce((a, p) => a + p.batch, 0),
    maskLogits: concatFloat32(parts.map((p) => p.maskLogits)),
    patternLogits: concatFloat32(parts.map((p) => p.patternLogits)),
    intensityLogits: concatFloat32(parts.map((p) => p.intensityLogits)),
  };
}

function concatMc(parts: McPredictions[]): McPredictions {
  const first = parts[0] as McPredictions;
  if (parts.length === 1) return first;
  const joinSamples = (pick: (m: McPredictions) => Float32Array[] | undefined) =>
    pick(first)?.map((_, s) =>
      concatFloat32(parts.map((p) => (pick(p) as Float32Array[])[s] as Float32Array)),
    );
  const join = (pick: (m: McPredictions) => Float32Array | undefined) =>
    pick(first) ? concatFloat32(parts.map((p) => pick(p) as Float32Array)) : undefined;
  const maskVariance = join((m) => m.maskVariance);
  const maskExpectedEntropy = join((m) => m.maskExpectedEntropy);
  const maskLogitSamples = joinSamples((m) => m.maskLogitSamples);
  const embeddings = join((m) => m.embeddings);
  return {
    ...first,
    patternProbs: concatFloat32(parts.map((p) => p.patternProbs)),
    intensityProbs: concatFloat32(parts.map((p) => p.intensityProbs)),
    maskProbs: concatFloat32(parts.map((p) => p.maskProbs)),
    patternSamples: joinSamples((m) => m.patternSamples) ?? [],
    intensitySamples: joinSamples((m) => m.intensitySamples) ?? [],
    ...(maskVariance ? { maskVariance } : {}),
    ...(maskExpectedEntropy ? { maskExpectedEntropy } : {}),
    ...(maskLogitSamples ? { maskLogitSamples } : {}),
    ...(embeddings ? { embeddings } : {}),
  };
}

function softmaxRows(logits: Float32Array, width: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length; r += width) {
    let max = -Infinity;
    for (let k = 0; k < width; k += 1) max = Math.max(max, logits[r + k] as number);
    let sum = 0;
    for (let k = 0; k < width; k += 1) {
      const e = Math.exp((logits[r + k] as number) - max);
      out[r + k] = e;
      sum += e;
    }
    for (let k = 0; k < width; k += 1) out[r + k] = (out[r + k] as number) / sum;
  }
  return out;
}

const EPS = 1e-7;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const safeLog = (p: number) => Math.log(Math.max(EPS, p));
const safeLogit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
