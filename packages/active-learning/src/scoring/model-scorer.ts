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

export interface ScoreImagesOptions {
  mcSamples: number;
  mode?: McDropoutMode;
  temperatures?: Temperatures;
}

/**
 * Runs the model over prepared images (side x side, normalised) and returns calibrated outputs
 * with every uncertainty measure. mcSamples > 1 adds MC dropout - mode 'heads' (default): the heads
 * T times on one backbone pass; 'full': the bottleneck dropout too, so the mask is sampled and gets
 * its own BALD. Served probabilities are the mean of the T tempered samples (the calibration fits T
 * on exactly that average). All tensors are freed before returning. Runs on tfjs; `scoreImagesOn`
 * is the same on an `InferencePredictor` (ONNX Runtime).
 */
export function scoreImages(
  model: Hep2Model,
  images: readonly Float32Array[],
  opts: ScoreImagesOptions,
): ScoredPatch[] {
  if (images.length === 0) return [];
  wholePatchModel(model.config, 'scoreImages');
  const x = imageBatch(model.config, images);
  try {
    // One encoder pass either way: the MC run also returns the deterministic embedding.
    const mc = opts.mcSamples > 1 ? mcDropoutPredict(model, x, mcOptions(opts)) : null;
    const det = mc ?? predict(model, x, { embeddings: true });
    return scoredPatches(model.config, images.length, det, mc, opts);
  } finally {
    x.dispose();
  }
}

/**
 * `scoreImages` on an inference predictor (what the scoring job runs): ONNX Runtime for the
 * backbone where the predictor has it (MC mode 'heads': one ONNX pass, the heads' T dropout samples
 * in tfjs), tfjs otherwise. Same outputs, same post-processing; all tensors freed.
 */
export async function scoreImagesOn(
  predictor: InferencePredictor,
  images: readonly Float32Array[],
  opts: ScoreImagesOptions,
): Promise<ScoredPatch[]> {
  if (images.length === 0) return [];
  const x = imageBatch(predictor.config, images);
  try {
    const mc = opts.mcSamples > 1 ? await predictor.mcPredict(x, mcOptions(opts)) : null;
    const det = mc ?? (await predictor.predict(x, { embeddings: true }));
    return scoredPatches(predictor.config, images.length, det, mc, opts);
  } finally {
    x.dispose();
  }
}

/**
 * The synchronous tfjs paths run the network on the images as given: right for a model that sees
 * whole patches, wrong for one that sees windows of them, whose predictors tile (`...On` paths).
 */
export function wholePatchModel(config: ModelConfig, caller: string): void {
  if (config.patchView === 'tiles')
    throw new Error(
      `${caller} runs whole patches; a model with patchView 'tiles' is served by a predictor (${caller}On)`,
    );
}

function imageBatch(config: ModelConfig, images: readonly Float32Array[]) {
  const side = viewSide(config);
  const px = side * side;
  const flat = new Float32Array(images.length * px);
  for (const [i, img] of images.entries()) flat.set(img, i * px);
  return tf.tensor4d(flat, [images.length, side, side, 1]);
}

function mcOptions(opts: ScoreImagesOptions) {
  return {
    samples: opts.mcSamples,
    mode: opts.mode ?? 'heads',
    embeddings: true,
    maskTemperature: (opts.temperatures ?? NO_TEMPERATURE).mask,
  };
}

/** Calibration and the uncertainty measures over one batch's raw outputs. */
function scoredPatches(
  config: ModelConfig,
  n: number,
  det: Predictions | McPredictions,
  mc: McPredictions | null,
  opts: ScoreImagesOptions,
): ScoredPatch[] {
  const t = opts.temperatures ?? NO_TEMPERATURE;
  const side = viewSide(config);
  const px = side * side;
  const k = config.patternClasses;
  const l = det.intensityProbs.length / n;
  const embWidth = det.embeddings ? det.embeddings.length / n : 0;
  return Array.from({ length: n }, (_, i) => {
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
}

function mean(samples: number[][]): number[] {
  const out = new Array<number>(samples[0]?.length ?? 0).fill(0);
  for (const s of samples) for (const [k, v] of s.entries()) out[k] = (out[k] as number) + v / samples.length;
  return out;
}
