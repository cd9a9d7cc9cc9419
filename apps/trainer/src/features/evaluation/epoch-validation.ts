import {
  argmaxRows,
  classificationMetrics,
  collateBatch,
  concatFloat32,
  forward,
  type Hep2Model,
  type MaskLossKind,
  segmentationMetrics,
  taskLosses,
  toTensors,
} from '@hep2/model';
import type { EpochValidation, TaskValues } from '@hep2/training';
import * as tf from '@tensorflow/tfjs';
import type { LabelledSample } from '../data/sample-loader';

// The figures' type lives in @hep2/training (RunProgress carries it); this module computes them.
export type { EpochValidation } from '@hep2/training';

/**
 * One inference pass (dropout off, BatchNorm moving statistics) over the validation patches:
 * losses from the logits, metrics from the same outputs.
 */
export function validateEpoch(
  model: Hep2Model,
  samples: LabelledSample[],
  maskLoss: MaskLossKind,
  batchSize = 16,
): EpochValidation {
  const started = performance.now();
  const n = model.config.inputSize;
  const binary = model.config.intensityLevels === 2;
  const lossSums = [0, 0, 0];
  const lossCounts = [0, 0, 0];
  const masks: Float32Array[] = [];
  const pattern: number[] = [];
  const intensity: number[] = [];
  for (let i = 0; i < samples.length; i += batchSize) {
    const picked = samples.slice(i, i + batchSize);
    const host = collateBatch(picked, model.config, null, null);
    const [losses, maskProbs, patternProbs, intensityScores] = tf.tidy(() => {
      const batch = toTensors(host, model.config);
      const out = forward(model, batch.images, false);
      const l = taskLosses(out, batch, { maskLoss, diceEps: 1, binaryIntensity: binary });
      const scores = binary ? tf.sigmoid(out.intensityLogits) : tf.softmax(out.intensityLogits);
      return [tf.stack(l), tf.sigmoid(out.maskLogits), tf.softmax(out.patternLogits), scores];
    });
    const values = losses.dataSync();
    const labelled = [
      picked.filter((s) => s.mask).length,
      picked.filter((s) => (s.pattern ?? -1) >= 0).length,
      picked.filter((s) => (s.intensity ?? -1) >= 0).length,
    ];
    labelled.forEach((count, t) => {
      lossSums[t] = (lossSums[t] as number) + (values[t] as number) * count;
      lossCounts[t] = (lossCounts[t] as number) + count;
    });
    const maskData = maskProbs.dataSync() as Float32Array;
    picked.forEach((s, k) => {
      if (s.mask) masks.push(maskData.slice(k * n * n, (k + 1) * n * n));
    });
    pattern.push(...argmaxRows(patternProbs.dataSync(), model.config.patternClasses));
    const scores = intensityScores.dataSync();
    intensity.push(
      ...(binary
        ? Array.from(scores, (p) => (p > 0.5 ? 1 : 0))
        : argmaxRows(scores, model.config.intensityLevels)),
    );
    tf.dispose([losses, maskProbs, patternProbs, intensityScores]);
  }
  const mean = (t: number) =>
    (lossCounts[t] as number) > 0 ? (lossSums[t] as number) / (lossCounts[t] as number) : null;
  const losses: TaskValues = { mask: mean(0), pattern: mean(1), intensity: mean(2) };
  const withMask = samples.filter((s) => s.mask);
  return {
    patches: samples.length,
    losses,
    loss: round([losses.mask, losses.pattern, losses.intensity].reduce<number>((a, b) => a + (b ?? 0), 0)),
    dice: withMask.length
      ? round(
          segmentationMetrics(
            concatFloat32(masks),
            concatFloat32(withMask.map((s) => s.mask as Float32Array)),
            n * n,
          ).dice,
        )
      : null,
    patternAccuracy: accuracy(
      samples.map((s) => s.pattern ?? -1),
      pattern,
      model.config.patternClasses,
    ),
    intensityAccuracy: accuracy(
      samples.map((s) => s.intensity ?? -1),
      intensity,
      Math.max(2, model.config.intensityLevels),
    ),
    seconds: round((performance.now() - started) / 1000),
  };
}

function accuracy(labels: number[], predictions: number[], classes: number): number | null {
  if (!labels.some((y) => y >= 0)) return null;
  return round(classificationMetrics(labels, predictions, classes).accuracy);
}

const round = (v: number) => Math.round(v * 10000) / 10000;
