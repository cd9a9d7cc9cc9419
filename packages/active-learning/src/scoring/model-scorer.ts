import { type Hep2Model, mcDropoutPredict, predict } from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import { temperProbs } from '../calibration/temperature-scaling';
import { type PatchScores, scorePatch } from '../measures/patch-scores';

/** Temperature per head (1 = uncalibrated). */
export interface Temperatures {
  pattern: number;
  intensity: number;
  mask: number;
}

export const NO_TEMPERATURE: Temperatures = { pattern: 1, intensity: 1, mask: 1 };

export interface ScoredPatch extends PatchScores {
  /** Calibrated (and, with MC samples, averaged) probabilities. */
  patternProbs: number[];
  intensityProbs: number[];
  /** Calibrated mask probabilities at the model's input size. */
  maskProbs: Float32Array;
  side: number;
  embedding: Float32Array | null;
}

function temperMask(probs: Float32Array, t: number): Float32Array {
  if (t === 1) return probs;
  return probs.map((p) => {
    const q = Math.min(1 - 1e-7, Math.max(1e-7, p));
    return 1 / (1 + Math.exp(-Math.log(q / (1 - q)) / t));
  });
}

const rows = (flat: Float32Array, width: number) =>
  Array.from({ length: flat.length / width }, (_, i) => flat.subarray(i * width, (i + 1) * width));

/**
 * Runs the model over prepared images (side x side, normalised) and returns calibrated outputs
 * with every uncertainty measure. mcSamples > 1 adds MC-dropout over the heads (backbone once):
 * class probabilities become the mean of the T tempered samples, and BALD is filled in.
 * All tensors are freed before returning.
 */
export function scoreImages(
  model: Hep2Model,
  images: readonly Float32Array[],
  opts: { mcSamples: number; temperatures?: Temperatures },
): ScoredPatch[] {
  if (images.length === 0) return [];
  const t = opts.temperatures ?? NO_TEMPERATURE;
  const side = model.config.inputSize;
  const px = side * side;
  const flat = new Float32Array(images.length * px);
  for (const [i, img] of images.entries()) flat.set(img, i * px);
  const x = tf.tensor4d(flat, [images.length, side, side, 1]);
  try {
    // One encoder pass either way: MC dropout in 'heads' mode keeps the deterministic mask and
    // embedding, so the deterministic outputs come from the same run.
    const mc =
      opts.mcSamples > 1
        ? mcDropoutPredict(model, x, { samples: opts.mcSamples, mode: 'heads', embeddings: true })
        : null;
    const det = mc ?? predict(model, x, { embeddings: true });
    const k = model.config.patternClasses;
    const l = det.intensityProbs.length / images.length;
    const embWidth = det.embeddings ? det.embeddings.length / images.length : 0;
    return images.map((_, i) => {
      const pick = (arr: Float32Array, w: number) => arr.subarray(i * w, (i + 1) * w);
      const patternSamples = mc?.patternSamples.map((s) => Array.from(temperProbs(pick(s, k), t.pattern)));
      const intensitySamples = mc?.intensitySamples.map((s) =>
        Array.from(temperProbs(pick(s, l), t.intensity)),
      );
      const patternProbs = patternSamples
        ? mean(patternSamples)
        : Array.from(temperProbs(pick(det.patternProbs, k), t.pattern));
      const intensityProbs = intensitySamples
        ? mean(intensitySamples)
        : Array.from(temperProbs(pick(det.intensityProbs, l), t.intensity));
      const maskProbs = temperMask(Float32Array.from(pick(det.maskProbs, px)), t.mask);
      const scores = scorePatch({
        patternProbs,
        intensityProbs,
        maskProbs,
        side,
        patternSamples,
        intensitySamples,
      });
      const embedding = det.embeddings ? Float32Array.from(pick(det.embeddings, embWidth)) : null;
      return { ...scores, patternProbs, intensityProbs, maskProbs, side, embedding };
    });
  } finally {
    x.dispose();
  }
}

function mean(samples: number[][]): number[] {
  const out = new Array<number>(samples[0]?.length ?? 0).fill(0);
  for (const s of samples) for (const [k, v] of s.entries()) out[k] = (out[k] as number) + v / samples.length;
  return out;
}

/** Raw (uncalibrated) outputs of the validation images, as log-probability tables for fitting T. */
export function validationOutputs(
  model: Hep2Model,
  images: readonly Float32Array[],
  batchSize = 16,
): { pattern: Float32Array[]; intensity: Float32Array[]; mask: Float32Array[] } {
  const out = { pattern: [] as Float32Array[], intensity: [] as Float32Array[], mask: [] as Float32Array[] };
  const side = model.config.inputSize;
  const px = side * side;
  for (let start = 0; start < images.length; start += batchSize) {
    const batch = images.slice(start, start + batchSize);
    const flat = new Float32Array(batch.length * px);
    for (const [i, img] of batch.entries()) flat.set(img, i * px);
    const x = tf.tensor4d(flat, [batch.length, side, side, 1]);
    const p = predict(model, x);
    x.dispose();
    out.pattern.push(...rows(p.patternProbs, model.config.patternClasses).map((r) => Float32Array.from(r)));
    out.intensity.push(
      ...rows(p.intensityProbs, p.intensityProbs.length / batch.length).map((r) => Float32Array.from(r)),
    );
    out.mask.push(...rows(p.maskProbs, px).map((r) => Float32Array.from(r)));
  }
  return out;
}
