import {
  type Hep2Model,
  type InferencePredictor,
  type McDropoutMode,
  type McPredictions,
  type ModelConfig,
  mcDropoutPredict,
  type Predictions,
  predict,
  viewSide,
} from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import { wholePatchModel } from '../scoring/model-scorer';
import { probsToLogits } from './temperature-scaling';

/** How the scoring job produces what it serves: MC-dropout passes and which dropout is sampled. */
export interface ServedSetting {
  mcSamples: number;
  mode: McDropoutMode;
}

/**
 * Per-sample logits of validation patches, produced exactly as the scorer produces its outputs
 * (deterministic `predict` for one pass, `mcDropoutPredict` in the served mode otherwise), so a
 * temperature fitted on them is fitted on what is served. Class heads are log-probabilities
 * (what the scorer tempers); the mask keeps `maskPixelIndex` pixels of each patch.
 */
export interface ServedSamples {
  /** Per sample, [N, K] log-probabilities. */
  pattern: Float64Array[];
  /** Per sample, [N, L] log-probabilities. */
  intensity: Float64Array[];
  /** Per mask sample (1 in mode 'heads' and for one pass), [N, P] mask logits. */
  mask: Float32Array[];
  /** The P pixel indices (of side x side) kept per patch. */
  maskPixelIndex: Int32Array;
}

// A few hundred pixels per patch pin down one scalar; the full map of 512 patches would not fit well.
const MASK_PIXELS_PER_PATCH = 512;

/** Evenly spread pixel indices; an odd stride keeps them from lining up in a few image columns. */
export function maskPixelIndex(pixels: number, wanted = MASK_PIXELS_PER_PATCH): Int32Array {
  const stride = Math.max(1, Math.floor(pixels / wanted)) | 1;
  return Int32Array.from({ length: Math.ceil(pixels / stride) }, (_, i) => i * stride);
}

const logit = (p: number) => {
  // The scorer tempers a deterministic mask through the same clamped logit.
  const q = Math.min(1 - 1e-7, Math.max(1e-7, p));
  return Math.log(q / (1 - q));
};

export function servedSamples(
  model: Hep2Model,
  images: readonly Float32Array[],
  setting: ServedSetting,
  batchSize = 16,
): ServedSamples {
  wholePatchModel(model.config, 'servedSamples');
  const parts: BatchSamples[] = [];
  const index = maskPixelIndex(pixelsOf(model.config));
  for (const x of batches(model.config, images, batchSize)) {
    try {
      const outputs =
        setting.mcSamples <= 1
          ? { det: predict(model, x) }
          : { mc: mcDropoutPredict(model, x, mcOptions(setting)) };
      parts.push(batchSamples(outputs, index, x.shape[0]));
    } finally {
      x.dispose();
    }
  }
  return joinSamples(parts, index);
}

/**
 * `servedSamples` on the inference predictor the scorer serves with (ONNX Runtime where it has
 * it), so a temperature is fitted on the very backend path that serves it.
 */
export async function servedSamplesOn(
  predictor: InferencePredictor,
  images: readonly Float32Array[],
  setting: ServedSetting,
  batchSize = 16,
): Promise<ServedSamples> {
  const parts: BatchSamples[] = [];
  const index = maskPixelIndex(pixelsOf(predictor.config));
  for (const x of batches(predictor.config, images, batchSize)) {
    try {
      const outputs =
        setting.mcSamples <= 1
          ? { det: await predictor.predict(x) }
          : { mc: await predictor.mcPredict(x, mcOptions(setting)) };
      parts.push(batchSamples(outputs, index, x.shape[0]));
    } finally {
      x.dispose();
    }
  }
  return joinSamples(parts, index);
}

type BatchSamples = { pattern: Float32Array[]; intensity: Float32Array[]; mask: Float32Array[] };

const pixelsOf = (config: ModelConfig) => viewSide(config) ** 2;

const mcOptions = (setting: ServedSetting) => ({
  samples: setting.mcSamples,
  mode: setting.mode,
  keepMaskLogits: true,
});

/** The images in batches of [n, side, side, 1] tensors; the caller disposes each. */
function* batches(config: ModelConfig, images: readonly Float32Array[], batchSize: number) {
  const side = viewSide(config);
  const px = side * side;
  for (let start = 0; start < images.length; start += batchSize) {
    const batch = images.slice(start, start + batchSize);
    const flat = new Float32Array(batch.length * px);
    for (const [i, img] of batch.entries()) flat.set(img, i * px);
    yield tf.tensor4d(flat, [batch.length, side, side, 1]);
  }
}

function joinSamples(parts: BatchSamples[], index: Int32Array): ServedSamples {
  const join = (pick: (p: BatchSamples) => Float32Array[]) => {
    const count = parts[0] ? pick(parts[0]).length : 0;
    return Array.from({ length: count }, (_, s) => concat(parts.map((p) => pick(p)[s] as Float32Array)));
  };
  return {
    pattern: join((p) => p.pattern).map(probsToLogits),
    intensity: join((p) => p.intensity).map(probsToLogits),
    mask: join((p) => p.mask),
    maskPixelIndex: index,
  };
}

function batchSamples(
  outputs: { det: Predictions } | { mc: McPredictions },
  index: Int32Array,
  batch: number,
): BatchSamples {
  const subsample = (perPixel: Float32Array, map: (v: number) => number) => {
    const px = perPixel.length / batch;
    const out = new Float32Array(batch * index.length);
    for (let b = 0; b < batch; b += 1)
      for (const [j, p] of index.entries()) out[b * index.length + j] = map(perPixel[b * px + p] as number);
    return out;
  };
  if ('det' in outputs) {
    const p = outputs.det;
    return {
      pattern: [p.patternProbs],
      intensity: [p.intensityProbs],
      mask: [subsample(p.maskProbs, logit)],
    };
  }
  const mc = outputs.mc;
  return {
    pattern: mc.patternSamples,
    intensity: mc.intensitySamples,
    mask: (mc.maskLogitSamples ?? []).map((z) => subsample(z, (v) => v)),
  };
}

function concat(arrays: Float32Array[]): Float32Array {
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
