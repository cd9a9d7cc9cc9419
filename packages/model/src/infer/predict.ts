import * as tf from '@tensorflow/tfjs';
import { applyHeads, decode, encode, type Hep2Model, setMcDropout } from '../model/model.factory.js';

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

export interface McPredictions {
  /** Mean probabilities over the T samples. */
  patternProbs: Float32Array;
  intensityProbs: Float32Array;
  /** Mean mask probabilities (with mode 'heads' the mask is the deterministic one). */
  maskProbs: Float32Array;
  /** Per-sample probabilities [T, B, K] for scoring functions (entropy, BALD, variation ratio). */
  patternSamples: Float32Array[];
  intensitySamples: Float32Array[];
  /** [B, D] pooled deterministic deepest features, when requested. */
  embeddings?: Float32Array;
  samples: number;
}

/**
 * Monte-Carlo dropout. mode 'heads': run the backbone (encoder + decoder) once and only the heads
 * T times with their dropout on - cost ~1x a plain pass. mode 'full': bottleneck dropout too, so the
 * decoder and heads run T times (~T x). BatchNorm stays in inference mode either way.
 */
export function mcDropoutPredict(
  model: Hep2Model,
  images: tf.Tensor4D,
  opts: { samples: number; mode?: 'heads' | 'full'; embeddings?: boolean },
): McPredictions {
  const mode = opts.mode ?? 'heads';
  const levels = model.config.intensityLevels;
  const patternSamples: Float32Array[] = [];
  const intensitySamples: Float32Array[] = [];
  let maskSum: Float32Array | null = null;
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
      const { m, p, i } = tf.tidy(() => {
        let deep: tf.Tensor = deepest;
        if (mode === 'full') {
          // Bottleneck dropout is the encoder's last layer; re-apply it to the deterministic feature.
          deep = model.encoder.getLayer('bottleneck_dropout').apply(deepest) as tf.Tensor;
        }
        const [pl, il] = applyHeads(model, deep, false);
        const runMask = mode === 'full' || t === 0;
        const mask = runMask ? tf.sigmoid(decode(model, deep, skips, false)) : tf.zeros([0]);
        return { m: mask, p: tf.softmax(pl), i: intensityProbabilities(il, levels) };
      });
      if (m.size > 0) {
        const v = m.dataSync() as Float32Array;
        if (!maskSum) maskSum = new Float32Array(v);
        else for (let k = 0; k < v.length; k += 1) maskSum[k] = (maskSum[k] as number) + (v[k] as number);
      }
      m.dispose();
      patternSamples.push(p.dataSync() as Float32Array);
      intensitySamples.push(i.dataSync() as Float32Array);
      tf.dispose([p, i]);
    }
  } finally {
    setMcDropout([model.heads, model.encoder], false);
    tf.dispose([...skips, deepest]);
  }
  const mean = (arrs: Float32Array[]): Float32Array => {
    const out = new Float32Array((arrs[0] as Float32Array).length);
    for (const a of arrs)
      for (let k = 0; k < a.length; k += 1) out[k] = (out[k] as number) + (a[k] as number) / arrs.length;
    return out;
  };
  const maskRuns = mode === 'full' ? opts.samples : 1;
  const maskProbs = (maskSum ?? new Float32Array(0)).map((v) => v / maskRuns);
  return {
    patternProbs: mean(patternSamples),
    intensityProbs: mean(intensitySamples),
    maskProbs,
    patternSamples,
    intensitySamples,
    ...(embeddings ? { embeddings } : {}),
    samples: opts.samples,
  };
}
