import * as tf from '@tensorflow/tfjs';
import { applyHeads, decode, encode, type Hep2Model, setMcDropout } from '../model/model.factory.js';
import { MaskSampleStats } from './mask-samples.js';

export interface Predictions {
  /** [B, H, W] mask probabilities, flat. */
  maskProbs: Float32Array;
  /** [B, K] pattern class probabilities. */
  patternProbs: Float32Array;
  /** [B, L] intensity level probabilities (L = 2 for the binary head: [p(0), p(1)]). */
  intensityProbs: Float32Array;
  /** [B, D] pooled deepest features, when requested. */
  embeddings?: Float32Array;
  batch: number;
}

/** Intensity head output -> per-level probabilities (binary logit -> [1 - p, p]). */
function intensityProbabilities(logits: tf.Tensor2D, levels: number): tf.Tensor2D {
  if (levels > 2) return tf.softmax(logits);
  const p = tf.sigmoid(logits);
  return tf.concat([tf.onesLike(p).sub(p), p], 1) as tf.Tensor2D;
}

/** Deterministic inference (dropout off, BatchNorm with moving statistics). */
export function predict(
  model: Hep2Model,
  images: tf.Tensor4D,
  opts: { embeddings?: boolean } = {},
): Predictions {
  const levels = model.config.intensityLevels;
  const [mask, pattern, intensity, emb] = tf.tidy(() => {
    const { skips, deepest } = encode(model, images, false);
    const maskLogits = decode(model, deepest, skips, false);
    const [p, i, e] = applyHeads(model, deepest, false);
    return [tf.sigmoid(maskLogits), tf.softmax(p), intensityProbabilities(i, levels), e];
  });
  const out: Predictions = {
    maskProbs: mask.dataSync() as Float32Array,
    patternProbs: pattern.dataSync() as Float32Array,
    intensityProbs: intensity.dataSync() as Float32Array,
    batch: images.shape[0],
  };
  if (opts.embeddings) out.embeddings = emb.dataSync() as Float32Array;
  tf.dispose([mask, pattern, intensity, emb]);
  return out;
}

export type McDropoutMode = 'heads' | 'full';

export interface McPredictions {
  /** Mean probabilities over the T samples. */
  patternProbs: Float32Array;
  intensityProbs: Float32Array;
  /**
   * Mean over the mask samples of sigmoid(z_s / maskTemperature). Mode 'heads' has one mask sample
   * (the deterministic mask); 'full' has T.
   */
  maskProbs: Float32Array;
  /** Per-sample probabilities [T, B, K] for scoring functions (entropy, BALD, variation ratio). */
  patternSamples: Float32Array[];
  intensitySamples: Float32Array[];
  /** Mask samples behind maskProbs: 1 in mode 'heads', T in mode 'full'. */
  maskSamples: number;
  /** Mode 'full' only: per-pixel variance of the tempered mask probability across the T samples. */
  maskVariance?: Float32Array;
  /** Mode 'full' only: per-pixel mean over samples of each sample's binary entropy (for mask BALD). */
  maskExpectedEntropy?: Float32Array;
  /** With keepMaskLogits: each mask sample's raw logits [B * H * W] (for fitting a temperature). */
  maskLogitSamples?: Float32Array[];
  /** [B, D] pooled deterministic deepest features, when requested. */
  embeddings?: Float32Array;
  samples: number;
}

export interface McDropoutOptions {
  samples: number;
  mode?: McDropoutMode;
  embeddings?: boolean;
  /** Temperature applied to each mask sample before averaging (default 1). */
  maskTemperature?: number;
  keepMaskLogits?: boolean;
}

/**
 * Monte-Carlo dropout. mode 'heads': run the backbone (encoder + decoder) once and only the heads
 * T times with their dropout on - cost ~1x a plain pass; the mask is deterministic. mode 'full':
 * the bottleneck dropout (the model's only dropout outside the heads) is re-sampled too, so the
 * decoder and heads run T times (~T x) and the mask gets a sampled uncertainty. The skip
 * connections stay deterministic: mask variation enters only through the deepest feature.
 * BatchNorm stays in inference mode either way.
 */
export function mcDropoutPredict(
  model: Hep2Model,
  images: tf.Tensor4D,
  opts: McDropoutOptions,
): McPredictions {
  const mode = opts.mode ?? 'heads';
  const maskT = opts.maskTemperature ?? 1;
  const levels = model.config.intensityLevels;
  const patternSamples: Float32Array[] = [];
  const intensitySamples: Float32Array[] = [];
  const maskLogitSamples: Float32Array[] = [];
  let maskStats: MaskSampleStats | null = null;
  let embeddings: Float32Array | undefined;
  const { skips, deepest } = tf.tidy(() => encode(model, images, false));
  try {
    // The pooled embedding sits before the heads' dropout, so one pass over the deterministic
    // deepest feature gives it; callers then need no separate deterministic run of the encoder.
    if (opts.embeddings) {
      const emb = tf.tidy(() => applyHeads(model, deepest, false)[2]);
      embeddings = emb.dataSync() as Float32Array;
      emb.dispose();
    }
    setMcDropout([model.heads], true);
    if (mode === 'full') setMcDropout([model.encoder], true);
    for (let t = 0; t < opts.samples; t += 1) {
      const out = tf.tidy((): SampleTensors => {
        let deep: tf.Tensor = deepest;
        if (mode === 'full') {
          // Bottleneck dropout is the encoder's last layer; re-apply it to the deterministic feature.
          deep = model.encoder.getLayer('bottleneck_dropout').apply(deepest) as tf.Tensor;
        }
        const [pl, il] = applyHeads(model, deep, false);
        const heads = { p: tf.softmax(pl), i: intensityProbabilities(il, levels) };
        if (mode !== 'full' && t > 0) return heads;
        return { ...heads, ...temperedMask(decode(model, deep, skips, false), maskT) };
      });
      if (out.z && out.m && out.h) {
        const m = out.m.dataSync() as Float32Array;
        maskStats ??= new MaskSampleStats(m.length);
        maskStats.add(m, out.h.dataSync() as Float32Array);
        if (opts.keepMaskLogits) maskLogitSamples.push(out.z.dataSync() as Float32Array);
      }
      patternSamples.push(out.p.dataSync() as Float32Array);
      intensitySamples.push(out.i.dataSync() as Float32Array);
      tf.dispose(Object.values(out));
    }
  } finally {
    setMcDropout([model.heads, model.encoder], false);
    tf.dispose([...skips, deepest]);
  }
  const stats = maskStats as MaskSampleStats | null;
  const mask = stats && {
    mean: stats.mean(),
    samples: stats.samples,
    ...(mode === 'full' ? { variance: stats.variance(), expectedEntropy: stats.expectedEntropy() } : {}),
  };
  return mcResult(opts, { patternSamples, intensitySamples, maskLogitSamples, mask, embeddings });
}

/**
 * MC dropout mode 'heads' on a backbone pass made elsewhere (e.g. ONNX Runtime): the deterministic
 * deepest feature [B, h, w, C] and mask logits (any shape of B * H * W values) of one pass, and
 * optionally its embeddings. The heads run T times in tfjs with their dropout on - the same
 * calls, in the same order, as `mcDropoutPredict` makes, so with the same dropout seed
 * (`reseedMcDropout`) the samples are the same up to the backbone's own rounding. The mask is
 * tempered with the ops `temperedMask` uses. The caller keeps ownership of the tensors passed in.
 */
export function mcHeadsPredict(
  model: Hep2Model,
  backbone: { deepest: tf.Tensor4D; maskLogits: tf.Tensor; embeddings?: Float32Array },
  opts: McDropoutOptions,
): McPredictions {
  if ((opts.mode ?? 'heads') !== 'heads')
    throw new Error("mcHeadsPredict serves MC dropout mode 'heads' only");
  const levels = model.config.intensityLevels;
  const patternSamples: Float32Array[] = [];
  const intensitySamples: Float32Array[] = [];
  // One mask sample: its mean is sigmoid(z / T) itself, computed by the ops `temperedMask` uses
  // (the entropy it adds only feeds mode 'full''s statistics).
  const maskT = opts.maskTemperature ?? 1;
  const tempered = tf.tidy(() => {
    const z = backbone.maskLogits;
    return tf.sigmoid(maskT === 1 ? z : tf.div(z, maskT));
  });
  const maskProbs = tempered.dataSync() as Float32Array;
  tempered.dispose();
  const maskLogitSamples = opts.keepMaskLogits ? [backbone.maskLogits.dataSync() as Float32Array] : [];
  setMcDropout([model.heads], true);
  try {
    for (let t = 0; t < opts.samples; t += 1) {
      const [p, i] = tf.tidy(() => {
        const [pl, il] = applyHeads(model, backbone.deepest, false);
        return [tf.softmax(pl), intensityProbabilities(il, levels)];
      });
      patternSamples.push(p.dataSync() as Float32Array);
      intensitySamples.push(i.dataSync() as Float32Array);
      tf.dispose([p, i]);
    }
  } finally {
    setMcDropout([model.heads], false);
  }
  return mcResult(opts, {
    patternSamples,
    intensitySamples,
    maskLogitSamples,
    mask: { mean: maskProbs, samples: 1 },
    embeddings: opts.embeddings ? backbone.embeddings : undefined,
  });
}

function mcResult(
  opts: McDropoutOptions,
  got: {
    patternSamples: Float32Array[];
    intensitySamples: Float32Array[];
    maskLogitSamples: Float32Array[];
    /** The mask samples' mean; variance and expected entropy in mode 'full' only. */
    mask: {
      mean: Float32Array;
      samples: number;
      variance?: Float32Array;
      expectedEntropy?: Float32Array;
    } | null;
    embeddings: Float32Array | undefined;
  },
): McPredictions {
  const { patternSamples, intensitySamples, maskLogitSamples, mask, embeddings } = got;
  return {
    patternProbs: meanOf(patternSamples),
    intensityProbs: meanOf(intensitySamples),
    maskProbs: mask ? mask.mean : new Float32Array(0),
    patternSamples,
    intensitySamples,
    maskSamples: mask?.samples ?? 0,
    ...(mask?.variance && mask.expectedEntropy
      ? { maskVariance: mask.variance, maskExpectedEntropy: mask.expectedEntropy }
      : {}),
    ...(opts.keepMaskLogits ? { maskLogitSamples } : {}),
    ...(embeddings ? { embeddings } : {}),
    samples: opts.samples,
  };
}

/** One MC sample's outputs; the mask ones only on passes that run the decoder. */
type SampleTensors = { p: tf.Tensor; i: tf.Tensor } & Partial<Record<'z' | 'm' | 'h', tf.Tensor>>;

/** Mask logits z -> p = sigmoid(z / T) and its binary entropy softplus(a) - p a (a = z / T, stable). */
function temperedMask(z: tf.Tensor, temperature: number): { z: tf.Tensor; m: tf.Tensor; h: tf.Tensor } {
  const a = temperature === 1 ? z : tf.div(z, temperature);
  const m = tf.sigmoid(a);
  return { z, m, h: tf.sub(tf.softplus(a), tf.mul(m, a)) };
}

function meanOf(arrs: Float32Array[]): Float32Array {
  const out = new Float32Array((arrs[0] as Float32Array).length);
  for (const a of arrs)
    for (let k = 0; k < a.length; k += 1) out[k] = (out[k] as number) + (a[k] as number) / arrs.length;
  return out;
}
