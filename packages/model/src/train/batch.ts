import * as tf from '@tensorflow/tfjs';
import type { ModelConfig } from '../config/model-config.js';
import { labelWeights, oneHotRows } from '../losses/classification.loss.js';
import { type AugmentConfig, applyGeometry, drawGeometry, jitterIntensity } from './augment.js';
import type { Rng } from './rng.js';

/** One labelled patch. Missing labels are null; the task's loss skips the sample. */
export interface TrainingSample {
  /** HWC, normalised (per-image min-max or z-score). */
  image: Float32Array;
  /** HW, values in {0, 1}; null when no mask was drawn yet. */
  mask: Float32Array | null;
  pattern: number | null;
  intensity: number | null;
  specimenId?: string;
}

/** A batch as host arrays; -1 marks a missing class label. */
export interface HostBatch {
  size: number;
  images: Float32Array;
  masks: Float32Array;
  maskPresent: Float32Array;
  pattern: Int32Array;
  intensity: Int32Array;
  /** Class weights for this batch's losses (trainLoop sets the run's; they travel to worker shards). */
  classWeights?: { pattern?: number[]; intensity?: number[] };
}

export function collateBatch(
  samples: TrainingSample[],
  config: ModelConfig,
  augment: AugmentConfig | null,
  rng: Rng | null,
): HostBatch {
  const n = config.inputSize;
  const c = config.inChannels;
  const px = n * n;
  const b = samples.length;
  const out: HostBatch = {
    size: b,
    images: new Float32Array(b * px * c),
    masks: new Float32Array(b * px),
    maskPresent: new Float32Array(b),
    pattern: new Int32Array(b),
    intensity: new Int32Array(b),
  };
  samples.forEach((s, i) => {
    if (s.image.length !== px * c)
      throw new Error(`sample ${i}: image has ${s.image.length} values, expected ${px * c}`);
    const g = augment && rng ? drawGeometry(augment, rng) : { flipX: false, quarterTurns: 0 };
    const img = out.images.subarray(i * px * c, (i + 1) * px * c);
    applyGeometry(s.image, n, c, g, img);
    if (augment && rng) jitterIntensity(img, augment, rng);
    if (s.mask) applyGeometry(s.mask, n, 1, g, out.masks.subarray(i * px, (i + 1) * px));
    out.maskPresent[i] = s.mask ? 1 : 0;
    out.pattern[i] = s.pattern ?? -1;
    out.intensity[i] = s.intensity ?? -1;
  });
  return out;
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
  const n = config.inputSize;
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
