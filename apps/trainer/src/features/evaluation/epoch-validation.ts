import {
  argmaxRows,
  classificationMetrics,
  collateBatch,
  concatFloat32,
  createTfjsPredictor,
  type Hep2Model,
  type InferencePredictor,
  type MaskLossKind,
  segmentationMetrics,
  taskLosses,
  toTensors,
  viewSide,
} from '@hep2/model';
import type { EpochValidation, TaskValues } from '@hep2/training';
import * as tf from '@tensorflow/tfjs';
import type { LabelledSample } from '../data/sample-loader';

// The figures' type lives in @hep2/training (RunProgress carries it); this module computes them.
export type { EpochValidation } from '@hep2/training';

/**
 * One inference pass (dropout off, BatchNorm moving statistics) over the validation patches:
 * losses from the logits, metrics from the same outputs. `predictor` runs the pass (ONNX Runtime
 * or TensorFlow.js over the model's current weights; default TensorFlow.js on `model`).
 */
export async function validateEpoch(
  model: Hep2Model,
  samples: LabelledSample[],
  maskLoss: MaskLossKind,
  opts: { batchSize?: number; predictor?: InferencePredictor } = {},
): Promise<EpochValidation> {
  const started = performance.now();
  const predictor = opts.predictor ?? createTfjsPredictor(model);
  const batchSize = opts.batchSize ?? 16;
  // Whole patches: a tiled model's predictor covers each with windows and blends them.
  const n = viewSide(model.config);
  const binary = model.config.intensityLevels === 2;
  const intensityColumns = binary ? 1 : model.config.intensityLevels;
  const lossSums = [0, 0, 0];
  const lossCounts = [0, 0, 0];
  const masks: Float32Array[] = [];
  const pattern: number[] = [];
  const intensity: number[] = [];
  for (let i = 0; i < samples.length; i += batchSize) {
    const picked = samples.slice(i, i + batchSize);
    const host = collateBatch(picked, model.config, null, null, n);
    const batch = toTensors(host, model.config);
    const logits = await predictor.logits(batch.images).catch((err) => {
      batch.dispose();
      throw err;
    });
    const [losses, maskProbs, patternProbs, intensityScores] = tf.tidy(() => {
      const b = logits.batch;
      const out = {
        maskLogits: tf.tensor4d(logits.maskLogits, [b, n, n, 1]),
        patternLogits: tf.tensor2d(logits.patternLogits, [b, model.config.patternClasses]),
        intensityLogits: tf.tensor2d(logits.intensityLogits, [b, intensityColumns]),
      };
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
    batch.dispose();
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
    backend: predictor.info.backend,
  };
}

function accuracy(labels: number[], predictions: number[], classes: number): number | null {
  if (!labels.some((y) => y >= 0)) return null;
  return round(classificationMetrics(labels, predictions, classes).accuracy);
}

const round = (v: number) => Math.round(v * 10000) / 10000;
