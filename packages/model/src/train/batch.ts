import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../config/model-config.js';
import { cropWindow } from '../infer/tiling.js';
import { labelWeights, oneHotRows } from '../losses/classification.loss.js';
import { type AugmentConfig, applyGeometry, drawGeometry, jitterIntensity } from './augment.js';
import type { Rng } from './rng.js';

/**
 * One labelled patch. Missing labels are null; the task's loss skips the sample. The image is a
 * square of the model's input size, or larger for a model that sees patches through windows
 * (patchView 'tiles': at its viewSize), from which each training batch draws one random window.
 */
export interface TrainingSample {
  /** HWC, scaled as the model's input normalisation expects. */
  image: Float32Array;
  /** HW (same side as the image), values in {0, 1}; null when no mask was drawn yet. */
  mask: Float32Array | null;
  pattern: number | null;
  intensity: number | null;
  specimenId?: string;
}

/** A batch as host arrays; -1 marks a missing class label. */
export interface HostBatch {
  size: number;
  /** Side of the batch's images when it is not the model's input size (a validation batch of whole tiled patches). */
  side?: number;
  images: Float32Array;
  masks: Float32Array;
  maskPresent: Float32Array;
  pattern: Int32Array;
  intensity: Int32Array;
  /** Class weights for this batch's losses (trainLoop sets the run's; they travel to worker shards). */
  classWeights?: { pattern?: number[]; intensity?: number[] };
}

/**
 * Samples -> one host batch of `side` px squares (default the input size). A sample larger than
 * that gives a window of it: a random one when `rng` is given (training on native-resolution
 * patches), else the central one; the mask is cut at the same place. Geometry and intensity
 * augmentation follow, on the window.
 */
export function collateBatch(
  samples: TrainingSample[],
  config: ModelConfig,
  augment: AugmentConfig | null,
  rng: Rng | null,
  side: number = config.inputSize,
): HostBatch {
  const n = side;
  const c = config.inChannels;
  const px = n * n;
  const b = samples.length;
  const window = { image: new Float32Array(px * c), mask: new Float32Array(px) };
  const out: HostBatch = {
    size: b,
    ...(side !== config.inputSize ? { side } : {}),
    images: new Float32Array(b * px * c),
    masks: new Float32Array(b * px),
    maskPresent: new Float32Array(b),
    pattern: new Int32Array(b),
    intensity: new Int32Array(b),
  };
  samples.forEach((s, i) => {
    const source = sampleSide(s, c, i);
    if (source < n) throw new Error(`sample ${i}: a ${source} px image is smaller than the ${n} px batch`);
    let image = s.image;
    let mask = s.mask;
    let labelled = true;
    if (source > n) {
      const { y0, x0, withCells } = windowOrigin(s.mask, source, n, rng);
      image = cropWindow(s.image, source, c, n, y0, x0, window.image);
      mask = s.mask && cropWindow(s.mask, source, 1, n, y0, x0, window.mask);
      // A window without cells shows no pattern and no staining intensity: it teaches the mask only.
      labelled = withCells;
    }
    const g = augment && rng ? drawGeometry(augment, rng) : { flipX: false, quarterTurns: 0 };
    const img = out.images.subarray(i * px * c, (i + 1) * px * c);
    applyGeometry(image, n, c, g, img);
    if (augment && rng) jitterIntensity(img, augment, rng);
    if (mask) applyGeometry(mask, n, 1, g, out.masks.subarray(i * px, (i + 1) * px));
    out.maskPresent[i] = s.mask ? 1 : 0;
    out.pattern[i] = labelled ? (s.pattern ?? -1) : -1;
    out.intensity[i] = labelled ? (s.intensity ?? -1) : -1;
  });
  return out;
}

/** Share of a window's pixels that must be cell (by its mask) for the window to carry the patch's class labels. */
export const MIN_CELL_SHARE = 0.05;
/** Draws per training window to find one with cells in it before taking the last one drawn. */
const WINDOW_DRAWS = 4;

/**
 * Where a training window is cut from a larger patch, and whether it has cells (at least
 * MIN_CELL_SHARE of its mask; a patch without a mask counts as having them): random, preferring
 * windows with cells (up to WINDOW_DRAWS draws while the mask says background); the centre without
 * `rng`.
 */
function windowOrigin(
  mask: Float32Array | null,
  side: number,
  n: number,
  rng: Rng | null,
): { y0: number; x0: number; withCells: boolean } {
  const judged = (y0: number, x0: number) => ({
    y0,
    x0,
    withCells: !mask || windowShare(mask, side, n, { y0, x0 }) >= MIN_CELL_SHARE,
  });
  if (!rng) return judged(Math.floor((side - n) / 2), Math.floor((side - n) / 2));
  let origin = judged(rng.int(side - n + 1), rng.int(side - n + 1));
  for (let draw = 1; draw < WINDOW_DRAWS && !origin.withCells; draw += 1)
    origin = judged(rng.int(side - n + 1), rng.int(side - n + 1));
  return origin;
}

function windowShare(
  mask: Float32Array,
  side: number,
  n: number,
  { y0, x0 }: { y0: number; x0: number },
): number {
  let on = 0;
  for (let r = 0; r < n; r += 1) {
    const row = (y0 + r) * side + x0;
    for (let c = 0; c < n; c += 1) on += (mask[row + c] as number) > 0.5 ? 1 : 0;
  }
  return on / (n * n);
}

/** The side of a sample's square image (HWC with `channels` channels). */
function sampleSide(s: TrainingSample, channels: number, index: number): number {
  const side = Math.round(Math.sqrt(s.image.length / channels));
  if (side * side * channels !== s.image.length)
    throw new Error(
      `sample ${index}: image has ${s.image.length} values, not a square of ${channels} channel(s)`,
    );
  if (s.mask && s.mask.length !== side * side)
    throw new Error(`sample ${index}: mask has ${s.mask.length} values, expected ${side * side}`);
  return side;
}

export interface TensorBatch {
  images: tf.Tensor4D;
  masks: tf.Tensor4D;
  maskWeight: tf.Tensor1D;
  patternOneHot: tf.Tensor2D;
  patternWeight: tf.Tensor1D;
  /** [B, 1] binary targets or [B, K] one-hot, matching the intensity head. */
  intensityTarget: tf.Tensor2D;
  intensityWeight: tf.Tensor1D;
  dispose(): void;
}

export function toTensors(
  batch: HostBatch,
  config: ModelConfig,
  classWeights: { pattern?: number[]; intensity?: number[] } = {},
): TensorBatch {
  const n = batch.side ?? config.inputSize;
  const b = batch.size;
  const binary = config.intensityLevels === 2;
  const intensityTarget = binary
    ? Float32Array.from(batch.intensity, (v) => (v > 0 ? 1 : 0))
    : oneHotRows(batch.intensity, config.intensityLevels);
  const t: Omit<TensorBatch, 'dispose'> = {
    images: tf.tensor4d(batch.images, [b, n, n, config.inChannels]),
    masks: tf.tensor4d(batch.masks, [b, n, n, 1]),
    maskWeight: tf.tensor1d(batch.maskPresent),
    patternOneHot: tf.tensor2d(oneHotRows(batch.pattern, config.patternClasses), [b, config.patternClasses]),
    patternWeight: tf.tensor1d(labelWeights(batch.pattern, classWeights.pattern)),
    intensityTarget: tf.tensor2d(intensityTarget, [b, binary ? 1 : config.intensityLevels]),
    // Binary labels are 0/1 as well, so weights index the same way for BCE and K-way CE.
    intensityWeight: tf.tensor1d(labelWeights(batch.intensity, classWeights.intensity)),
  };
  return { ...t, dispose: () => tf.dispose(Object.values(t)) };
}

/** Which tasks have at least one label in the batch. */
export function activeTasks(batch: HostBatch): boolean[] {
  return [
    batch.maskPresent.some((v) => v > 0),
    batch.pattern.some((v) => v >= 0),
    batch.intensity.some((v) => v >= 0),
  ];
}
