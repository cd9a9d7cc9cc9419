import {
  aggregateBySpecimen,
  argmaxRows,
  type ClassificationMetrics,
  classificationMetrics,
  concatFloat32,
  diceFromCounts,
  expectedCalibrationError,
  type Hep2Model,
  predict,
  rocAuc,
  segmentationCounts,
  segmentationMetrics,
} from '@hep2/model';
import * as tf from '@tensorflow/tfjs';
import type { LabelledSample } from '../data/sample-loader';
import type { ScoreComponents } from '../registry/promotion-rule';
import { type EvaluationBaselines, evaluationBaselines, type TrainingLabels } from './baselines';

export interface HeadMetrics extends ClassificationMetrics {
  labelled: number;
  ece: number;
  /** Binary heads only; null when one class is absent. */
  auc: number | null;
}

export interface SpecimenHeadMetrics {
  specimens: number;
  majorityVote: ClassificationMetrics;
  averagedPosterior: ClassificationMetrics;
  /** Binary heads only: ROC AUC of the specimens' averaged posterior; null when one class is absent. */
  auc: number | null;
}

/** Patch- and specimen-level metrics on the validation specimens (stored in ModelVersion.metrics). */
export interface EvaluationMetrics {
  patches: number;
  specimens: number;
  segmentation: { dice: number; iou: number; pixelAccuracy: number; patches: number } | null;
  pattern: HeadMetrics | null;
  intensity: HeadMetrics | null;
  specimen: {
    segmentation: { dice: number; specimens: number } | null;
    pattern: SpecimenHeadMetrics | null;
    intensity: SpecimenHeadMetrics | null;
  };
  /** What the model must beat on the same patches: majority class, Otsu, every pixel foreground. */
  baselines: EvaluationBaselines;
}

export interface EvaluateOptions {
  batchSize?: number;
  /**
   * Labels of the training samples, for the majority-class baselines; null: unknown (the baselines
   * then use the validation majority and say so).
   */
  trainingLabels?: TrainingLabels | null;
}

/** The class labels of training samples, as the baselines take them. */
export const trainingLabelsOf = (samples: LabelledSample[]): TrainingLabels => ({
  pattern: samples.map((s) => s.pattern),
  intensity: samples.map((s) => s.intensity),
});

interface Collected {
  mask: Float32Array;
  pattern: Float32Array;
  intensity: Float32Array;
}

/**
 * Deterministic inference over the samples in batches (dropout off), then every metric, and the
 * baselines on the same samples. A head no sample is labelled for has null metrics.
 */
export function evaluateModel(
  model: Hep2Model,
  samples: LabelledSample[],
  options: EvaluateOptions = {},
): EvaluationMetrics {
  const n = model.config.inputSize;
  const collected = collect(model, samples, options.batchSize ?? 16);
  const specimenIds = samples.map((s) => s.specimenId);
  return {
    patches: samples.length,
    specimens: new Set(specimenIds).size,
    segmentation: segmentation(samples, collected.mask, n * n),
    pattern: head(
      samples.map((s) => s.pattern ?? -1),
      collected.pattern,
      model.config.patternClasses,
    ),
    intensity: head(
      samples.map((s) => s.intensity ?? -1),
      collected.intensity,
      intensityColumns(model),
    ),
    specimen: {
      segmentation: specimenSegmentation(samples, collected.mask, n * n),
      pattern: specimenHead(
        specimenIds,
        samples.map((s) => s.pattern ?? -1),
        collected.pattern,
        model.config.patternClasses,
      ),
      intensity: specimenHead(
        specimenIds,
        samples.map((s) => s.intensity ?? -1),
        collected.intensity,
        intensityColumns(model),
      ),
    },
    baselines: evaluationBaselines(
      samples,
      { pattern: model.config.patternClasses, intensity: intensityColumns(model) },
      options.trainingLabels ?? null,
    ),
  };
}

/**
 * The promotion rule's inputs: one per head that has validation labels (null otherwise, so that
 * the head neither helps nor hurts). `trained` drops the heads a candidate was not trained on.
 */
export function scoreComponents(
  m: EvaluationMetrics,
  trained: { mask: boolean; pattern: boolean; intensity: boolean } = {
    mask: true,
    pattern: true,
    intensity: true,
  },
): ScoreComponents {
  return {
    dice: trained.mask ? (m.segmentation?.dice ?? null) : null,
    patternMca: trained.pattern ? (m.pattern?.meanClassAccuracy ?? null) : null,
    intensityAccuracy: trained.intensity ? (m.intensity?.accuracy ?? null) : null,
  };
}

const intensityColumns = (model: Hep2Model) => Math.max(2, model.config.intensityLevels);

function collect(model: Hep2Model, samples: LabelledSample[], batchSize: number): Collected {
  const n = model.config.inputSize;
  const parts: { mask: Float32Array[]; pattern: Float32Array[]; intensity: Float32Array[] } = {
    mask: [],
    pattern: [],
    intensity: [],
  };
  for (let i = 0; i < samples.length; i += batchSize) {
    const batch = samples.slice(i, i + batchSize);
    const flat = new Float32Array(batch.length * n * n);
    for (const [k, s] of batch.entries()) flat.set(s.image, k * n * n);
    const images = tf.tensor4d(flat, [batch.length, n, n, 1]);
    const out = predict(model, images);
    images.dispose();
    parts.mask.push(out.maskProbs);
    parts.pattern.push(out.patternProbs);
    parts.intensity.push(out.intensityProbs);
  }
  return {
    mask: concatFloat32(parts.mask),
    pattern: concatFloat32(parts.pattern),
    intensity: concatFloat32(parts.intensity),
  };
}

function segmentation(
  samples: LabelledSample[],
  probs: Float32Array,
  px: number,
): EvaluationMetrics['segmentation'] {
  const idx = samples.flatMap((s, i) => (s.mask ? [i] : []));
  if (idx.length === 0) return null;
  const p = concatFloat32(idx.map((i) => probs.subarray(i * px, (i + 1) * px)));
  const y = concatFloat32(idx.map((i) => samples[i]?.mask as Float32Array));
  const m = segmentationMetrics(p, y, px);
  return { dice: m.dice, iou: m.iou, pixelAccuracy: m.pixelAccuracy, patches: idx.length };
}

function specimenSegmentation(
  samples: LabelledSample[],
  probs: Float32Array,
  px: number,
): EvaluationMetrics['specimen']['segmentation'] {
  const pooled = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
  samples.forEach((s, i) => {
    if (!s.mask) return;
    const c = segmentationCounts(probs.subarray(i * px, (i + 1) * px), s.mask);
    const acc = pooled.get(s.specimenId) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    pooled.set(s.specimenId, { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn, tn: acc.tn + c.tn });
  });
  if (pooled.size === 0) return null;
  const dices = [...pooled.values()].map(diceFromCounts);
  return { dice: dices.reduce((a, b) => a + b, 0) / dices.length, specimens: dices.length };
}

function head(labels: number[], probs: Float32Array, classes: number): HeadMetrics | null {
  const labelled = labels.filter((y) => y >= 0).length;
  if (labelled === 0) return null;
  // A model with fewer classes than the labels (the taxonomy changed since) is not comparable.
  if (labels.some((y) => y >= classes)) return null;
  const metrics = classificationMetrics(labels, argmaxRows(probs, classes), classes);
  const auc =
    classes === 2
      ? rocAuc(
          labels,
          labels.map((_, i) => probs[i * 2 + 1] as number),
        )
      : Number.NaN;
  return {
    ...metrics,
    labelled,
    ece: expectedCalibrationError(probs, labels, classes),
    auc: Number.isFinite(auc) ? auc : null,
  };
}

function specimenHead(
  ids: string[],
  labels: number[],
  probs: Float32Array,
  classes: number,
): SpecimenHeadMetrics | null {
  if (!labels.some((y) => y >= 0) || labels.some((y) => y >= classes)) return null;
  const agg = aggregateBySpecimen(ids, probs, labels, classes);
  const truth = agg.map((a) => a.label);
  const auc =
    classes === 2
      ? rocAuc(
          truth,
          agg.map((a) => a.meanProbs[1] as number),
        )
      : Number.NaN;
  return {
    specimens: truth.filter((y) => y >= 0).length,
    majorityVote: classificationMetrics(
      truth,
      agg.map((a) => a.majorityVote),
      classes,
    ),
    averagedPosterior: classificationMetrics(
      truth,
      agg.map((a) => a.averagedPosterior),
      classes,
    ),
    auc: Number.isFinite(auc) ? auc : null,
  };
}
