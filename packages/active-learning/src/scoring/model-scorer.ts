import { type Hep2Model, type McDropoutMode, mcDropoutPredict, predict } from '@hep2/model';
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

/**
 * Runs the model over prepared images (side x side, normalised) and returns calibrated outputs
 * with every uncertainty measure. mcSamples > 1 adds MC dropout - mode 'heads' (default): the heads
 * T times on one backbone pass; 'full': the bottleneck dropout too, so the mask is sampled and gets
 * its own BALD. Served probabilities are the mean of the T tempered samples (the calibration fits T
 * on exactly that average). All tensors are freed before returning.
 */
export function scoreImages(
  model: Hep2Model,
  images: readonly Float32Array[],
  opts: { mcSamples: number; mode?: McDropoutMode; temperatures?: Temperatures },
): ScoredPatch[] {
  if (images.length === 0) return [];
  const t = opts.temperatures ?? NO_TEMPERATURE;
  const side = model.config.inputSize;
  const px = side * side;
  const flat = new Float32Array(images.length * px);
  for (const [i, img] of images.entries()) flat.set(img, i * px);
  const x = tf.tensor4d(flat, [images.length, side, side, 1]);
  try {
    // One encoder pass either way: the MC run also returns the deterministic embedding.
    const mc =
      opts.mcSamples > 1
        ? mcDropoutPredict(model, x, {
            samples: opts.mcSamples,
            mode: opts.mode ?? 'heads',
            embeddings: true,
            maskTemperature: t.mask,
          })
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
      // The MC run tempered each mask sample before averaging; a deterministic mask is tempered here.
      const maskProbs = mc
        ? Float32Array.from(pick(mc.maskProbs, px))
        : temperMask(Float32Array.from(pick(det.maskProbs, px)), t.mask);
      const scores = scorePatch({
        patternProbs,
        intensityProbs,
        maskProbs,
        side,
        patternSamples,
        intensitySamples,
        ...(mc?.maskVariance && mc.maskExpectedEntropy
          ? {
              maskSampling: {
                variance: pick(mc.maskVariance, px),
                expectedEntropy: pick(mc.maskExpectedEntropy, px),
                samples: mc.maskSamples,
              },
            }
          : {}),
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
