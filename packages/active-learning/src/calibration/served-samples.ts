import { type Hep2Model, type McDropoutMode, mcDropoutPredict, predict } from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
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
  const side = model.config.inputSize;
  const px = side * side;
  const index = maskPixelIndex(px);
  const parts: { pattern: Float32Array[]; intensity: Float32Array[]; mask: Float32Array[] }[] = [];
  for (let start = 0; start < images.length; start += batchSize) {
    const batch = images.slice(start, start + batchSize);
    const flat = new Float32Array(batch.length * px);
    for (const [i, img] of batch.entries()) flat.set(img, i * px);
    const x = tf.tensor4d(flat, [batch.length, side, side, 1]);
    try {
      parts.push(runBatch(model, x, setting, index, batch.length, px));
    } finally {
      x.dispose();
    }
  }
  const join = (pick: (p: (typeof parts)[number]) => Float32Array[]) => {
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

function runBatch(
  model: Hep2Model,
  x: tf.Tensor4D,
  setting: ServedSetting,
  index: Int32Array,
  batch: number,
  px: number,
) {
  const subsample = (perPixel: Float32Array, map: (v: number) => number) => {
    const out = new Float32Array(batch * index.length);
    for (let b = 0; b < batch; b += 1)
      for (const [j, p] of index.entries()) out[b * index.length + j] = map(perPixel[b * px + p] as number);
    return out;
  };
  if (setting.mcSamples <= 1) {
    const p = predict(model, x);
    return {
      pattern: [p.patternProbs],
      intensity: [p.intensityProbs],
      mask: [subsample(p.maskProbs, logit)],
    };
  }
  const mc = mcDropoutPredict(model, x, {
    samples: setting.mcSamples,
    mode: setting.mode,
    keepMaskLogits: true,
  });
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
